package th.ita.merge.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import th.ita.merge.docx.TableCell;
import th.ita.merge.docx.CellLine;
import th.ita.merge.value.Digits;

/**
 * Tests for {@link ThaiDocument} and {@link ThaiTable}: a document is written and read back with
 * XWPF, and checked for what Word needs to show Thai and to print it as Thai documents are.
 */
class ThaiDocumentTests {

	@Test
	void everyRunCarriesTheThaiFontSizeWeightAndLanguageInItsComplexScriptSlots() throws IOException {
		// given
		XWPFDocument document = read(sample(Digits.THAI));

		// when
		List<CTR> runs = runsOf(document);

		// then
		assertThat(runs).hasSizeGreaterThan(10).allSatisfy(ThaiDocumentTests::isThai);
		assertThat(runs).anySatisfy((run) -> assertThat(run.getRPr().sizeOfBCsArray()).isOne());
	}

	@Test
	void laysTheTextOnA4LandscapeWithThePageNumberInThaiDigitsInTheFooter() throws IOException {
		// given
		XWPFDocument document = read(sample(Digits.THAI));

		// when
		CTSectPr section = document.getDocument().getBody().getSectPr();
		String footer = document.getFooterList().get(0)._getHdrFtr().xmlText();

		// then
		assertThat(section.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
		assertThat(section.getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(16838));
		assertThat(section.getPgSz().getH()).isEqualTo(java.math.BigInteger.valueOf(11906));
		assertThat(section.getPgNumType().getFmt()).isEqualTo(STNumberFormat.THAI_NUMBERS);
		assertThat(footer).contains("fldCharType=\"begin\"").contains(">" + ThaiDocument.PAGE_FIELD + "<")
			.contains(">๑<").contains("fldCharType=\"end\"");
	}

	@Test
	void numbersPagesInArabicDigitsWhenTheReportDoes() throws IOException {
		// given
		XWPFDocument document = read(sample(Digits.ARABIC));

		// then
		assertThat(document.getDocument().getBody().getSectPr().isSetPgNumType()).isFalse();
		assertThat(document.getFooterList().get(0).getText()).contains("1");
	}

	@Test
	void keepsTitleAndHeadingsWithWhatFollowsThem() throws IOException {
		// given
		XWPFDocument document = read(sample(Digits.THAI));

		// when
		List<XWPFParagraph> paragraphs = document.getParagraphs();

		// then
		assertThat(paragraphs).filteredOn((paragraph) -> paragraph.getText().startsWith("หัวข้อ"))
			.hasSize(2)
			.allSatisfy((heading) -> assertThat(ThaiText.keptWithNext(heading)).isTrue());
		assertThat(paragraphs.get(0).getText()).isEqualTo("รายงานทดสอบ");
		assertThat(ThaiText.keptWithNext(paragraphs.get(0))).isTrue();
		assertThat(paragraphs.get(1).getText()).as("พ.ศ. stays on the line of its year")
			.isEqualTo("ประจำปีงบประมาณ พ.ศ.\u00A0๒๕๖๖");
	}

	@Test
	void repeatsBothHeaderRowsOnEveryPageAndSpansThemAsTheLabelsSay() throws IOException {
		// given
		XWPFTable table = read(sample(Digits.THAI)).getTables().get(0);

		// when
		XWPFTableRow top = table.getRow(0);
		XWPFTableRow bottom = table.getRow(1);

		// then
		assertThat(top.isRepeatHeader()).isTrue();
		assertThat(bottom.isRepeatHeader()).isTrue();
		assertThat(table.getRow(2).isRepeatHeader()).isFalse();
		assertThat(top.getTableCells()).extracting((cell) -> cell.getText())
			.containsExactly("ก", "ผลการดำเนินการ", "หมายเหตุ");
		assertThat(top.getCell(1).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(java.math.BigInteger.TWO);
		assertThat(bottom.getTableCells()).extracting((cell) -> cell.getText())
			.containsExactly("", "แล้ว", "ยังไม่", "");
		assertThat(bottom.getCell(0).getCTTc().getTcPr().isSetVMerge()).isTrue();
	}

	@Test
	void keepsShortRowsWholeAndLetsLongRowsAndTheFirstRowUnderAHeadingBreak() throws IOException {
		// given
		XWPFTable table = read(sample(Digits.THAI)).getTables().get(0);

		// then
		assertThat(table.getRow(2).isCantSplitRow()).as("first row under the header").isFalse();
		assertThat(table.getRow(3).isCantSplitRow()).as("a short row").isTrue();
		assertThat(table.getRow(4).isCantSplitRow()).as("a row of many lines").isFalse();
	}

	@Test
	void showsAWebLinkAsAShortWordThatOpensTheWholeAddress() throws IOException {
		// given
		XWPFDocument document = read(sample(Digits.THAI));

		// when
		XWPFTableRow row = document.getTables().get(0).getRow(3);
		XWPFParagraph paragraph = row.getCell(3).getParagraphs().get(1);

		// then
		assertThat(paragraph.getText()).isEqualTo("หลักฐาน: ลิงก์");
		XWPFHyperlinkRun link = (XWPFHyperlinkRun) paragraph.getRuns().get(1);
		assertThat(link.getHyperlink(document).getURL()).isEqualTo("https://www.example.go.th/news/1");
		assertThat(new Link("", "ดูแฟ้มเอกสาร").shown()).isEqualTo("ดูแฟ้มเอกสาร");
		assertThat(new Link("", "not a web address: http://").shown()).isEqualTo("not a web address: http://");
	}

	@Test
	void signsWithEachSignatoryOnADottedLineWithNameAndPosition() throws IOException {
		// given
		XWPFDocument document = read(sample(Digits.THAI));

		// when
		List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();

		// then
		assertThat(texts.subList(texts.size() - 3, texts.size())).containsExactly(
				"(ลงชื่อ)......................................................ผู้จัดทำ", "(นายทดสอบ ใจดี)",
				"นิติกรปฏิบัติการ");
	}

	@Test
	void knowsItsOwnDocumentsAndThePdfsMadeOfThemAmongOtherFiles() throws IOException {
		// given
		byte[] document = sample(Digits.THAI);
		byte[] pdf = ("%PDF-1.6\n<</Keywords<FEFF" + hex(OwnDocuments.MARKER) + ">>>").getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream other = new ByteArrayOutputStream();
		try (XWPFDocument plain = new XWPFDocument()) {
			plain.createParagraph().createRun().setText("จดหมาย");
			plain.write(other);
		}

		// then
		assertThat(OwnDocuments.isOwn(document)).isTrue();
		assertThat(OwnDocuments.isOwn(pdf)).isTrue();
		assertThat(OwnDocuments.isOwn(other.toByteArray())).isFalse();
		assertThat(OwnDocuments.isOwn("%PDF-1.4 a scanned letter".getBytes(StandardCharsets.US_ASCII)))
			.isFalse();
	}

	@Test
	void keepsTheLastRowWithTheSignaturesAndCanStartItOnTheSignaturesPage() throws IOException {
		// given
		XWPFDocument kept = read(sample(Digits.THAI));
		XWPFDocument moved = read(sample(Digits.THAI, SignaturePlacement.WITH_LAST_ROW));

		// then: kept with the next paragraph, for Word
		XWPFTableRow last = kept.getTables().get(0).getRow(kept.getTables().get(0).getNumberOfRows() - 1);
		assertThat(last.getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isTrue();
		// and, moved, on a new page under the header repeated, for LibreOffice
		assertThat(moved.getTables()).hasSize(2);
		XWPFTable before = moved.getTables().get(0);
		XWPFTable after = moved.getTables().get(1);
		assertThat(before.getNumberOfRows()).isEqualTo(4);
		assertThat(before.getRow(3).getCell(0).getText()).isEqualTo("๒. สั้น");
		assertThat(after.getNumberOfRows()).isEqualTo(3);
		assertThat(after.getRow(0).isRepeatHeader()).isTrue();
		assertThat(after.getRow(1).isRepeatHeader()).isTrue();
		assertThat(after.getRow(2).getCell(0).getText()).startsWith("๓. ยาว");
		int between = moved.getBodyElements().indexOf(after) - 1;
		assertThat(((XWPFParagraph) moved.getBodyElements().get(between)).isPageBreak()).isTrue();
		assertThat(moved.getParagraphs().get(moved.getParagraphs().size() - 1).getText()).isEqualTo("นิติกรปฏิบัติการ");
	}

	/** A document with a title, two headings, a paragraph, a table and the signature block. */
	private static byte[] sample(Digits digits) throws IOException {
		return sample(digits, SignaturePlacement.AFTER_TABLE);
	}

	private static byte[] sample(Digits digits, SignaturePlacement signatures) throws IOException {
		ThaiDocument document = new ThaiDocument("รายงานทดสอบ", digits);
		document.title(List.of("รายงานทดสอบ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"));
		document.heading("หัวข้อที่ ๑");
		document.paragraph("เนื่องจากเป็นข้อความทดสอบ");
		document.heading("หัวข้อที่ ๒");
		ThaiTable table = document.table(ThaiText.POINTS, 30, 20, 20, 30);
		table.header(List.of("ก", "ผลการดำเนินการ", "", "หมายเหตุ"), List.of("", "แล้ว", "ยังไม่", ""));
		table.row(List.of(TableCell.of("๑. สั้น"), TableCell.of("ดำเนินการแล้ว"), TableCell.of(""), TableCell.of("")));
		table.row(List.of(TableCell.of("๒. สั้น").asBold(), TableCell.of("✓").asCentred(), TableCell.of("").withFill("FFC000"),
				TableCell.of(List.of(CellLine.text("ตามคำสั่ง"), CellLine.link(new Link("หลักฐาน: ", "https://www.example.go.th/news/1"))))));
		table.row(List.of(TableCell.of("๓. ยาว".repeat(80)), TableCell.of(""), TableCell.of(""), TableCell.of("")));
		document.signOff(List.of("(ลงชื่อ)......................................................ผู้จัดทำ", "(นายทดสอบ ใจดี)",
				"นิติกรปฏิบัติการ"), signatures);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.write(out);
		return out.toByteArray();
	}

	private static XWPFDocument read(byte[] content) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(content));
	}

	private static List<CTR> runsOf(XWPFDocument document) {
		List<CTR> runs = new java.util.ArrayList<>();
		String w = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:r";
		for (var run : document.getDocument().selectPath(w)) {
			runs.add((CTR) run);
		}
		for (var run : document.getFooterList().get(0)._getHdrFtr().selectPath(w)) {
			runs.add((CTR) run);
		}
		return runs;
	}

	/** TH Sarabun New in the complex-script slot, its size in szCs, bold in bCs, th-TH for Thai. */
	static void isThai(CTR run) {
		assertThat(run.isSetRPr()).as("run properties of %s", run.xmlText()).isTrue();
		CTRPr properties = run.getRPr();
		assertThat(properties.getRFontsArray(0).getCs()).isEqualTo(ThaiText.FONT);
		assertThat(properties.getRFontsArray(0).getAscii()).isEqualTo(ThaiText.FONT);
		assertThat(properties.getSzCsArray(0).getVal()).isEqualTo(java.math.BigInteger.valueOf(ThaiText.POINTS * 2L));
		assertThat(properties.sizeOfBCsArray()).isEqualTo(properties.sizeOfBArray());
		assertThat(properties.getLangArray(0).getBidi()).isEqualTo(ThaiText.LANGUAGE);
		assertThat(properties.getLangArray(0).getVal()).isEqualTo(ThaiText.LANGUAGE);
	}

	private static String hex(String text) {
		StringBuilder hex = new StringBuilder();
		text.chars().forEach((c) -> hex.append(String.format("%04X", c)));
		return hex.toString();
	}

}
