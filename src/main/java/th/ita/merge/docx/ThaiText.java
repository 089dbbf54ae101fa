package th.ita.merge.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Runs of Thai text as Word needs them. Thai is a complex script: Word takes the font, size and
 * weight of Thai characters from the complex-script slots ({@code w:cs}, {@code w:szCs},
 * {@code w:bCs}) and ignores the ordinary ones for them, so every run sets both, and names its
 * language th-TH (for Thai line breaking and spelling). The properties are written in the order
 * the schema lists them, which Word insists on.
 */
public final class ThaiText {

	/** The font of Thai official documents (cabinet resolution of 2553). */
	public static final String FONT = "TH Sarabun New";

	/** The body size of Thai official documents, in points. */
	public static final int POINTS = 16;

	public static final String LANGUAGE = "th-TH";

	/** The colour of a link, as Word's own hyperlink style shows it. */
	static final String LINK_COLOUR = "0563C1";

	private ThaiText() {
	}

	/** Adds a run of Thai text to a paragraph. */
	public static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int points) {
		XWPFRun run = paragraph.createRun();
		format(run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr(), bold, points, null);
		if (!text.isEmpty()) {
			run.setText(text);
		}
		return run;
	}

	/** Adds a link: the text shown, in the link colour and underlined, opening {@code url}. */
	public static XWPFHyperlinkRun link(XWPFParagraph paragraph, String text, String url, int points) {
		XWPFHyperlinkRun run = paragraph.createHyperlinkRun(url);
		format(run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr(), false, points,
				LINK_COLOUR);
		run.setText(text);
		return run;
	}

	/**
	 * Sets the Thai font, size, weight and language on run properties, complex-script slots
	 * included; {@code colour} may be null. The order is the schema's: fonts, bold, colour, size,
	 * underline, language.
	 */
	static void format(CTRPr properties, boolean bold, int points, String colour) {
		CTFonts fonts = properties.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		if (bold) {
			properties.addNewB();
			properties.addNewBCs();
		}
		if (colour != null) {
			properties.addNewColor().setVal(colour);
		}
		BigInteger halfPoints = BigInteger.valueOf(points * 2L);
		properties.addNewSz().setVal(halfPoints);
		properties.addNewSzCs().setVal(halfPoints);
		if (colour != null) {
			properties.addNewU().setVal(STUnderline.SINGLE);
		}
		CTLanguage language = properties.addNewLang();
		language.setVal(LANGUAGE);
		language.setBidi(LANGUAGE);
	}

	/** Keeps a paragraph on the page of the next one, so a heading never ends a page. */
	public static void keepWithNext(XWPFParagraph paragraph) {
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		if (!properties.isSetKeepNext()) {
			properties.addNewKeepNext();
		}
	}

	/** Whether a paragraph is kept on the page of the next one. */
	public static boolean keptWithNext(XWPFParagraph paragraph) {
		return paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetKeepNext();
	}

}
