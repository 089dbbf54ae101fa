package th.ita.merge.docx;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A link in a document, shown short: {@code before} (such as the division it belongs to), then
 * {@value #SHOWN} for a web address, which opens the whole address. A web address, or even its
 * site's name, is wider than a narrow column and would break in the middle of a word; the whole
 * address is one click (or, in Word, one hover) away. A text that is not a web address is printed
 * as it is.
 */
public record Link(String before, String address) {

	/** What a web link shows: ลิงก์ (link). */
	public static final String SHOWN = "ลิงก์";

	/** The text the link shows. */
	public String shown() {
		return web().isPresent() ? SHOWN : this.address;
	}

	void writeTo(XWPFParagraph paragraph, int points) {
		if (!this.before.isEmpty()) {
			ThaiText.run(paragraph, this.before, false, points);
		}
		if (web().isPresent()) {
			ThaiText.link(paragraph, shown(), web().get().toString(), points);
		}
		else {
			ThaiText.run(paragraph, this.address, false, points);
		}
	}

	/** The web address the link opens; empty when the text is not one, printed as it is. */
	Optional<URI> web() {
		try {
			URI uri = new URI(this.address.strip());
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null)
					? Optional.of(uri) : Optional.empty();
		}
		catch (java.net.URISyntaxException ex) {
			return Optional.empty();
		}
	}

}
