package th.ita.merge.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What the last page of a PDF holds, read back with PDFBox: whether the signature block stands
 * there alone, which an official does not sign.
 */
public final class PdfLastPage {

	private PdfLastPage() {
	}

	/**
	 * Whether the last page of {@code pdf} holds nothing but these lines and its page number.
	 * Spaces, dots, the kind of digits and the marks above and below Thai letters are not
	 * compared, as a PDF's text may differ in them (its tone marks and vowels come in the order
	 * they are drawn).
	 */
	public static boolean holdsOnly(Path pdf, List<String> lines) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(document.getNumberOfPages());
			stripper.setEndPage(document.getNumberOfPages());
			String page = normalized(stripper.getText(document));
			for (String line : lines) {
				String expected = normalized(line);
				if (!expected.isEmpty()) {
					page = page.replace(expected, "");
				}
			}
			return document.getNumberOfPages() > 1 && page.chars().allMatch(Character::isDigit);
		}
	}

	private static String normalized(String text) {
		StringBuilder plain = new StringBuilder();
		text.codePoints().forEach((c) -> {
			if (c >= '๐' && c <= '๙') {
				plain.append((char) ('0' + (c - '๐')));
			}
			else if (!Character.isWhitespace(c) && c != '.' && c != '\u00A0'
					&& Character.getType(c) != Character.NON_SPACING_MARK) {
				plain.appendCodePoint(c);
			}
		});
		return plain.toString();
	}

}
