package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.risk.RiskSheet;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;
import th.ita.merge.samples.TemplateFiller;
import th.ita.merge.value.Digits;

/**
 * Rows that were sent but could not be accepted stay in view of the officer: the report counts a
 * measure from what was accepted and names the division whose row was not; a state without text
 * shows; a rejected risk stays in the register with why, and the heat map and risk report say how
 * many were sent and how many not counted. What a division typed is never read as part of a
 * message, however long or odd.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:rejected-rows;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectedRowsScenarioTests {

	private static final String PALAD = "ita-2566-รอบ1-สำนักปลัด.xlsx";

	private static final String FINANCE = "ita-2566-รอบ1-กองคลัง.xlsx";

	private static final String WORKS = "ita-2566-รอบ1-กองช่าง.xlsx";

	private static final String LONG_STATUS = "ยังไม่เกิด".repeat(150);

	private static final Plan PLAN = SeedData.plan();

	@TempDir
	private static Path work;

	@Autowired
	private JobOperatorTestUtils jobOperator;

	/** The merge job is the one these tests run (the roll-up's is in the context too). */
	@Autowired
	void runTheMergeJob(JobOperatorTestUtils jobs, @Qualifier("mergeJob") Job mergeJob) {
		jobs.setJob(mergeJob);
	}

	private Path output;

	private JobExecution execution;

	@BeforeAll
	void mergeFilesWithRowsThatCannotBeAccepted() throws Exception {
		Path input = Fixtures.copySamples(work.resolve("input"));
		this.output = work.resolve("output");
		// IIT-5.1 is the office's alone; EIT-7.3 every division's
		WorkbookEdits.setMeasureCell(input.resolve(PALAD), "IIT-5.1", MeasureColumn.STATE, "");
		WorkbookEdits.setMeasureCell(input.resolve(PALAD), "EIT-7.3", MeasureColumn.STATE, "เสร็จแล้วบางส่วน");
		// OIT-10.1 is every division's: the works division has not started and wrote nothing
		WorkbookEdits.setMeasureCell(input.resolve(WORKS), "OIT-10.1", MeasureColumn.STATE, "ยังไม่ดำเนินการ");
		WorkbookEdits.setMeasureCell(input.resolve(WORKS), "OIT-10.1", MeasureColumn.RESULT, "");
		WorkbookEdits.edit(input.resolve(FINANCE), (workbook) -> {
			var sheet = workbook.getSheet(RiskSheet.NAME);
			// a high risk (4 × 3 = 12) without its preventive measure, owner and timeline
			TemplateFiller.setRisk(sheet, 4, RiskColumn.CATEGORY, "1");
			TemplateFiller.setRisk(sheet, 4, RiskColumn.EVENT, "อนุมัติใบอนุญาตก่อสร้างโดยไม่ตรวจพื้นที่");
			TemplateFiller.setRisk(sheet, 4, RiskColumn.LIKELIHOOD, "4");
			TemplateFiller.setRisk(sheet, 4, RiskColumn.IMPACT, "3");
			// placeholders typed by a clerk, in a row that is rejected for its missing category
			TemplateFiller.setRisk(sheet, 5, RiskColumn.EVENT, "{0}{1}{value}".repeat(20));
			TemplateFiller.setRisk(sheet, 5, RiskColumn.LIKELIHOOD, "{0}");
			TemplateFiller.setRisk(sheet, 5, RiskColumn.IMPACT, "2");
			// a follow-up status far longer than any the plan knows
			TemplateFiller.setRisk(sheet, 0, RiskColumn.STATUS, LONG_STATUS);
		});
		this.execution = this.jobOperator.startJob(
				MergeLauncher.parameters(input, this.output, input.resolve("plan.xlsx"), Digits.THAI));
	}

	@Test
	void completesAndCountsTheRejectedRows() {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		RunTotals totals = RunTotals.load(this.execution.getExecutionContext());
		assertThat(totals.rowsRejected()).as("2 measure rows and 2 risk rows").isEqualTo(4);
		assertThat(totals.rowsRead()).isEqualTo(totals.rowsAccepted() + totals.rowsRejected());
	}

	@Test
	void reportsAMeasureWhoseOnlyRowWasRejectedAsNotStartedNamingTheDivision() throws IOException {
		List<String> row = reportRowOf("IIT-5.1");
		assertThat(row.get(3)).as("อยู่ระหว่างดำเนินการ").isEmpty();
		assertThat(row.get(4)).as("ดำเนินการแล้ว").isEmpty();
		assertThat(row.get(5)).as("ยังไม่ดำเนินการ: a visible mark").isEqualTo("✓");
		assertThat(row.get(6)).contains("สำนักปลัด").contains("ดูชีตข้อผิดพลาด")
			.doesNotContain("ยังไม่ได้รับรายงานผลจากผู้รับผิดชอบ");
	}

	@Test
	void countsASharedMeasureFromTheAcceptedRowsAndNamesTheRejectedDivision() throws IOException {
		List<String> row = reportRowOf("EIT-7.3");
		assertThat(row.get(3) + row.get(4) + row.get(5)).as("a state shows").isNotEmpty();
		assertThat(row.get(3)).as("not every division's row counts, so it cannot be done")
			.isEqualTo("อยู่ระหว่างการติดตามผลการปฏิบัติ");
		assertThat(row.get(6)).contains("ยังนำรายงานของ สำนักปลัด มารวมไม่ได้").contains("ดูชีตข้อผิดพลาด");
	}

	@Test
	void namesADivisionThatHasNotStartedAmongThoseThatWroteResults() throws IOException {
		List<String> row = reportRowOf("OIT-10.1");
		assertThat(row.get(3)).contains("กองช่าง: ยังไม่ดำเนินการ").contains("กองคลัง: ");
	}

	@Test
	void keepsTheRejectedRisksInTheRegisterWithWhy() throws IOException {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbook())) {
			List<List<String>> rows = workbook.rows(RiskOutputs.REGISTER_SHEET, 19);
			int high = OutputWorkbook.find(rows, 1, 4, "อนุมัติใบอนุญาตก่อสร้างโดยไม่ตรวจพื้นที่").orElseThrow();
			assertThat(rows.get(high).get(1)).isEqualTo("กองคลัง");
			assertThat(rows.get(high).subList(7, 11)).containsExactly("4", "3", "", "ไม่นับ");
			assertThat(rows.get(high).get(18)).startsWith("ไม่นับ: ").contains("มาตรการป้องกัน");
			assertThat(rows).anySatisfy((cells) -> assertThat(cells.get(14)).isEqualTo(LONG_STATUS));
		}
	}

	@Test
	void saysOnTheHeatMapAndTheRiskReportHowManyWereSentAndNotCounted() throws IOException {
		int sent = SampleRisks.risks().size() + 2;
		try (OutputWorkbook workbook = OutputWorkbook.open(workbook())) {
			String heatMap = workbook.rows(RiskOutputs.HEAT_MAP_SHEET, 1).get(2).get(0);
			assertThat(heatMap).startsWith("ความเสี่ยงที่ส่งมา " + Digits.THAI.format(sent) + " รายการ นับ "
					+ Digits.THAI.format(sent - 2) + " รายการ ไม่นับ ๒ รายการ");
			List<List<String>> report = workbook.entries(RiskOutputs.REPORT_SHEET, 3);
			int section = OutputWorkbook.find(report, 0, 0,
					"ความเสี่ยงที่ส่งมาแต่ไม่นำมาประเมิน เพราะข้อมูลไม่ครบหรือไม่ถูกต้อง").orElseThrow();
			assertThat(report.get(section + 1).get(1)).isEqualTo("อนุมัติใบอนุญาตก่อสร้างโดยไม่ตรวจพื้นที่\n(กองคลัง)");
			assertThat(report.get(section + 1).get(2)).contains("มาตรการป้องกัน");
		}
	}

	@Test
	void neverReadsWhatAClerkTypedAsPlaceholders() throws IOException {
		List<CSVRecord> log = errorLog();
		String typed = "{0}{1}{value}".repeat(20);
		assertThat(log).filteredOn((record) -> record.get(1).equals(ProblemCode.RISK_CATEGORY_MISSING.name()))
			.singleElement()
			.satisfies((record) -> assertThat(record.get(7)).doesNotContain(typed.substring(0, 30)).contains("ประเภท"));
		assertThat(log).filteredOn((record) -> record.get(1).equals(ProblemCode.RISK_LIKELIHOOD_INVALID.name()))
			.singleElement()
			.satisfies((record) -> assertThat(record.get(7)).contains("\"{0}\"").contains(typed.substring(0, 26)));
		assertThat(Files.size(this.output.resolve("ita-2566-round1-errors.csv"))).isLessThan(100_000);
	}

	private List<String> reportRowOf(String measureId) throws IOException {
		String weakness = PLAN.measure(measureId).orElseThrow().weakness();
		try (OutputWorkbook workbook = OutputWorkbook.open(workbook())) {
			List<List<String>> rows = workbook.entries(MeasureOutputs.reportSheetName(PLAN, Digits.THAI), 7);
			return rows.stream().filter((row) -> row.get(0).endsWith(". " + weakness)).findFirst().orElseThrow();
		}
	}

	private Path workbook() {
		return this.output.resolve("ita-2566-round1.xlsx");
	}

	private List<CSVRecord> errorLog() throws IOException {
		String text = Files.readString(this.output.resolve("ita-2566-round1-errors.csv"), StandardCharsets.UTF_8);
		return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(
				text.substring(1))).getRecords();
	}

}
