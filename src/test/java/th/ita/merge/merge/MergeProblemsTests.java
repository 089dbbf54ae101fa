package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.problem.ErrorLog;
import th.ita.merge.samples.SeedData;
import th.ita.merge.samples.TemplateFiller;
import th.ita.merge.value.Digits;

/**
 * A collection day with the usual mistakes: an unrelated workbook, last year's template, a Word
 * file, a division that sent nothing, and rows with a missing, doubled or typed state, an unknown
 * measure and a missing result. Each is reported with its file, sheet and cell in Thai, and every
 * other file still merges.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:merge-problems;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeProblemsTests {

	private static final String PALAD = "ita-2566-รอบ1-สำนักปลัด.xlsx";

	private static final String FINANCE = "ita-2566-รอบ1-กองคลัง.xlsx";

	@TempDir
	private static Path work;

	@Autowired
	private JobOperatorTestUtils jobOperator;

	/** The merge job is the one these tests run (the roll-up's is in the context too). */
	@Autowired
	void runTheMergeJob(JobOperatorTestUtils jobs, @Qualifier("mergeJob") Job mergeJob) {
		jobs.setJob(mergeJob);
	}

	private Path input;

	private Path output;

	private JobExecution execution;

	private List<CSVRecord> log;

	@BeforeAll
	void mergeADayOfMistakes() throws Exception {
		this.input = Fixtures.copySamples(work.resolve("input"));
		this.output = work.resolve("output");
		Files.delete(this.input.resolve("ita-2566-รอบ1-กองช่าง.xlsx"));
		unrelatedWorkbook(this.input.resolve("งบประมาณ.xlsx"));
		Files.writeString(this.input.resolve("รายงาน.docx"), "not a workbook at all");
		lastYearsTemplate(this.input.resolve("ita-2565-สำนักปลัด.xlsx"));
		Path palad = this.input.resolve(PALAD);
		WorkbookEdits.setMeasureCell(palad, "EIT-7.1", MeasureColumn.STATE, "");
		WorkbookEdits.setMeasureCell(palad, "EIT-7.2", MeasureColumn.STATE, "ดำเนินการแล้ว / อยู่ระหว่างดำเนินการ");
		WorkbookEdits.setMeasureCell(palad, "EIT-7.3", MeasureColumn.STATE, "ดำเนินการ แล้ว");
		WorkbookEdits.setMeasureCell(palad, "EIT-7.4", MeasureColumn.RESULT, "");
		WorkbookEdits.setMeasureCell(palad, "OIT-10.7", MeasureColumn.ID, "OIT-10.9");
		Path finance = this.input.resolve(FINANCE);
		WorkbookEdits.setMeasureCell(finance, "IIT-5.2", MeasureColumn.STATE, "ยังไม่ดำเนินการ");
		WorkbookEdits.setMeasureCell(finance, "IIT-5.2", MeasureColumn.RESULT, "=รอจัดสรรงบประมาณ");
		this.execution = this.jobOperator.startJob(
				MergeLauncher.parameters(this.input, this.output, this.input.resolve("plan.xlsx"), Digits.THAI));
		this.log = errorLog();
	}

	@Test
	void completesAndCountsEveryRowReadAsAcceptedOrRejected() {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		RunTotals totals = RunTotals.load(this.execution.getExecutionContext());
		assertThat(totals.files()).isEqualTo(7);
		assertThat(totals.rowsRead()).isEqualTo(totals.rowsAccepted() + totals.rowsRejected());
		assertThat(totals.rowsRejected()).isEqualTo(4);
		assertThat(totals.errors()).isPositive();
	}

	@Test
	void writesTheErrorLogAsUtf8WithAByteOrderMark() throws Exception {
		byte[] bytes = Files.readAllBytes(errorLogFile());
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("ยังไม่ได้เลือกสถานะ");
	}

	@Test
	void reportsAnUnrelatedWorkbookAndAWordFileAndGoesOn() {
		assertThat(problem("NOT_A_TEMPLATE", "งบประมาณ.xlsx").get("message")).contains("ไม่ใช่แบบรายงาน");
		assertThat(problem("NOT_EXCEL", "รายงาน.docx").get("severity")).isEqualTo("error");
	}

	@Test
	void reportsATemplateOfAnotherFiscalYear() {
		CSVRecord record = problem("OTHER_FISCAL_YEAR", "ita-2565-สำนักปลัด.xlsx");
		assertThat(record.get("value")).isEqualTo("2565");
		assertThat(record.get("sheet")).isEqualTo(DivisionWorkbook.IDENTITY_SHEET);
		assertThat(record.get("message")).contains("2566");
	}

	@Test
	void namesTheCellOfEveryRowProblem() throws Exception {
		Path palad = this.input.resolve(PALAD);
		assertThat(problem("STATE_MISSING", PALAD).get("cell"))
			.isEqualTo(WorkbookEdits.cellOf(palad, "EIT-7.1", MeasureColumn.STATE));
		assertThat(problem("STATE_AMBIGUOUS", PALAD).get("cell"))
			.isEqualTo(WorkbookEdits.cellOf(palad, "EIT-7.2", MeasureColumn.STATE));
		CSVRecord typed = problem("STATE_TYPED", PALAD);
		assertThat(typed.get("severity")).isEqualTo("warning");
		assertThat(typed.get("value")).isEqualTo("ดำเนินการ แล้ว");
		assertThat(problem("RESULT_MISSING", PALAD).get("cell"))
			.isEqualTo(WorkbookEdits.cellOf(palad, "EIT-7.4", MeasureColumn.RESULT));
		CSVRecord unknown = problem("MEASURE_UNKNOWN", PALAD);
		assertThat(unknown.get("value")).isEqualTo("OIT-10.9");
		assertThat(unknown.get("sheet")).isEqualTo(MeasureSheet.NAME);
		assertThat(unknown.get("cell")).matches("A\\d+");
	}

	@Test
	void reportsTheDivisionThatSentNothing() throws Exception {
		CSVRecord missing = this.log.stream().filter((r) -> r.get("code").equals("DIVISION_NOT_SUBMITTED")).findFirst()
			.orElseThrow();
		assertThat(missing.get("field")).isEqualTo("กองช่าง");
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			List<List<String>> rows = workbook.rows(MergeOutputs.SUBMISSIONS_SHEET, 7);
			int row = OutputWorkbook.find(rows, 1, 0, "กองช่าง").orElseThrow();
			assertThat(rows.get(row).get(1)).isEmpty();
			assertThat(rows.get(row).get(6)).isEqualTo("ยังไม่ได้รับไฟล์");
		}
	}

	@Test
	void stillMergesEveryOtherFile() throws Exception {
		List<List<String>> rows = reportRows();
		assertThat(rows).anySatisfy((cells) -> assertThat(cells.get(3))
			.isEqualTo("ดำเนินการจัดทำคู่มือการยืมทรัพย์สินของราชการ และเผยแพร่ให้บุคลากรทราบ"));
		int unreported = OutputWorkbook.find(rows, 0, 0, "๑. การมีส่วนร่วมของผู้บริหาร").orElseThrow();
		assertThat(rows.get(unreported).get(3)).as("done by those who reported, but not by all")
			.isEqualTo("ดำเนินการตลอดปีงบประมาณ");
		assertThat(rows.get(unreported).get(4)).isEmpty();
		assertThat(rows.get(unreported).get(6)).isEqualTo("ยังไม่ได้รับรายงานจาก กองช่าง");
	}

	@Test
	void givesAMeasureOfSeveralDivisionsOneStateAndLabelsDifferingTexts() throws Exception {
		List<List<String>> rows = reportRows();
		int row = OutputWorkbook.find(rows, 0, 0,
				"๒. การดำเนินการต่อการป้องกันการทุจริต เช่น เพ้าระวัง ติดตาม และการลงโทษ").orElseThrow();
		List<String> cells = rows.get(row);
		assertThat(cells.get(3)).isEqualTo(
				"สำนักปลัด: ดำเนินการตลอดทั้งปีงบประมาณ\nกองคลัง: =รอจัดสรรงบประมาณ\nกองการศึกษา ศาสนาและวัฒนธรรม: ดำเนินการตลอดทั้งปีงบประมาณ\nหน่วยตรวจสอบภายใน: ดำเนินการตลอดทั้งปีงบประมาณ");
		assertThat(cells.get(4)).isEmpty();
		assertThat(cells.get(6)).isEqualTo("ยังไม่ได้รับรายงานจาก กองช่าง");
	}

	@Test
	void keepsTextThatLooksLikeAFormulaAsText() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			var typed = new java.util.ArrayList<org.apache.poi.ss.usermodel.Cell>();
			for (var row : workbook.sheet(MeasureOutputs.REGISTER_SHEET)) {
				for (var cell : row) {
					if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA
							&& cell.toString().equals("=รอจัดสรรงบประมาณ")) {
						typed.add(cell);
					}
					assertThat(cell.getCellType()).as(cell.getAddress().formatAsString())
						.isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
				}
			}
			assertThat(typed).singleElement()
				.satisfies((cell) -> assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING));
		}
	}

	@Test
	void showsTheSameProblemsOnTheErrorsSheetAsInTheLog() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			List<List<String>> rows = workbook.rows(MergeOutputs.ERRORS_SHEET, 9);
			assertThat(rows.get(0)).isEqualTo(ErrorLog.SHEET_HEADERS);
			assertThat(rows.subList(1, rows.size())).isEqualTo(this.log.stream()
				.map((r) -> List.of(r.get("severity_th"), r.get("kind"), r.get("code"), r.get("file"), r.get("sheet"),
						r.get("cell"), r.get("field"), r.get("value"), r.get("message")))
				.toList());
			assertThat(rows.subList(1, rows.size())).extracting((cells) -> cells.get(0))
				.containsOnly("ข้อผิดพลาด", "คำเตือน")
				.contains("ข้อผิดพลาด", "คำเตือน");
			assertThat(rows).anySatisfy((cells) -> assertThat(cells.subList(1, 3))
				.containsExactly("สำนัก/กองยังไม่ส่งแบบรายงาน", "DIVISION_NOT_SUBMITTED"));
		}
	}

	private CSVRecord problem(String code, String file) {
		return this.log.stream()
			.filter((record) -> record.get("code").equals(code) && record.get("file").equals(file))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + code + " for " + file + " in " + this.log));
	}

	private List<CSVRecord> errorLog() throws IOException {
		String text = Files.readString(errorLogFile(), StandardCharsets.UTF_8).substring(1);
		String[] names = { "severity", "code", "file", "sheet", "cell", "field", "value", "message", "severity_th",
				"kind" };
		try (Reader reader = new java.io.StringReader(text)) {
			return CSVFormat.EXCEL.builder().setHeader(names).setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private Path errorLogFile() {
		return this.output.resolve("ita-2566-round1-errors.csv");
	}

	private Path workbookFile() {
		return this.output.resolve("ita-2566-round1.xlsx");
	}

	private List<List<String>> reportRows() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			return workbook.entries(MeasureOutputs.reportSheetName(SeedData.plan(), Digits.THAI), 7);
		}
	}

	private static void unrelatedWorkbook(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("งบประมาณ").createRow(0).createCell(0).setCellValue("รายการ");
			workbook.write(out);
		}
	}

	private static void lastYearsTemplate(Path file) throws IOException {
		Plan plan = SeedData.plan();
		Plan lastYear = new Plan(plan.organization(), new ReportingPeriod(2565, 1), plan.signOff(), plan.divisions(),
				plan.indicators(), plan.measures(), plan.risk());
		var division = lastYear.division("PALAD").orElseThrow();
		Path template = file.resolveSibling("template-2565.tmp");
		Fixtures.writeTemplate(lastYear, division, template);
		TemplateFiller.fill(template, file, SeedData.reports().stream()
			.filter((report) -> report.divisionCode().equals("PALAD")).toList());
		Files.delete(template);
	}

}
