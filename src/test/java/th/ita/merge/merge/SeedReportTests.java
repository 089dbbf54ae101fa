package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;
import th.ita.merge.value.Digits;

/**
 * The default run on {@code samples/} reproduces the published six-month report of the seed:
 * the real job is run, and the written workbook is read back and compared, cell by cell, with
 * what the office published.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:seed-report;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedReportTests {

	private static final int COLUMNS = 7;

	@Autowired
	private JobOperatorTestUtils jobOperator;

	/** The merge job is the one these tests run (the roll-up's is in the context too). */
	@Autowired
	void runTheMergeJob(JobOperatorTestUtils jobs, @Qualifier("mergeJob") Job mergeJob) {
		jobs.setJob(mergeJob);
	}

	@TempDir
	private static Path work;

	private JobExecution execution;

	private Map<String, String> inputsBefore;

	private Path input;

	private Path output;

	@BeforeAll
	void mergeTheSamples() throws Exception {
		this.input = Fixtures.copySamples(work.resolve("input"));
		this.output = work.resolve("output");
		this.inputsBefore = Fixtures.hashes(this.input);
		this.execution = this.jobOperator.startJob(
				MergeLauncher.parameters(this.input, this.output, this.input.resolve("plan.xlsx"), Digits.THAI));
	}

	@Test
	void readsEveryDivisionFileAndCompletes() {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution read = this.execution.getStepExecutions().iterator().next();
		assertThat(read.getReadCount()).isEqualTo(5);
		assertThat(read.getWriteCount()).isEqualTo(5);
		assertThat(read.getSkipCount()).isZero();
		RunTotals totals = RunTotals.load(this.execution.getExecutionContext());
		assertThat(totals.errors()).isZero();
		assertThat(totals.warnings()).as("the seed's own contradictions: EIT-7.3 in 5 files, OIT-10.2 in 2")
			.isEqualTo(7);
		assertThat(totals.rowsRead()).isEqualTo(totals.rowsAccepted() + totals.rowsRejected());
		assertThat(totals.rowsAccepted()).isEqualTo(SeedData.reports().size() + SampleRisks.risks().size());
	}

	@Test
	void leavesTheInputFilesUntouched() throws Exception {
		assertThat(Fixtures.hashes(this.input)).isEqualTo(this.inputsBefore);
	}

	@Test
	void printsTheSeedTitleAndPreparerUnderThePlansReportDate() throws Exception {
		List<List<String>> rows = reportRows();
		assertThat(rows.get(0).get(0)).isEqualTo("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส");
		assertThat(rows.get(1).get(0)).isEqualTo(
				"ขององค์การบริหารส่วนตำบลขามสะแกแสง อำเภอขามสะแกแสง จังหวัดนครราชสีมา ประจำปีงบประมาณ พ.ศ. ๒๕๖๖");
		assertThat(rows.get(2).get(0)).isEqualTo("รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)");
		int signature = OutputWorkbook.find(rows, 0, 3, "(นายพศวัฒน์ หวังกลาง)").orElseThrow();
		assertThat(rows.get(signature - 1).get(3)).contains("ผู้จัดทำ");
		assertThat(rows.get(signature + 1).get(3)).isEqualTo("นิติกรปฏิบัติการ");
		assertThat(rows.get(signature - 3).get(3)).isEqualTo("ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๖");
	}

	@Test
	void printsTheTableHeaderOnTwoRowsRepeatedOnEveryPage() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			List<List<String>> rows = workbook.entries(reportSheet(), COLUMNS);
			int header = OutputWorkbook.find(rows, 0, 3, "ผลการดำเนินการ").orElseThrow();
			assertThat(rows.get(header)).as("the labels broken between their words").containsExactly(
					"ประเด็นที่เป็น\nข้อบกพร่อง/\nจุดอ่อนจาก\nการประเมิน", "แนวทาง\nการนำผล\nการวิเคราะห์\nไปสู่การปฏิบัติ",
					"ผู้รับ\nผิดชอบ", "ผลการดำเนินการ", "", "", "หมายเหตุ");
			assertThat(rows.get(header + 1).subList(3, 6)).as("the labels broken between their words")
				.containsExactly("อยู่ระหว่าง\nดำเนินการ", "ดำเนินการ\nแล้ว", "ยังไม่\nดำเนินการ");
			var sheet = workbook.sheet(reportSheet());
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(header, header, 3, 5));
			assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header + 1, -1, -1));
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getFitToPage()).as("an explicit scale, the same in every program").isFalse();
			assertThat(sheet.getPrintSetup().getScale()).isBetween((short) 50, (short) 100);
		}
	}

	@Test
	void setsThSarabunNew16OnEveryCell() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			var sheet = workbook.sheet(reportSheet());
			for (var row : sheet) {
				for (var cell : row) {
					var font = workbook.workbook().getFontAt(cell.getCellStyle().getFontIndex());
					assertThat(font.getFontName()).as(cell.getAddress().formatAsString()).isEqualTo("TH Sarabun New");
					assertThat(font.getFontHeightInPoints()).isEqualTo((short) 16);
					if (!cell.getStringCellValue().isEmpty() && row.getRowNum() > 3) {
						assertThat(cell.getCellStyle().getWrapText()).as(cell.getAddress().formatAsString()).isTrue();
					}
				}
			}
		}
	}

	@Test
	void printsEverySeedMeasureUnderItsToolAndIndicatorWithTheResultInItsStateColumn() throws Exception {
		Plan plan = SeedData.plan();
		List<List<String>> rows = reportRows();
		Map<String, ProgressState> states = new java.util.HashMap<>();
		Map<String, String> results = new java.util.HashMap<>();
		SeedData.reports().forEach((report) -> {
			states.put(report.measureId(), report.state());
			results.put(report.measureId(), report.result());
		});
		String[] sections = { "๑. ด้าน IIT", "๒. ด้าน EIT", "๓. ด้าน OIT" };
		int position = 0;
		for (Indicator indicator : plan.indicators()) {
			int section = OutputWorkbook.find(rows, 0, 0, sections[indicator.tool().ordinal()]).orElseThrow();
			int heading = OutputWorkbook.find(rows, position, 0,
					"ตัวชี้วัดที่ " + Digits.THAI.format(indicator.number()) + " " + indicator.name()).orElseThrow();
			assertThat(heading).isGreaterThan(section);
			assertThat(rows.get(heading + 1).get(0).strip()).isEqualTo(indicator.narrative().split("\n")[0]);
			position = heading;
			int number = 0;
			for (Measure measure : plan.measures()) {
				if (measure.indicator() != indicator.number()) {
					continue;
				}
				String prefix = Digits.THAI.format(++number) + ". ";
				int row = OutputWorkbook.find(rows, position, 0, prefix + measure.weakness()).orElseThrow(
						() -> new AssertionError("measure " + measure.id() + " not printed under its indicator"));
				List<String> cells = rows.get(row);
				assertThat(cells.get(1)).isEqualTo(prefix + measure.guideline());
				assertThat(cells.get(2)).isEqualTo(measure.responsible());
				int stateColumn = 3 + states.get(measure.id()).ordinal();
				for (int column = 3; column <= 5; column++) {
					assertThat(cells.get(column)).as(measure.id() + " column " + column)
						.isEqualTo((column == stateColumn) ? results.get(measure.id()) : "");
				}
				position = row;
			}
		}
		long printed = rows.stream().filter(SeedReportTests::isMeasureRow).count();
		assertThat(printed).isEqualTo(17);
		assertThat(OutputWorkbook.find(rows, 0, 0, "การใช้ทรัพย์สินของทางราชการ")).isPresent();
		assertThat(OutputWorkbook.find(rows, 0, 0, "การแก้ปัญหาการทุจริต")).isPresent();
	}

	@Test
	void countsThirteenDoneAndFourInProgressAsTheSeedDoes() throws Exception {
		List<List<String>> rows = reportRows();
		long inProgress = rows.stream().filter(SeedReportTests::isMeasureRow)
			.filter((cells) -> !cells.get(3).isEmpty()).count();
		long done = rows.stream().filter(SeedReportTests::isMeasureRow)
			.filter((cells) -> !cells.get(4).isEmpty()).count();
		assertThat(inProgress).isEqualTo(4);
		assertThat(done).isEqualTo(13);
	}

	@Test
	void listsEveryDivisionOnTheSubmissionsSheetWithItsRows() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			List<List<String>> rows = workbook.rows(MergeOutputs.SUBMISSIONS_SHEET, 7);
			assertThat(rows).hasSize(1 + 5);
			assertThat(rows.subList(1, 6)).extracting((cells) -> cells.get(0)).containsExactly("สำนักปลัด", "กองคลัง",
					"กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "หน่วยตรวจสอบภายใน");
			for (List<String> cells : rows.subList(1, 6)) {
				assertThat(Integer.parseInt(cells.get(3)))
					.isEqualTo(Integer.parseInt(cells.get(4)) + Integer.parseInt(cells.get(5)));
				assertThat(cells.get(6)).isEqualTo("นำมารวมแล้ว");
			}
		}
	}

	@Test
	void registersOneRowPerMeasurePerReportingDivisionWithItsSource() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			List<List<String>> rows = workbook.rows(MeasureOutputs.REGISTER_SHEET, 12);
			assertThat(rows).hasSize(1 + SeedData.reports().size());
			List<String> first = rows.get(1);
			assertThat(first.get(0)).isEqualTo("IIT-4.1");
			assertThat(first.get(4)).isEqualTo("กองคลัง");
			assertThat(first.get(5)).isEqualTo("อยู่ระหว่างดำเนินการ");
			assertThat(first.get(9)).isEqualTo("ita-2566-รอบ1-กองคลัง.xlsx");
			assertThat(first.get(10)).isEqualTo("ผลการดำเนินการ");
			assertThat(first.get(11)).matches("H\\d+");
		}
	}

	/** A numbered measure row: weakness and guideline both start with the row's number. */
	private static boolean isMeasureRow(List<String> cells) {
		return cells.get(0).matches("^[๐-๙]+\\. .*") && cells.get(1).matches("^[๐-๙]+\\. .*");
	}

	private String reportSheet() {
		return MeasureOutputs.reportSheetName(SeedData.plan(), Digits.THAI);
	}

	private Path workbookFile() {
		return this.output.resolve("ita-2566-round1.xlsx");
	}

	private List<List<String>> reportRows() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			return workbook.entries(reportSheet(), COLUMNS);
		}
	}

}
