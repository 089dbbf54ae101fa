package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
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
import th.ita.merge.OutputDocument;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskScore;
import th.ita.merge.risk.RiskSheet;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;
import th.ita.merge.samples.TemplateFiller;
import th.ita.merge.value.Digits;

/**
 * The merge of {@code samples/}, with one risk กองคลัง sent without its category, writes the
 * corruption-risk assessment report as a Word document: read back with XWPF, it holds every
 * accepted risk under its category with its level in its band's colour, the 5×5 matrix, the risk
 * not counted with why, and the preparer's signature block.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:risk-document;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskReportDocumentTests {

	private static final RiskSettings SETTINGS = RiskSettings.defaults();

	private static final String NOT_COUNTED = "ยืมครุภัณฑ์ไปใช้ที่บ้านโดยไม่บันทึก";

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

	private OutputDocument report;

	@BeforeAll
	void mergeTheSamplesWithARiskThatCannotBeCounted() throws Exception {
		Path input = Fixtures.copySamples(work.resolve("input"));
		Path output = work.resolve("output");
		WorkbookEdits.edit(input.resolve("ita-2566-รอบ1-กองคลัง.xlsx"), (workbook) -> {
			var sheet = workbook.getSheet(RiskSheet.NAME);
			TemplateFiller.setRisk(sheet, 5, RiskColumn.EVENT, NOT_COUNTED);
			TemplateFiller.setRisk(sheet, 5, RiskColumn.LIKELIHOOD, "2");
			TemplateFiller.setRisk(sheet, 5, RiskColumn.IMPACT, "2");
		});
		this.execution = this.jobOperator
			.startJob(MergeLauncher.parameters(input, output, input.resolve("plan.xlsx"), Digits.THAI));
		this.report = OutputDocument.open(output.resolve("ita-2566-round1-risk-report.docx"));
	}

	@AfterAll
	void close() throws Exception {
		this.report.close();
	}

	@Test
	void titlesTheReportWithTheOrganizationYearAndHowManyRisksWereCounted() {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.report.outline().subList(0, 3)).containsExactly("รายงานผลการประเมินความเสี่ยงการทุจริต",
				"ขององค์การบริหารส่วนตำบลขามสะแกแสง อำเภอขามสะแกแสง จังหวัดนครราชสีมา ประจำปีงบประมาณ พ.ศ.\u00A0๒๕๖๖",
				"ความเสี่ยงที่ส่งมา ๑๖ รายการ นับ ๑๕ รายการ ไม่นับ ๑ รายการเพราะข้อมูลไม่ครบหรือไม่ถูกต้อง");
	}

	@Test
	void printsEveryRiskUnderItsCategoryWithItsAssessmentLevelColourMeasureOwnerAndTimeline() {
		List<String> outline = this.report.outline();
		for (int c = 0; c < SETTINGS.categories().size(); c++) {
			String heading = Digits.THAI.format(c + 1) + ". " + SETTINGS.categories().get(c);
			int at = outline.indexOf(heading);
			assertThat(at).as(heading).isPositive();
			assertThat(outline.get(at + 1)).isEqualTo("[table]");
			XWPFTable table = tableAfter(at);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(1).isRepeatHeader()).isTrue();
			int category = c + 1;
			List<SampleRisks.Risk> risks = SampleRisks.risks().stream().filter((risk) -> risk.category() == category).toList();
			List<XWPFTableRow> rows = table.getRows().subList(2, table.getNumberOfRows());
			assertThat(rows).hasSize(risks.size());
			for (SampleRisks.Risk risk : risks) {
				XWPFTableRow row = rows.stream()
					.filter((candidate) -> OutputDocument.cells(candidate).get(1).startsWith(risk.event() + "\n"))
					.findFirst()
					.orElseThrow(() -> new AssertionError("risk not printed under its category: " + risk.event()));
				List<String> cells = OutputDocument.cells(row);
				RiskScore score = new RiskScore(risk.likelihood(), risk.impact());
				RiskBand band = score.band(SETTINGS);
				assertThat(cells.get(1)).isEqualTo(risk.event() + "\nกระบวนงาน: " + risk.process() + "\n("
						+ SeedData.plan().divisionName(risk.divisionCode()) + ")");
				assertThat(cells.subList(2, 11)).containsExactly(risk.factors(), risk.controls(),
						Digits.THAI.format(risk.likelihood()), Digits.THAI.format(risk.impact()),
						Digits.THAI.format(score.value()), band.name(), risk.measure(), risk.owner(), risk.timeline());
				assertThat(row.getCell(7).getColor()).isEqualTo(band.colour());
			}
		}
	}

	@Test
	void drawsTheFiveByFiveMatrixInTheBandsColoursWithEveryCountedRisk() {
		int at = this.report.outline().indexOf("แผนภูมิความเสี่ยงการทุจริต (โอกาส × ผลกระทบ)");
		XWPFTable matrix = tableAfter(at);
		int total = 0;
		for (int likelihood = 5; likelihood >= 1; likelihood--) {
			XWPFTableRow row = matrix.getRow(5 - likelihood);
			assertThat(row.getCell(1).getText()).startsWith(Digits.THAI.format(likelihood) + " ");
			for (int impact = 1; impact <= 5; impact++) {
				int expected = count(likelihood, impact);
				assertThat(row.getCell(1 + impact).getText()).isEqualTo(Digits.THAI.format(expected));
				assertThat(row.getCell(1 + impact).getColor())
					.isEqualTo(new RiskScore(likelihood, impact).band(SETTINGS).colour());
				total += expected;
			}
		}
		assertThat(total).isEqualTo(SampleRisks.risks().size());
		assertThat(OutputDocument.cells(matrix.getRow(5)).subList(2, 7)).containsExactly("๑ น้อยมาก", "๒ น้อย",
				"๓ ปานกลาง", "๔ สูง", "๕ สูงมาก");
	}

	@Test
	void listsTheRiskSentButNotCountedWithItsDivisionAndWhy() {
		int at = this.report.outline().indexOf("ความเสี่ยงที่ส่งมาแต่ไม่นำมาประเมิน เพราะข้อมูลไม่ครบหรือไม่ถูกต้อง");
		XWPFTable table = tableAfter(at);
		assertThat(table.getNumberOfRows()).isEqualTo(2);
		List<String> cells = OutputDocument.cells(table.getRow(1));
		assertThat(cells.subList(0, 3)).containsExactly("๑", "กองคลัง", NOT_COUNTED);
		assertThat(cells.get(3)).contains("ประเภทความเสี่ยง");
	}

	@Test
	void setsTheThaiFontSizeWeightAndLanguageOnEveryRunInItsComplexScriptSlots() {
		assertThat(this.report.runsNotInThai(14, 16)).isEmpty();
	}

	@Test
	void keepsTheSignaturesOnThePageOfTheTableRowAboveThem() {
		assertThat(this.report.signaturesKeptWithTheTableAbove()).isTrue();
	}

	@Test
	void endsWithThePreparersSignatureBlock() {
		List<String> outline = this.report.outline();
		assertThat(outline.subList(outline.size() - 3, outline.size())).containsExactly(
				"(ลงชื่อ)......................................................ผู้จัดทำ", "(นายพศวัฒน์ หวังกลาง)",
				"นิติกรปฏิบัติการ");
	}

	private XWPFTable tableAfter(int paragraph) {
		assertThat(paragraph).isPositive();
		return (XWPFTable) this.report.body().get(paragraph + 1);
	}

	/** How many sample risks have this likelihood and impact. */
	private static int count(int likelihood, int impact) {
		return (int) SampleRisks.risks()
			.stream()
			.filter((risk) -> risk.likelihood() == likelihood && risk.impact() == impact)
			.count();
	}

}
