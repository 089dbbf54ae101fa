package th.ita.merge.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.ColumnShares;
import th.ita.merge.xlsx.TextMeasure;

/**
 * A report as a Word document in the form of Thai official documents: A4 landscape, TH Sarabun
 * New 16 on every run (complex-script slots included, see {@link ThaiText}), page numbers in the
 * footer in the report's digits, headings kept with what follows them, tables whose header rows
 * repeat on every page, and the signature block at the end. Word (or LibreOffice) lays the text
 * out, so nothing is cut and no row height is guessed.
 */
public final class ThaiDocument {

	/** A4 landscape, in twentieths of a point (twips). */
	static final int PAGE_WIDTH = 16838;

	static final int PAGE_HEIGHT = 11906;

	/** 2 cm on every side; the footer 1 cm from the edge. */
	static final int MARGIN = 1134;

	private static final int FOOTER_DISTANCE = 567;

	/** The width of the text between the margins, which tables fill. */
	public static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

	/**
	 * The page number field. It takes its digits from the section's page number format (Thai
	 * numbers), not from a switch: LibreOffice reads Word's \\* ThaiArabic as Thai letters (ก, ข).
	 */
	static final String PAGE_FIELD = " PAGE ";

	/** พ.ศ., which a title keeps on the line of its year. */
	private static final String YEAR_ERA = "พ.ศ.";

	private static final String NO_BREAK = "\u00A0";

	private final XWPFDocument document = new XWPFDocument();

	private final Digits digits;

	public ThaiDocument(String title, Digits digits) {
		this.digits = digits;
		defaults();
		page();
		this.document.getProperties().getCoreProperties().setTitle(title);
		this.document.getProperties().getCoreProperties().setCreator("ITA Merge");
		this.document.getProperties().getCoreProperties().setKeywords(OwnDocuments.MARKER);
	}

	/** The title: one bold centred line each, kept together and with what follows. */
	public void title(List<String> lines) {
		for (String line : lines) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			ThaiText.keepWithNext(paragraph);
			ThaiText.run(paragraph, line.replace(YEAR_ERA + " ", YEAR_ERA + NO_BREAK), true, ThaiText.POINTS);
		}
		blank();
	}

	/** A bold heading, kept on the page of what follows it. */
	public XWPFParagraph heading(String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setSpacingBefore(120);
		ThaiText.keepWithNext(paragraph);
		ThaiText.run(paragraph, text, true, ThaiText.POINTS);
		return paragraph;
	}

	/** A paragraph of running text, its first line indented as Thai documents indent it. */
	public XWPFParagraph paragraph(String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.THAI_DISTRIBUTE);
		paragraph.setIndentationFirstLine(851);
		ThaiText.run(paragraph, text, false, ThaiText.POINTS);
		return paragraph;
	}

	/** A line of plain text, as it is. */
	public XWPFParagraph line(String text, boolean bold) {
		XWPFParagraph paragraph = this.document.createParagraph();
		ThaiText.run(paragraph, text, bold, ThaiText.POINTS);
		return paragraph;
	}

	/** An empty line. */
	public void blank() {
		ThaiText.run(this.document.createParagraph(), "", false, ThaiText.POINTS);
	}

	/**
	 * The width of a table here for text of {@code points}, so it shares its columns by its text
	 * as a printed sheet does (see {@link ColumnShares}).
	 */
	public static ColumnShares.Page columns(int points) {
		int units = TextMeasure.reportFont().map((measure) -> (int) measure.units(TEXT_WIDTH / 20f, points)).orElse(100);
		return new ColumnShares.Page(units, points, ThaiTable.CELL_MARGIN * 2 / 20f + 1);
	}

	/**
	 * A table across the text width; {@code weights} are the columns' shares of it, and
	 * {@code points} the size of its text.
	 */
	public ThaiTable table(int points, int... weights) {
		return new ThaiTable(this.document, points, TEXT_WIDTH, weights);
	}

	/**
	 * The sign-off block, in the right half of the page, as {@link th.ita.merge.plan.SignOff#lines}
	 * gives its lines ("" a blank line): the date line and per signatory a dotted line to sign on
	 * with the role, the name in brackets and the position, the whole block kept on one page.
	 */
	public void signOff(List<String> lines, SignaturePlacement placement) {
		keepLastRowWithNext();
		if (placement == SignaturePlacement.WITH_LAST_ROW) {
			moveLastRowToANewPage();
		}
		blank();
		ThaiText.keepWithNext(this.document.getParagraphs().get(this.document.getParagraphs().size() - 1));
		for (int i = 0; i < lines.size(); i++) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			paragraph.setIndentationLeft(TEXT_WIDTH / 2);
			if (i < lines.size() - 1) {
				ThaiText.keepWithNext(paragraph);
			}
			ThaiText.run(paragraph, lines.get(i), false, ThaiText.POINTS);
		}
	}

	/**
	 * Ends the last table before its last row and starts a new page with a copy of its header
	 * rows and that row, so the signatures after it never stand alone.
	 */
	private void moveLastRowToANewPage() {
		List<IBodyElement> body = this.document.getBodyElements();
		if (body.isEmpty() || !(body.get(body.size() - 1) instanceof XWPFTable table)) {
			return;
		}
		int rows = table.getNumberOfRows();
		int headers = 0;
		while (headers < rows && table.getRow(headers).isRepeatHeader()) {
			headers++;
		}
		if (rows - headers < 2) {
			return;
		}
		CTTbl moved = (CTTbl) table.getCTTbl().copy();
		for (int row = rows - 2; row >= headers; row--) {
			moved.removeTr(row);
		}
		table.removeRow(rows - 1);
		XWPFParagraph gap = this.document.createParagraph();
		gap.setPageBreak(true);
		ThaiText.run(gap, "", false, ThaiText.POINTS);
		this.document.createTable().getCTTbl().set(moved);
	}

	/**
	 * Keeps the last row of a table just written on the page of what follows it, so the
	 * signatures never stand alone on a page.
	 */
	private void keepLastRowWithNext() {
		List<IBodyElement> body = this.document.getBodyElements();
		if (!body.isEmpty() && body.get(body.size() - 1) instanceof XWPFTable table) {
			XWPFTableRow last = table.getRow(table.getNumberOfRows() - 1);
			last.getTableCells().forEach((cell) -> cell.getParagraphs().forEach(ThaiText::keepWithNext));
		}
	}

	public void write(OutputStream out) throws IOException {
		try {
			this.document.write(out);
		}
		finally {
			this.document.close();
		}
	}

	/**
	 * Paragraphs without space after them, never leaving one line alone at the foot or head of a
	 * page, and runs in TH Sarabun New 16, Thai, by default.
	 */
	private void defaults() {
		XWPFStyles styles = this.document.createStyles();
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
	private void page() {
		CTSectPr section = this.document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		size.setOrient(STPageOrientation.LANDSCAPE);
		CTPageMar margins = section.addNewPgMar();
		BigInteger margin = BigInteger.valueOf(MARGIN);
		margins.setTop(margin);
		margins.setBottom(margin);
		margins.setLeft(margin);
		margins.setRight(margin);
		margins.setHeader(BigInteger.valueOf(FOOTER_DISTANCE));
		margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
		margins.setGutter(BigInteger.ZERO);
		if (this.digits == Digits.THAI) {
			section.addNewPgNumType().setFmt(STNumberFormat.THAI_NUMBERS);
		}
		XWPFFooter footer = this.document.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		field(paragraph, PAGE_FIELD, this.digits.format(1));
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
