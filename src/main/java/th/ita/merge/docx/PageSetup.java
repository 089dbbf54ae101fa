package th.ita.merge.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import th.ita.merge.value.Digits;

/**
 * The page and the defaults of a {@link ThaiDocument}, set once when it is made: kept apart from
 * what the document's writers add to it.
 */
final class PageSetup {

	private PageSetup() {
	}

	/**
	 * Paragraphs without space after them, never leaving one line alone at the foot or head of a
	 * page, and runs in TH Sarabun New 16, Thai, by default.
	 */
	static void defaults(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		CTStyles all = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = all.addNewDocDefaults();
		ThaiText.format(defaults.addNewRPrDefault().addNewRPr(), false, ThaiText.POINTS, null);
		CTPPrGeneral paragraphs = defaults.addNewPPrDefault().addNewPPr();
		paragraphs.addNewWidowControl();
		CTSpacing spacing = paragraphs.addNewSpacing();
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(240));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		styles.setStyles(all);
	}

	/** A4 landscape with the page number centred in the footer. */
	static void page(XWPFDocument document, Digits digits) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(ThaiDocument.PAGE_WIDTH));
		size.setH(BigInteger.valueOf(ThaiDocument.PAGE_HEIGHT));
		size.setOrient(STPageOrientation.LANDSCAPE);
		CTPageMar margins = section.addNewPgMar();
		BigInteger margin = BigInteger.valueOf(ThaiDocument.MARGIN);
		margins.setTop(margin);
		margins.setBottom(margin);
		margins.setLeft(margin);
		margins.setRight(margin);
		margins.setHeader(BigInteger.valueOf(ThaiDocument.FOOTER_DISTANCE));
		margins.setFooter(BigInteger.valueOf(ThaiDocument.FOOTER_DISTANCE));
		margins.setGutter(BigInteger.ZERO);
		if (digits == Digits.THAI) {
			section.addNewPgNumType().setFmt(STNumberFormat.THAI_NUMBERS);
		}
		XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		field(paragraph, ThaiDocument.PAGE_FIELD, digits.format(1));
	}

	/** A field Word computes when it lays the page out, showing {@code shown} until then. */
	private static void field(XWPFParagraph paragraph, String instruction, String shown) {
		ThaiText.run(paragraph, "", false, ThaiText.POINTS).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		XWPFRun code = ThaiText.run(paragraph, "", false, ThaiText.POINTS);
		code.getCTR().addNewInstrText().setStringValue(instruction);
		ThaiText.run(paragraph, "", false, ThaiText.POINTS).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		ThaiText.run(paragraph, shown, false, ThaiText.POINTS);
		ThaiText.run(paragraph, "", false, ThaiText.POINTS).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

}
