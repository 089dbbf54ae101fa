package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
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
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.FollowUpStatus;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.ScaleLevel;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.risk.RiskSheet;
import th.ita.merge.samples.SampleRisks.Risk;
import th.ita.merge.samples.SeedData;
import th.ita.merge.samples.TemplateFiller;
import th.ita.merge.value.Digits;

/**
 * An office with its own risk settings (three categories of its own, other level names, bands
 * ต่ำ 1–4, กลาง 5–9, สูง 10–16, วิกฤต 17–25) gets them everywhere: the plan reader reads them, the
 * template offers them, the merge validates by them, and the register, heat map and report show
 * them.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:custom-risk;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomRiskSettingsTests {

	private static final List<String> CATEGORIES = List.of("ความเสี่ยงด้านการอนุญาตและบริการ", "ความเสี่ยงด้านการเงินและพัสดุ",
			"ความเสี่ยงด้านบุคลากร");

	private static final RiskSettings CUSTOM = new RiskSettings(CATEGORIES,
			levels("แทบไม่เกิด", "เกิดยาก", "อาจเกิด", "มักเกิด", "เกิดแน่"),
			levels("เล็กน้อย", "พอควร", "มาก", "รุนแรง", "ร้ายแรงมาก"),
			List.of(new RiskBand("ต่ำ", "00B050", 1, 4, false), new RiskBand("กลาง", "FFFF00", 5, 9, false),
					new RiskBand("สูง", "FFC000", 10, 16, true), new RiskBand("วิกฤต", "C00000", 17, 25, true)),
			List.of(new FollowUpStatus("ควบคุมได้", "00B050", "ยังไม่เกิด"),
					new FollowUpStatus("ควบคุมไม่ได้", "FF0000", "เกิดแล้วและยังควบคุมไม่ได้")));

	/** Scores 4 (ต่ำ here, ปานกลาง by default), 9 (กลาง: no measure needed, unlike สูง by default), 20 (วิกฤต). */
	private static final List<Risk> RISKS = List.of(
			new Risk("FINANCE", 2, "การเบิกจ่ายเงิน", "เบิกจ่ายซ้ำซ้อน", "", "ตรวจฎีกา", 2, 2, "", "", "", "ควบคุมได้"),
			new Risk("FINANCE", 1, "การออกใบเสร็จ", "ไม่ออกใบเสร็จรับเงิน", "", "", 3, 3, "", "", "", "ควบคุมได้"),
			new Risk("FINANCE", 3, "การสอบคัดเลือก", "เอื้อประโยชน์แก่ผู้สมัคร", "", "", 5, 4, "เปิดเผยผลคะแนน", "กองคลัง",
					"ทั้งปี", "ควบคุมไม่ได้"));

	@Autowired
	private JobOperatorTestUtils jobOperator;

	/** The merge job is the one these tests run (the roll-up's is in the context too). */
	@Autowired
	void runTheMergeJob(JobOperatorTestUtils jobs, @Qualifier("mergeJob") Job mergeJob) {
		jobs.setJob(mergeJob);
	}

	@TempDir
	private static Path work;

	private Plan plan;

	private Path template;

	private JobExecution execution;

	@BeforeAll
	void mergeAFileOfAnOfficeWithItsOwnSettings() throws Exception {
		Plan seed = SeedData.plan();
		Path input = Files.createDirectories(work.resolve("input"));
		PlanWriter.write(new Plan(seed.organization(), seed.period(), seed.signOff(), seed.divisions(),
				seed.indicators(), seed.measures(), CUSTOM), input.resolve("plan.xlsx"));
		this.plan = PlanReader.read(input.resolve("plan.xlsx"));
		Division finance = this.plan.division("FINANCE").orElseThrow();
		this.template = work.resolve(TemplateGenerator.fileName(this.plan, finance));
		Fixtures.writeTemplate(this.plan, finance, this.template);
		Path filled = input.resolve(TemplateGenerator.fileName(this.plan, finance));
		TemplateFiller.fill(this.template, work.resolve("filled.xlsx"), List.of(), RISKS, CUSTOM);
		try (InputStream in = Files.newInputStream(work.resolve("filled.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			var sheet = workbook.getSheet(RiskSheet.NAME);
			TemplateFiller.setRisk(sheet, 3, RiskColumn.CATEGORY, RiskSettings.defaults().categories().get(0));
			TemplateFiller.setRisk(sheet, 3, RiskColumn.EVENT, "ประเภทตามค่าเริ่มต้นที่แผนนี้ไม่มี");
			TemplateFiller.setRisk(sheet, 3, RiskColumn.LIKELIHOOD, "1");
			TemplateFiller.setRisk(sheet, 3, RiskColumn.IMPACT, "1");
			try (var out = Files.newOutputStream(filled)) {
				workbook.write(out);
			}
		}
		this.execution = this.jobOperator
			.startJob(MergeLauncher.parameters(input, work.resolve("output"), input.resolve("plan.xlsx"), Digits.THAI));
	}

	@Test
	void readsTheOfficesSettingsFromThePlan() {
		assertThat(this.plan.risk()).isEqualTo(CUSTOM);
	}

	@Test
	void offersTheOfficesListsInTheTemplate() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(this.template)) {
			List<List<String>> lists = workbook.rows(RiskSheet.LISTS_SHEET, 6);
			assertThat(lists.subList(0, 3)).extracting((row) -> row.get(0)).containsExactlyElementsOf(CATEGORIES);
			assertThat(lists).extracting((row) -> row.get(1)).startsWith("๑ แทบไม่เกิด", "๒ เกิดยาก");
			assertThat(lists.subList(0, 4)).extracting((row) -> row.get(4)).containsExactly("ต่ำ", "กลาง", "สูง", "วิกฤต");
			assertThat(lists.subList(0, 4)).extracting((row) -> row.get(3)).containsExactly("1", "5", "10", "17");
			var formatting = workbook.sheet(RiskSheet.NAME).getSheetConditionalFormatting();
			assertThat(formatting.getNumConditionalFormattings()).isEqualTo(CUSTOM.bands().size() + 2);
		}
	}

	@Test
	void validatesByTheOfficesCategoriesAndBands() throws Exception {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<String> log = Files.readAllLines(work.resolve("output").resolve("ita-2566-round1-errors.csv"));
		assertThat(log).filteredOn((line) -> line.contains(RiskSheet.NAME))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains(",RISK_CATEGORY_UNKNOWN,").contains(",A9,"));
	}

	@Test
	void registersLevelsByTheOfficesBands() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(output())) {
			List<List<String>> rows = workbook.rows(RiskOutputs.REGISTER_SHEET, 19);
			assertThat(rows.subList(1, rows.size())).extracting((row) -> row.get(9), (row) -> row.get(10),
					(row) -> row.get(2))
				.containsExactly(org.assertj.core.groups.Tuple.tuple("20", "วิกฤต", CATEGORIES.get(2)),
						org.assertj.core.groups.Tuple.tuple("9", "กลาง", CATEGORIES.get(0)),
						org.assertj.core.groups.Tuple.tuple("4", "ต่ำ", CATEGORIES.get(1)),
						org.assertj.core.groups.Tuple.tuple("", "ไม่นับ", RiskSettings.defaults().categories().get(0)));
			assertThat(rows.get(4).get(18)).as("why the risk of a category this plan lacks is not counted")
				.startsWith("ไม่นับ: ").contains(RiskSettings.defaults().categories().get(0));
		}
	}

	@Test
	void drawsTheHeatMapInTheOfficesBands() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(output())) {
			List<List<String>> rows = workbook.rows(RiskOutputs.HEAT_MAP_SHEET, 14);
			int top = OutputWorkbook.find(rows, 0, 1, "๕ เกิดแน่").orElseThrow();
			var sheet = workbook.sheet(RiskOutputs.HEAT_MAP_SHEET);
			var cell = sheet.getRow(top).getCell(1 + 4);
			assertThat(((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getARGBHex()).endsWith("C00000");
			assertThat(rows.get(top).get(1 + 4)).isEqualTo("๑");
			int header = OutputWorkbook.find(rows, 0, 8, "ประเภทความเสี่ยง").orElseThrow();
			assertThat(rows.get(header).subList(9, 14)).containsExactly("ต่ำ", "กลาง", "สูง", "วิกฤต", "รวม");
			assertThat(OutputWorkbook.find(rows, 0, 8, CATEGORIES.get(2))).isPresent();
		}
	}

	@Test
	void reportsUnderTheOfficesCategories() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(output())) {
			List<List<String>> rows = workbook.entries(RiskOutputs.REPORT_SHEET, 11);
			for (int c = 0; c < CATEGORIES.size(); c++) {
				assertThat(OutputWorkbook.find(rows, 0, 0, Digits.THAI.format(c + 1) + ". " + CATEGORIES.get(c)))
					.isPresent();
			}
			assertThat(OutputWorkbook.find(rows, 0, 0, "๔. " + RiskSettings.defaults().categories().get(3))).isEmpty();
			assertThat(rows.get(2).get(0)).isEqualTo("ความเสี่ยงที่ส่งมา ๔ รายการ นับ ๓ รายการ ไม่นับ ๑ รายการ"
					+ "เพราะข้อมูลไม่ครบหรือไม่ถูกต้อง (ดูเหตุผลในชีตทะเบียนความเสี่ยงการทุจริต): ระดับวิกฤต ๑ ระดับสูง ๐ ระดับกลาง ๑ ระดับต่ำ ๑");
			int notCounted = OutputWorkbook.find(rows, 0, 0, "ความเสี่ยงที่ส่งมาแต่ไม่นำมาประเมิน เพราะข้อมูลไม่ครบหรือไม่ถูกต้อง")
				.orElseThrow();
			assertThat(rows.get(notCounted + 1).subList(0, 3)).satisfies((cells) -> {
				assertThat(cells.get(0)).isEqualTo("๑");
				assertThat(cells.get(1)).isEqualTo("ประเภทตามค่าเริ่มต้นที่แผนนี้ไม่มี\n(กองคลัง)");
				assertThat(cells.get(2)).contains(RiskSettings.defaults().categories().get(0));
			});
		}
	}

	private Path output() {
		return work.resolve("output").resolve("ita-2566-round1.xlsx");
	}

	private static List<ScaleLevel> levels(String... names) {
		return java.util.stream.IntStream.range(0, names.length)
			.mapToObj((i) -> new ScaleLevel(i + 1, names[i], "คำอธิบายระดับ " + (i + 1)))
			.toList();
	}

}
