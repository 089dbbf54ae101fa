package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputDocument;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.measure.Movement;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskSheet;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;
import th.ita.merge.samples.TemplateFiller;

/**
 * From round 1 to round 2 as an office goes: the samples merged as round 1; round 2's plan with
 * one measure added; round 2's templates made with {@code --previous} come pre-filled with what
 * each division reported in round 1; the divisions move some measures forward, one back, and fill
 * the added one; round 2's merge finds round 1 in the output folder and its change sheet marks each
 * measure as the two workbooks say; the report document sums up the movement per tool.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundToRoundTests {

	private static final String ADDED = "IIT-4.9";

	/** Measures in progress in round 1 that round 2 reports done, picked from the samples. */
	private final List<String> movedForward = new ArrayList<>();

	private String movedBack;

	/** The event of the risk whose likelihood and impact round 2 lowers to 1. */
	private String lowered;

	@TempDir
	private static Path work;

	private Path output;

	private Path round2Input;

	private Plan round2;

	@BeforeAll
	void roundOneThenRoundTwo() throws Exception {
		Path round1Input = Fixtures.copySamples(work.resolve("round1"));
		this.output = work.resolve("output");
		assertThat(ItaMergeCommand.execute("merge", "--input", round1Input.toString(), "--output", this.output.toString()))
			.isIn(0, 2);
		Plan plan = SeedData.plan();
		Measure model = plan.measures().get(0);
		List<Measure> measures = new ArrayList<>(plan.measures());
		measures.add(new Measure(ADDED, model.tool(), model.indicator(), model.topic(), "ประเด็นที่เพิ่มในรอบ ๑๒ เดือน",
				model.guideline(), model.responsible(), model.units()));
		this.round2 = new Plan(plan.organization(), new ReportingPeriod(2566, 2), plan.signOff(), plan.divisions(),
				plan.indicators(), measures, plan.risk());
		this.round2Input = Files.createDirectories(work.resolve("round2"));
		PlanWriter.write(this.round2, this.round2Input.resolve("plan.xlsx"));
		assertThat(ItaMergeCommand.execute("templates", "--input", this.round2Input.toString(), "--output",
				this.output.toString(), "--previous", round1().toString())).isZero();
	}

	private Path round1() {
		return this.output.resolve("ita-2566-round1.xlsx");
	}

	private Path template(Division division) {
		return this.output.resolve("templates").resolve(TemplateGenerator.fileName(this.round2, division));
	}

	@Test
	void roundTwoTemplatesComePreFilledWithEachDivisionsRoundOneAnswers() throws Exception {
		DataFormatter text = new DataFormatter();
		for (Division division : this.round2.divisions()) {
			try (InputStream in = Files.newInputStream(template(division)); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				Sheet sheet = workbook.getSheet(MeasureSheet.NAME);
				assertThat(text.formatCellValue(sheet.getRow(3).getCell(0))).contains("กรอกไว้ให้แล้ว")
					.contains("รอบ ๖ เดือน");
				for (Measure measure : this.round2.measuresOf(division)) {
					Row row = TemplateFiller.rowOf(sheet, measure.id());
					Optional<SeedData.Report> before = SeedData.reports().stream()
						.filter((report) -> report.measureId().equals(measure.id())
								&& report.divisionCode().equals(division.code()))
						.findFirst();
					List<String> cells = List.of(text.formatCellValue(row.getCell(MeasureColumn.STATE.ordinal())),
							text.formatCellValue(row.getCell(MeasureColumn.RESULT.ordinal())),
							text.formatCellValue(row.getCell(MeasureColumn.REMARK.ordinal())),
							text.formatCellValue(row.getCell(MeasureColumn.EVIDENCE.ordinal())));
					if (measure.id().equals(ADDED) || before.isEmpty()) {
						assertThat(cells).as(division.name() + " " + measure.id()).containsOnly("");
					}
					else {
						assertThat(cells).as(division.name() + " " + measure.id()).containsExactly(before.get().state().thai(),
								before.get().result(), before.get().remark(), before.get().evidenceLink());
					}
					assertThat(row.getCell(MeasureColumn.STATE.ordinal()).getCellStyle().getLocked()).isFalse();
				}
			}
		}
	}

	@Test
	void roundTwoTemplatesComePreFilledWithTheRisksEachDivisionSentInRoundOne() throws Exception {
		DataFormatter text = new DataFormatter();
		int prefilled = 0;
		for (Division division : this.round2.divisions()) {
			List<SampleRisks.Risk> sent = SampleRisks.risks().stream()
				.filter((risk) -> risk.divisionCode().equals(division.code()))
				.toList();
			try (InputStream in = Files.newInputStream(template(division)); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				Sheet sheet = workbook.getSheet(RiskSheet.NAME);
				List<String> events = new ArrayList<>();
				for (int index = 0; index < sent.size() + 1; index++) {
					Row row = sheet.getRow(RiskSheet.HEADER_ROW + index);
					events.add(text.formatCellValue(row.getCell(RiskColumn.EVENT.ordinal())));
				}
				assertThat(events.subList(0, sent.size())).as(division.name())
					.containsExactlyInAnyOrderElementsOf(sent.stream().map(SampleRisks.Risk::event).toList());
				assertThat(events.get(sent.size())).as("the row after them is free").isEmpty();
				prefilled += sent.size();
			}
		}
		assertThat(prefilled).isEqualTo(SampleRisks.risks().size());
	}

	@Test
	void roundTwosMergeMarksEveryMeasureAsTheTwoWorkbooksSayAndSumsItUpInTheReport() throws Exception {
		fillRoundTwo();
		Path output2 = this.output;
		assertThat(ItaMergeCommand.execute("merge", "--input", this.round2Input.toString(), "--output", output2.toString()))
			.isIn(0, 2);
		Path round2Workbook = output2.resolve("ita-2566-round2.xlsx");
		PreviousRound then = PreviousRound.read(round1());
		PreviousRound now = PreviousRound.read(round2Workbook);
		List<List<String>> rows;
		try (OutputWorkbook workbook = OutputWorkbook.open(round2Workbook)) {
			rows = workbook.entries("ความเปลี่ยนแปลง", 6);
		}
		int checked = 0;
		for (Measure measure : this.round2.measures()) {
			List<String> row = rows.stream().filter((cells) -> cells.get(0).equals(measure.id())).findFirst().orElseThrow();
			Optional<ProgressState> before = then.stateOf(measure.id());
			Optional<ProgressState> after = now.stateOf(measure.id());
			assertThat(row.subList(3, 6)).as(measure.id()).containsExactly(before.map(ProgressState::thai).orElse("-"),
					after.map(ProgressState::thai).orElse("-"), Movement.of(before, after).thai());
			checked++;
		}
		assertThat(checked).isEqualTo(18);
		assertThat(rows).anySatisfy((row) -> assertThat(row).containsSequence(ADDED).contains(Movement.ADDED.thai()));
		assertThat(rows).anySatisfy((row) -> assertThat(row.get(0)).isEqualTo(this.movedBack))
			.anySatisfy((row) -> assertThat(row).contains(Movement.BACK.thai()));
		for (String forward : this.movedForward) {
			List<String> row = rows.stream().filter((cells) -> cells.get(0).equals(forward)).findFirst().orElseThrow();
			assertThat(row.get(5)).as(forward).isEqualTo(Movement.FORWARD.thai());
		}
		// per division: the two moved forward and the one moved back, each by its one division
		List<List<String>> divisions;
		try (OutputWorkbook workbook = OutputWorkbook.open(round2Workbook)) {
			divisions = workbook.rows("ความเปลี่ยนแปลง", 6).stream()
				.filter((row) -> this.round2.divisions().stream().anyMatch((d) -> d.name().equals(row.get(1))))
				.toList();
		}
		assertThat(divisions).hasSize(this.round2.divisions().size());
		assertThat(divisions.stream().mapToInt((row) -> thaiNumber(row.get(2))).sum()).isEqualTo(2);
		assertThat(divisions.stream().mapToInt((row) -> thaiNumber(row.get(3))).sum()).isEqualTo(1);
		assertThat(divisions.stream().mapToInt((row) -> thaiNumber(row.get(5))).sum()).isEqualTo(1);
		// the risks came back as sent, but one whose likelihood กองคลัง lowered
		assertThat(rows).anySatisfy((row) -> assertThat(row.get(0))
			.startsWith("ความเสี่ยงการทุจริต: ระดับที่เปลี่ยน ๑ รายการ ความเสี่ยงใหม่ ๐ รายการ ปิดแล้ว (ไม่ได้ประเมินในรอบนี้) ๐ รายการ"));
		assertThat(rows).anySatisfy((row) -> assertThat(row.get(1)).isEqualTo(this.lowered)
			.satisfies((event) -> assertThat(row.get(5)).isEqualTo("ระดับเปลี่ยน")));
		OutputDocument report = OutputDocument.open(output2.resolve("ita-2566-round2-report.docx"));
		assertThat(report.outline()).filteredOn((line) -> line.startsWith("เทียบกับรอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖: "))
			.hasSize(3);
	}

	@Test
	void refusesAsPreviousARoundThatIsNotEarlier() throws Exception {
		Path samples = Fixtures.copySamples(work.resolve("again"));
		int status = ItaMergeCommand.execute("templates", "--input", samples.toString(), "--output",
				work.resolve("again-out").toString(), "--previous", round1().toString());
		assertThat(status).isEqualTo(1);
		assertThat(Files.exists(work.resolve("again-out").resolve("templates"))).isFalse();
	}

	private static int thaiNumber(String text) {
		return Integer.parseInt(text.chars().map((c) -> (c >= 0x0E50 && c <= 0x0E59) ? c - 0x0E50 + 48 : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
	}

	/**
	 * The divisions' round-2 answers: their pre-filled templates as they are, but for two measures
	 * moved forward, one moved back and the added one filled in.
	 */
	private void fillRoundTwo() throws Exception {
		PreviousRound then = PreviousRound.read(round1());
		for (Division division : this.round2.divisions()) {
			Path file = this.round2Input.resolve(template(division).getFileName());
			Files.copy(template(division), file);
			if (division.name().equals("กองคลัง")) {
				WorkbookEdits.edit(file, (workbook) -> {
					Sheet risks = workbook.getSheet(RiskSheet.NAME);
					this.lowered = new DataFormatter().formatCellValue(
							risks.getRow(RiskSheet.HEADER_ROW).getCell(RiskColumn.EVENT.ordinal()));
					TemplateFiller.setRisk(risks, 0, RiskColumn.LIKELIHOOD, "");
					risks.getRow(RiskSheet.HEADER_ROW).getCell(RiskColumn.LIKELIHOOD.ordinal()).setCellValue(1);
					risks.getRow(RiskSheet.HEADER_ROW).getCell(RiskColumn.IMPACT.ordinal()).setCellValue(1);
				});
			}
			for (Measure measure : this.round2.measuresOf(division)) {
				Optional<ProgressState> state = then.stateOf(measure.id());
				if (measure.id().equals(ADDED)) {
					WorkbookEdits.setMeasureCell(file, ADDED, MeasureColumn.STATE, ProgressState.IN_PROGRESS.thai());
					WorkbookEdits.setMeasureCell(file, ADDED, MeasureColumn.RESULT, "เริ่มดำเนินการในรอบ ๑๒ เดือน");
				}
				else if (state.isPresent() && state.get() == ProgressState.IN_PROGRESS && this.movedForward.size() < 2
						&& this.round2.divisionsResponsibleFor(measure).size() == 1) {
					WorkbookEdits.setMeasureCell(file, measure.id(), MeasureColumn.STATE, ProgressState.DONE.thai());
					this.movedForward.add(measure.id());
				}
				else if (state.isPresent() && state.get() == ProgressState.DONE && this.movedBack == null
						&& this.round2.divisionsResponsibleFor(measure).size() == 1) {
					WorkbookEdits.setMeasureCell(file, measure.id(), MeasureColumn.STATE, ProgressState.IN_PROGRESS.thai());
					this.movedBack = measure.id();
				}
			}
		}
		assertThat(this.movedForward).hasSize(2);
		assertThat(this.movedBack).isNotNull();
	}

}
