package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
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
import th.ita.merge.plan.Division;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.samples.SampleRisks.Risk;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;
import th.ita.merge.value.CellValues;
import th.ita.merge.value.Digits;

/**
 * The default run on {@code samples/} gives the corruption-risk assessment: the real job is run and
 * the register, the heat map and the printable report are read back as the legal officer would
 * check them.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:risk-report;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskAssessmentReportTests {

	private static final RiskSettings SETTINGS = RiskSettings.defaults();

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

	private Path output;

	@BeforeAll
	void mergeTheSamples() throws Exception {
		Path input = Fixtures.copySamples(work.resolve("input"));
		this.output = work.resolve("output");
		this.execution = this.jobOperator
			.startJob(MergeLauncher.parameters(input, this.output, input.resolve("plan.xlsx"), Digits.THAI));
	}

	@Test
	void acceptsEverySampleRiskWithoutErrors() {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		RunTotals totals = RunTotals.load(this.execution.getExecutionContext());
		assertThat(totals.errors()).isZero();
		assertThat(totals.rowsAccepted()).isEqualTo(SeedData.reports().size() + SampleRisks.risks().size());
	}

	@Test
	void registersEveryRiskHighestScoreFirstWithItsBandAndSource() throws Exception {
		List<List<String>> rows = rows(RiskOutputs.REGISTER_SHEET, 18);
		assertThat(rows.get(0).get(4)).isEqualTo("เหตุการณ์ความเสี่ยง");
		List<List<String>> risks = rows.subList(1, rows.size());
		assertThat(risks).hasSize(SampleRisks.risks().size());
		Map<String, String> divisions = SeedData.divisions().stream()
			.collect(Collectors.toMap(Division::code, Division::name));
		for (Risk risk : SampleRisks.risks()) {
			List<String> row = risks.stream().filter((cells) -> cells.get(4).equals(risk.event())).findFirst()
				.orElseThrow(() -> new AssertionError("risk not registered: " + risk.event()));
			int score = Integer.parseInt(row.get(9));
			assertThat(Integer.parseInt(row.get(7))).isEqualTo(risk.likelihood());
			assertThat(Integer.parseInt(row.get(8))).isEqualTo(risk.impact());
			assertThat(score).isEqualTo(risk.likelihood() * risk.impact());
			assertThat(row.get(10)).isEqualTo(SETTINGS.band(score).name());
			assertThat(row.get(1)).isEqualTo(divisions.get(risk.divisionCode()));
			assertThat(row.get(2)).isEqualTo(SETTINGS.categories().get(risk.category() - 1));
			assertThat(row.get(14)).isEqualTo(risk.status());
			assertThat(row.get(15)).startsWith("ita-2566-รอบ1-").endsWith(divisions.get(risk.divisionCode()) + ".xlsx");
			assertThat(row.get(16)).isEqualTo("ความเสี่ยงการทุจริต");
			assertThat(row.get(17)).matches("C\\d+");
		}
		List<Integer> scores = risks.stream().map((cells) -> Integer.parseInt(cells.get(9))).toList();
		assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
	}

	@Test
	void coloursEachLevelInItsBand() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			var sheet = workbook.workbook().getSheet(RiskOutputs.REGISTER_SHEET);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				var level = sheet.getRow(r).getCell(10);
				RiskBand band = SETTINGS.band((int) sheet.getRow(r).getCell(9).getNumericCellValue());
				var style = (org.apache.poi.xssf.usermodel.XSSFCellStyle) level.getCellStyle();
				assertThat(style.getFillForegroundXSSFColor().getARGBHex()).endsWith(band.colour());
			}
		}
	}

	@Test
	void countsEveryRiskInItsHeatMapCell() throws Exception {
		List<List<String>> rows = rows(RiskOutputs.HEAT_MAP_SHEET, 14);
		int total = 0;
		for (int likelihood = 1; likelihood <= 5; likelihood++) {
			String label = Digits.THAI.format(likelihood) + " " + SETTINGS.likelihood().get(likelihood - 1).name();
			int row = OutputWorkbook.find(rows, 0, 1, label).orElseThrow();
			for (int impact = 1; impact <= 5; impact++) {
				int l = likelihood;
				int i = impact;
				long expected = SampleRisks.risks().stream().filter((risk) -> risk.likelihood() == l && risk.impact() == i)
					.count();
				int shown = number(rows.get(row).get(1 + impact));
				assertThat(shown).as("likelihood %d impact %d", l, i).isEqualTo(expected);
				total += shown;
			}
		}
		assertThat(total).isEqualTo(SampleRisks.risks().size());
		assertThat(rows.get(2).get(0)).isEqualTo("จำนวนความเสี่ยงทั้งหมด ๑๕ รายการ");
	}

	@Test
	void coloursTheHeatMapByBandAndPrintsItOnOneA4LandscapePage() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			var sheet = workbook.sheet(RiskOutputs.HEAT_MAP_SHEET);
			List<List<String>> rows = workbook.rows(RiskOutputs.HEAT_MAP_SHEET, 14);
			int top = OutputWorkbook.find(rows, 0, 1, "๕ สูงมาก").orElseThrow();
			for (int likelihood = 5; likelihood >= 1; likelihood--) {
				for (int impact = 1; impact <= 5; impact++) {
					var cell = sheet.getRow(top + 5 - likelihood).getCell(1 + impact);
					var style = (org.apache.poi.xssf.usermodel.XSSFCellStyle) cell.getCellStyle();
					assertThat(style.getFillForegroundXSSFColor().getARGBHex())
						.endsWith(SETTINGS.band(likelihood * impact).colour());
				}
			}
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
		}
	}

	@Test
	void talliesRisksPerCategoryAndPerDivision() throws Exception {
		List<List<String>> rows = rows(RiskOutputs.HEAT_MAP_SHEET, 14);
		for (int c = 0; c < SETTINGS.categories().size(); c++) {
			int category = c + 1;
			int row = OutputWorkbook.find(rows, 0, 8, SETTINGS.categories().get(c)).orElseThrow();
			long expected = SampleRisks.risks().stream().filter((risk) -> risk.category() == category).count();
			assertThat(number(rows.get(row).get(13))).isEqualTo(expected);
			assertThat(expected).isPositive();
		}
		for (Division division : SeedData.divisions()) {
			int row = OutputWorkbook.find(rows, 0, 8, division.name()).orElseThrow();
			assertThat(number(rows.get(row).get(13))).isEqualTo(SampleRisks.of(division.code()).size());
		}
		for (int b = 0; b < SETTINGS.bands().size(); b++) {
			RiskBand band = SETTINGS.bands().get(b);
			long expected = SampleRisks.risks().stream()
				.filter((risk) -> SETTINGS.band(risk.likelihood() * risk.impact()).equals(band)).count();
			assertThat(expected).as("samples cover level " + band.name()).isPositive();
			int total = OutputWorkbook.find(rows, 0, 8, "รวม").orElseThrow();
			assertThat(number(rows.get(total).get(9 + b))).isEqualTo(expected);
		}
	}

	@Test
	void printsTheRiskReportPerCategoryWithTitleAndPreparerUnderThePlansReportDate() throws Exception {
		List<List<String>> rows;
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			rows = workbook.entries(RiskOutputs.REPORT_SHEET, 11);
		}
		assertThat(rows.get(0).get(0)).isEqualTo("รายงานผลการประเมินความเสี่ยงการทุจริต");
		assertThat(rows.get(1).get(0)).isEqualTo(
				"ขององค์การบริหารส่วนตำบลขามสะแกแสง อำเภอขามสะแกแสง จังหวัดนครราชสีมา ประจำปีงบประมาณ พ.ศ. ๒๕๖๖");
		int position = 0;
		for (int c = 0; c < SETTINGS.categories().size(); c++) {
			int heading = OutputWorkbook.find(rows, position, 0,
					Digits.THAI.format(c + 1) + ". " + SETTINGS.categories().get(c)).orElseThrow();
			assertThat(heading).isGreaterThan(position);
			position = heading;
		}
		for (Risk risk : SampleRisks.risks()) {
			// the event's paragraph may end where a row of the entry does, its line break with it
			List<String> row = rows.stream().filter((cells) -> cells.get(1).startsWith(risk.event())).findFirst()
				.orElseThrow(() -> new AssertionError("risk not printed: " + risk.event()));
			assertThat(row.get(0)).matches("[๐-๙]+");
			assertThat(row.get(2)).isEqualTo(risk.factors());
			assertThat(row.get(3)).isEqualTo(risk.controls());
			assertThat(row.get(1)).contains("กระบวนงาน: " + risk.process());
			assertThat(row.subList(4, 8)).containsExactly(Digits.THAI.format(risk.likelihood()),
					Digits.THAI.format(risk.impact()), Digits.THAI.format(risk.likelihood() * risk.impact()),
					SETTINGS.band(risk.likelihood() * risk.impact()).name());
			assertThat(row.subList(8, 11)).containsExactly(risk.measure(), risk.owner(), risk.timeline());
		}
		int signature = OutputWorkbook.find(rows, 0, 7, "(นายพศวัฒน์ หวังกลาง)").orElseThrow();
		assertThat(rows.get(signature - 1).get(7)).contains("ผู้จัดทำ");
		assertThat(rows.get(signature + 1).get(7)).isEqualTo("นิติกรปฏิบัติการ");
		assertThat(rows.get(signature - 3).get(7)).isEqualTo("ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๖");
	}

	@Test
	void printsTheRiskReportOnA4LandscapeInThSarabunNewWithItsHeaderOnEveryPage() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			var sheet = workbook.sheet(RiskOutputs.REPORT_SHEET);
			List<List<String>> rows = workbook.entries(RiskOutputs.REPORT_SHEET, 11);
			int header = OutputWorkbook.find(rows, 0, 4, "การประเมินความเสี่ยง").orElseThrow();
			assertThat(rows.get(header).subList(1, 4)).as("the labels broken between their words")
				.containsExactly("เหตุการณ์\nความเสี่ยง", "ปัจจัยเสี่ยง", "การควบคุม\nที่มีอยู่");
			assertThat(rows.get(header + 1).subList(4, 8)).containsExactly("โอกาส", "ผล\nกระทบ", "คะแนน", "ระดับ");
			assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header + 1, -1, -1));
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			for (var row : sheet) {
				for (var cell : row) {
					var font = workbook.workbook().getFontAt(cell.getCellStyle().getFontIndex());
					assertThat(font.getFontName()).isEqualTo("TH Sarabun New");
					assertThat(font.getFontHeightInPoints()).isEqualTo((short) 16);
				}
			}
		}
	}

	private static int number(String shown) {
		return CellValues.wholeNumber(shown).orElseThrow();
	}

	private Path workbookFile() {
		return this.output.resolve("ita-2566-round1.xlsx");
	}

	private List<List<String>> rows(String sheet, int columns) throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile())) {
			return workbook.rows(sheet, columns);
		}
	}

}
