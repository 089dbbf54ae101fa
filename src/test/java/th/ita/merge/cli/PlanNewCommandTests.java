package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.merge.plan.PlanLayout.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * {@code plan new}: an office starting from scratch gets a plan whose first sheet tells it, in
 * Thai and on A4, how to fill in the others, whose examples make templates as they stand, and
 * which, filled in as its instructions say, makes the office's own templates.
 */
class PlanNewCommandTests {

	private static final String THAI_LETTER = ".*[\\u0E01-\\u0E2E].*";

	@TempDir
	private Path work;

	@Test
	void writesAPlanWhoseFirstSheetSaysInThaiHowToFillItIn() throws Exception {
		// when
		ConsoleRun run = ConsoleRun.of("plan", "new", "--output", this.work.toString());

		// then
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("plan-new.xlsx").contains(PlanWriter.INSTRUCTIONS_SHEET);
		assertThat(run.linesNotInThai()).isEmpty();
		try (OutputWorkbook workbook = OutputWorkbook.open(this.work.resolve("plan-new.xlsx"))) {
			assertThat(workbook.workbook().getSheetName(0)).isEqualTo(PlanWriter.INSTRUCTIONS_SHEET);
			assertThat(workbook.workbook().getActiveSheetIndex()).isZero();
			List<String> lines = workbook.rows(PlanWriter.INSTRUCTIONS_SHEET, 2)
				.stream()
				.map((row) -> String.join(" ", row).strip())
				.filter((line) -> !line.isEmpty())
				.toList();
			assertThat(lines).allSatisfy((line) -> assertThat(line).matches(THAI_LETTER));
			String all = String.join("\n", lines);
			assertThat(all).contains(ORGANIZATION_SHEET, DIVISIONS_SHEET, INDICATORS_SHEET, MEASURES_SHEET,
					CATEGORIES_SHEET, "IIT-4.1", "รอบ ๖ เดือน", "รอบ ๑๒ เดือน", "ตัวอย่าง", "plan.xlsx", "templates");
			Sheet instructions = workbook.sheet(PlanWriter.INSTRUCTIONS_SHEET);
			assertThat(instructions.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(instructions.getPrintSetup().getLandscape()).isFalse();
			assertThat(instructions.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			XSSFCell text = (XSSFCell) instructions.getRow(0).getCell(0);
			assertThat(text.getCellStyle().getFont().getFontName()).isEqualTo(ThaiStyles.FONT);
			assertThat(text.getCellStyle().getFont().getFontHeightInPoints()).isEqualTo(ThaiStyles.FONT_POINTS);
		}
	}

	@Test
	void theExamplesAsWrittenMakeTemplates() throws Exception {
		// given
		Path input = Files.createDirectories(this.work.resolve("input"));
		ItaMergeCommand.execute("plan", "new", "--output", this.work.toString());
		Files.copy(this.work.resolve("plan-new.xlsx"), input.resolve("plan.xlsx"));

		// when
		int status = ItaMergeCommand.execute("templates", "--input", input.toString(), "--output",
				this.work.resolve("output").toString());

		// then
		assertThat(status).isZero();
		assertThat(templates()).hasSize(3);
	}

	@Test
	void anOfficeThatFillsItInAsItSaysGetsTemplatesOfItsOwn() throws Exception {
		// given: the plan written, saved as plan.xlsx in the input folder and filled in over the examples
		Path input = Files.createDirectories(this.work.resolve("input"));
		assertThat(ItaMergeCommand.execute("plan", "new", "--output", this.work.toString())).isZero();
		Path plan = Files.copy(this.work.resolve("plan-new.xlsx"), input.resolve("plan.xlsx"));
		WorkbookEdits.edit(plan, (workbook) -> {
			Sheet organization = workbook.getSheet(ORGANIZATION_SHEET);
			setting(organization, ORGANIZATION_NAME, "เทศบาลตำบลหนองบัว");
			setting(organization, DISTRICT, "หนองบัว");
			setting(organization, PROVINCE, "นครสวรรค์");
			setting(organization, FISCAL_YEAR, "๒๕๖๘");
			setting(organization, PREPARER_NAME, "นางสาวสมใจ ซื่อตรง");
			setting(organization, REVIEWER_NAME, "");
			setting(organization, REVIEWER_POSITION, "");
			setting(organization, APPROVER_NAME, "นายสมชาย ใจงาม");
			setting(organization, APPROVER_POSITION, "นายกเทศมนตรีตำบลหนองบัว");
			replaceExamples(workbook.getSheet(DIVISIONS_SHEET), DIVISION_CODE, List.of(
					List.of("01", "สำนักปลัดเทศบาล", "งานนิติการ / ผู้บริหาร"), List.of("02", "กองคลัง", ""),
					List.of("03", "กองสาธารณสุขและสิ่งแวดล้อม", ""), List.of("04", "กองการศึกษา", "")));
			replaceExamples(workbook.getSheet(INDICATORS_SHEET), INDICATOR_TOOL, List.of(
					List.of("EIT", "8", "การปรับปรุงการทำงาน", "เนื่องจากผู้รับบริการเห็นว่าขั้นตอนยังยุ่งยาก"),
					List.of("OIT", "9", "การเปิดเผยข้อมูล", "เนื่องจากข้อมูลบนเว็บไซต์ยังไม่เป็นปัจจุบัน")));
			replaceExamples(workbook.getSheet(MEASURES_SHEET), MEASURE_ID, List.of(
					List.of("EIT-8.1", "EIT", "8", "", "ขั้นตอนการขออนุญาตยังยุ่งยาก", "ลดขั้นตอนและประกาศให้ทราบ",
							"กองสาธารณสุขและสิ่งแวดล้อม"),
					List.of("OIT-9.1", "OIT", "9", "", "ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน", "ปรับปรุงข้อมูลทุกเดือน",
							"งานนิติการ / กองคลัง / กองการศึกษา")));
		});

		// when
		int status = ItaMergeCommand.execute("templates", "--input", input.toString(), "--output",
				this.work.resolve("output").toString());

		// then
		assertThat(status).isZero();
		assertThat(templates()).containsExactlyInAnyOrder("ita-2568-รอบ1-สำนักปลัดเทศบาล.xlsx", "ita-2568-รอบ1-กองคลัง.xlsx",
				"ita-2568-รอบ1-กองสาธารณสุขและสิ่งแวดล้อม.xlsx", "ita-2568-รอบ1-กองการศึกษา.xlsx");
		Plan read = PlanReader.read(plan);
		assertThat(read.organization().fullTitle()).isEqualTo("เทศบาลตำบลหนองบัว อำเภอหนองบัว จังหวัดนครสวรรค์");
		assertThat(read.signOff().reviewer()).isEmpty();
		assertThat(read.measures()).extracting((measure) -> measure.id()).containsExactly("EIT-8.1", "OIT-9.1");
		assertThat(read.toString()).doesNotContain("ตัวอย่าง");
	}

	@Test
	void refusesToWriteOverAPlanThatIsThere() throws Exception {
		// given
		Path plan = Files.writeString(this.work.resolve("plan-new.xlsx"), "แผนที่นิติกรแก้ไขไว้");

		// when
		ConsoleRun run = ConsoleRun.of("plan", "new", "--output", this.work.toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement().asString().contains("plan-new.xlsx").contains("ไม่เขียนทับ");
		assertThat(Files.readString(plan)).isEqualTo("แผนที่นิติกรแก้ไขไว้");
	}

	private List<String> templates() throws Exception {
		try (Stream<Path> files = Files.list(this.work.resolve("output").resolve(TemplatesCommand.FOLDER))) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

	/** Types a value beside its label on the organization sheet, as the instructions say; "" clears it. */
	private static void setting(Sheet sheet, String label, String value) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && label.equals(cell.getStringCellValue())) {
				row.getCell(1).setCellValue(value);
				return;
			}
		}
		throw new AssertionError("No setting " + label);
	}

	/**
	 * Types the office's rows over the orange examples below the table's header, one more row
	 * where it has more, and deletes the examples left over.
	 */
	private static void replaceExamples(Sheet sheet, String firstHeader, List<List<String>> rows) {
		int header = 0;
		while (sheet.getRow(header) == null || !firstHeader.equals(sheet.getRow(header).getCell(0).getStringCellValue())) {
			header++;
		}
		int last = sheet.getLastRowNum();
		for (int r = 0; r < rows.size(); r++) {
			Row row = (sheet.getRow(header + 1 + r) != null) ? sheet.getRow(header + 1 + r)
					: sheet.createRow(header + 1 + r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				Cell cell = (row.getCell(c) != null) ? row.getCell(c) : row.createCell(c);
				cell.setCellValue(rows.get(r).get(c));
			}
		}
		for (int r = header + 1 + rows.size(); r <= last; r++) {
			sheet.removeRow(sheet.getRow(r));
		}
	}

}
