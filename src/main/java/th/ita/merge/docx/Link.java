package th.ita.merge.docx;

import java.net.URI;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A link in a document, shown short: {@code before} (such as the division it belongs to), then
 * the site's name for a web address ("khamsakaesaeng.go.th/…"), which opens the whole address. A
 * text that is not a web address is printed as it is.
 */
public record Link(String before, String address) {

	/** The text the link shows. */
	public String shown() {
		return web().map(Link::shorten).orElse(this.address);
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

	private java.util.Optional<URI> web() {
		try {
			URI uri = new URI(this.address.strip());
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null)
					? java.util.Optional.of(uri) : java.util.Optional.empty();
		}
		catch (java.net.URISyntaxException ex) {
			return java.util.Optional.empty();
		}
	}

	private static String shorten(URI uri) {
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (host.startsWith("www.")) {
			host = host.substring(4);
		}
		String path = (uri.getRawPath() == null) ? "" : uri.getRawPath();
		boolean more = path.length() > 1 || uri.getRawQuery() != null || uri.getRawFragment() != null;
		return more ? host + "/…" : host;
	}

}
