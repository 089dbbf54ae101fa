package th.ita.merge.rollup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.docx.LibreOffice;
import th.ita.merge.docx.PdfLastPage;
import th.ita.merge.value.Digits;

/**
 * Tests for {@link ProvinceReportDocument}: the Word document read back (XWPF) says what the
 * sheet says, and its PDF, when LibreOffice is installed, holds the province's figures in Thai
 * with the signatures never alone on the last page.
 */
class ProvinceReportDocumentTests {

	@TempDir
	Path directory;

	@Test
	void titleNamesTheProvinceTheFiscalYearAndTheRound() throws IOException {
		// when
		List<String> paragraphs = paragraphs(written(Summaries.of(3, 8)));

		// then
		assertThat(paragraphs).startsWith(
				"รายงานสรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
				"และการประเมินความเสี่ยงการทุจริต ขององค์กรปกครองส่วนท้องถิ่นในจังหวัดนครราชสีมา",
				"ประจำปีงบประมาณ พ.ศ.\u00A0๒๕๖๖ รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)");
		assertThat(paragraphs).anySatisfy((text) -> assertThat(text).startsWith(
				"องค์กรปกครองส่วนท้องถิ่นในจังหวัดนครราชสีมา ๒๔ แห่ง ส่งรายงานแล้ว ๑๘ แห่ง"));
	}

	@Test
	void tableHoldsEveryOrganizationUnderItsDistrictWithTheSheetsFigures() throws IOException {
		// given
		ProvinceSummary summary = Summaries.of(3, 8);

		// when
		List<List<String>> rows = rows(written(summary));

		// then the rows after the two header rows are the sheet's table rows, word for word
		List<List<String>> sheet = SummarySheets.written(summary);
		int header = sheet.indexOf(sheet.stream().filter((row) -> row.get(0).equals("ลำดับ")).findFirst().orElseThrow());
		List<List<String>> table = sheet.subList(header + 2, header + 2 + rows.size() - 2)
			.stream()
			.map((row) -> row.get(0).startsWith("อำเภอ") ? List.of(row.get(0)) : row)
			.toList();
		assertThat(rows.subList(2, rows.size())).isEqualTo(table);
		assertThat(rows).anySatisfy((row) -> assertThat(row).containsSubsequence("องค์การบริหารส่วนตำบลชีวึก",
				"ยังไม่ส่ง"));
		assertThat(rows.get(rows.size() - 1)).startsWith("", "รวมทั้งจังหวัดนครราชสีมา", "ส่ง ๑๘ จาก ๒๔");
	}

	@Test
	void endsWithTheSignOff() throws IOException {
		// when
		List<String> paragraphs = paragraphs(written(Summaries.of(1, 4)));

		// then
		assertThat(paragraphs.subList(paragraphs.size() - 9, paragraphs.size())).containsExactly(
				"ณ วันที่ ๓๐ เมษายน พ.ศ. ๒๕๖๖", "", "(ลงชื่อ)......................................................ผู้จัดทำ",
				"(นายสมชาย ตั้งใจ)", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "",
				"(ลงชื่อ)......................................................ผู้อนุมัติ", "(นายสมศักดิ์ รักษ์ถิ่น)",
				"ท้องถิ่นจังหวัดนครราชสีมา");
	}

	@Test
	void pdfHoldsTheFiguresInThaiAndNeverTheSignaturesAlone() throws IOException {
		// given
		boolean installed = LibreOffice.find("").isPresent();
		if (!installed) {
			System.err.println("PDF test of the provincial summary NOT RUN: LibreOffice (soffice) is not installed "
					+ "on this machine. Install libreoffice-writer-nogui and fonts-thai-tlwg to run it.");
		}
		Assumptions.assumeTrue(installed, "LibreOffice (soffice) is not installed: the PDF test did not run");
		ProvinceSummary summary = Summaries.of(1, 40, Optional.of(Summaries.SIGN_OFF));
		Path docx = this.directory.resolve("province-report.docx");
		ProvinceReportDocument.write(summary, Digits.THAI, docx);

		// when
		boolean made = ProvinceReportDocument.writePdf(summary, Digits.THAI, docx, "", Duration.ofMinutes(2),
				this.directory.resolve("work"));

		// then
		Path pdf = ProvinceReportDocument.pdfOf(docx);
		assertThat(made).isTrue();
		assertThat(pdf).exists();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			String text = withoutMarks(new PDFTextStripper().getText(document));
			assertThat(text).contains(withoutMarks("ยังไม่ส่ง"), withoutMarks("รวมทั้งจังหวัดนครราชสีมา"),
					withoutMarks("ส่ง ๓๐ จาก ๔๐"));
		}
		assertThat(PdfLastPage.holdsOnly(pdf, summary.signOffLines(Digits.THAI))).isFalse();
	}

	@Test
	void saysNoPdfWasMadeWhenLibreOfficeIsNotWhereItWasSaidToBe() throws IOException {
		// given
		ProvinceSummary summary = Summaries.of(1, 4);
		Path docx = this.directory.resolve("province-report.docx");
		ProvinceReportDocument.write(summary, Digits.THAI, docx);
		Files.writeString(ProvinceReportDocument.pdfOf(docx), "a PDF of an earlier run");

		// when
		boolean made = ProvinceReportDocument.writePdf(summary, Digits.THAI, docx,
				this.directory.resolve("no-soffice").toString(), Duration.ofSeconds(5), this.directory);

		// then
		assertThat(made).isFalse();
		assertThat(ProvinceReportDocument.pdfOf(docx)).as("no PDF older than its document is left").doesNotExist();
	}

	/** The text without the marks above and below Thai letters, which a PDF gives in the order they are drawn. */
	private static String withoutMarks(String text) {
		return text.codePoints()
			.filter((c) -> Character.getType(c) != Character.NON_SPACING_MARK)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	private Path written(ProvinceSummary summary) throws IOException {
		Path docx = this.directory.resolve("province-report.docx");
		ProvinceReportDocument.write(summary, Digits.THAI, docx);
		return docx;
	}

	private static List<String> paragraphs(Path docx) throws IOException {
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		}
	}

	/** A cell's text, its paragraphs one a line. */
	private static String text(XWPFTableCell cell) {
		return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
	}

	/** The rows of the document's one table, each cell's text. */
	private static List<List<String>> rows(Path docx) throws IOException {
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
			assertThat(document.getTables()).hasSize(1);
			XWPFTable table = document.getTables().get(0);
			return table.getRows().stream().map(XWPFTableRow::getTableCells)
				.map((cells) -> cells.stream().map(ProvinceReportDocumentTests::text).toList())
				.toList();
		}
	}

}
