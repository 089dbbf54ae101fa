package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.merge.plan.PlanLayout.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.carryover.CarryOver;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Organization;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.plan.Tool;
import th.ita.merge.samples.SeedData;

/**
 * {@code plan next} on the samples: FY2566's plan and its consolidated workbook make FY2567's
 * plan, which carries over the four measures still อยู่ระหว่างดำเนินการ with that state beside them,
 * drops the thirteen done, keeps everything else of the plan, and makes templates as it stands. A
 * workbook of another organization or year is refused in one Thai line naming both files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanNextCommandTests {

	private static final List<String> UNFINISHED = List.of("IIT-4.1", "IIT-4.2", "EIT-7.4", "OIT-10.2");

	@TempDir
	private static Path work;

	private Path input;

	private Path consolidated;

	@BeforeAll
	void mergeTheSamples() throws Exception {
		this.input = Fixtures.copySamples(work.resolve("input"));
		Path output = work.resolve("merged");
		assertThat(ItaMergeCommand.execute("merge", "--input", this.input.toString(), "--output", output.toString()))
			.isZero();
		this.consolidated = output.resolve("ita-2566-round1.xlsx");
	}

	@Test
	void carriesTheUnfinishedMeasuresIntoNextYearsPlanWithLastYearsState() throws Exception {
		// given
		Path output = work.resolve("next");

		// when
		ConsoleRun run = ConsoleRun.of("plan", "next", "--previous", this.consolidated.toString(), "--input",
				this.input.toString(), "--output", output.toString());

		// then
		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("plan-2567.xlsx", "มา 4 มาตรการ", "ออก 13 มาตรการ");
		assertThat(run.linesNotInThai()).isEmpty();
		Path plan = output.resolve("plan-2567.xlsx");
		try (OutputWorkbook workbook = OutputWorkbook.open(plan)) {
			List<List<String>> settings = workbook.rows(ORGANIZATION_SHEET, 2);
			assertThat(settings).contains(List.of(FISCAL_YEAR, "2567"), List.of(ROUND, "1"), List.of(REPORT_DATE, ""));
			List<List<String>> rows = workbook.rows(MEASURES_SHEET, MEASURE_HEADERS.size() + 1);
			int header = OutputWorkbook.find(rows, 0, 0, MEASURE_ID).orElseThrow();
			assertThat(rows.get(header).get(MEASURE_HEADERS.size())).isEqualTo(CarryOver.PREVIOUS_STATE_HEADER);
			List<List<String>> measures = rows.subList(header + 1, rows.size());
			assertThat(measures).extracting((row) -> row.get(0)).containsExactlyElementsOf(UNFINISHED);
			assertThat(measures).extracting((row) -> row.get(MEASURE_HEADERS.size()))
				.containsOnly("อยู่ระหว่างดำเนินการ");
		}
		Plan next = PlanReader.read(plan);
		Plan seed = SeedData.plan();
		assertThat(next.period()).isEqualTo(new ReportingPeriod(2567, 1));
		assertThat(next.organization()).isEqualTo(seed.organization());
		assertThat(next.divisions()).isEqualTo(seed.divisions());
		assertThat(next.indicators()).isEqualTo(seed.indicators());
		assertThat(next.risk()).isEqualTo(seed.risk());
		assertThat(next.signOff().preparer()).isEqualTo(seed.signOff().preparer());
		assertThat(next.signOff().reportDate()).isEmpty();
		assertThat(next.measures()).containsExactlyElementsOf(
				seed.measures().stream().filter((measure) -> UNFINISHED.contains(measure.id())).toList());
	}

	@Test
	void templatesAcceptsNextYearsPlanAsItIsWritten() throws Exception {
		// given
		Path output = work.resolve("accepted");
		assertThat(ItaMergeCommand.execute("plan", "next", "--previous", this.consolidated.toString(), "--input",
				this.input.toString(), "--output", output.toString()))
			.isZero();

		// when
		int status = ItaMergeCommand.execute("templates", "--plan", output.resolve("plan-2567.xlsx").toString(),
				"--output", output.toString());

		// then
		assertThat(status).isZero();
		try (Stream<Path> templates = Files.list(output.resolve(TemplatesCommand.FOLDER))) {
			assertThat(templates.map((file) -> file.getFileName().toString()))
				.hasSize(SeedData.divisions().size())
				.allSatisfy((name) -> assertThat(name).startsWith("ita-2567-รอบ1-"));
		}
	}

	@Test
	void carriesOverAMeasureTheConsolidatedWorkbookDoesNotHold() throws Exception {
		// given: a measure added to the plan after the merge
		Plan seed = SeedData.plan();
		List<Measure> measures = new ArrayList<>(seed.measures());
		measures.add(new Measure("OIT-10.8", Tool.OIT, 10, "", "ยังไม่มีช่องทางแจ้งเบาะแส", "เปิดช่องทางแจ้งเบาะแสออนไลน์",
				"งานนิติการ", List.of("งานนิติการ")));
		Path plan = work.resolve("added").resolve("plan.xlsx");
		PlanWriter.write(new Plan(seed.organization(), seed.period(), seed.signOff(), seed.divisions(),
				seed.indicators(), measures, seed.risk()), plan);
		Path output = work.resolve("added-next");

		// when
		int status = ItaMergeCommand.execute("plan", "next", "--previous", this.consolidated.toString(), "--plan",
				plan.toString(), "--output", output.toString());

		// then
		assertThat(status).isZero();
		try (OutputWorkbook workbook = OutputWorkbook.open(output.resolve("plan-2567.xlsx"))) {
			List<List<String>> rows = workbook.rows(MEASURES_SHEET, MEASURE_HEADERS.size() + 1);
			int added = OutputWorkbook.find(rows, 0, 0, "OIT-10.8").orElseThrow();
			assertThat(rows.get(added).get(MEASURE_HEADERS.size())).isEqualTo("ไม่มีผลในรายงานรวมปีก่อน");
		}
	}

	@Test
	void refusesTheConsolidatedWorkbookOfAnotherFiscalYear() throws Exception {
		// given: next year's plan, and this year's workbook given by mistake
		Plan seed = SeedData.plan();
		Path plan = writePlan("later", new Plan(seed.organization(), new ReportingPeriod(2567, 1), seed.signOff(),
				seed.divisions(), seed.indicators(), seed.measures(), seed.risk()));

		// when
		ConsoleRun run = ConsoleRun.of("plan", "next", "--previous", this.consolidated.toString(), "--plan",
				plan.toString(), "--output", work.resolve("later").toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains(this.consolidated.toString(), plan.toString(), "ปีงบประมาณ 2566", "ปีงบประมาณ 2567");
		assertThat(run.showsTechnicalDetails()).isFalse();
		assertThat(work.resolve("later").resolve("plan-2568.xlsx")).doesNotExist();
	}

	@Test
	void refusesTheConsolidatedWorkbookOfAnotherOrganization() throws Exception {
		// given: the plan of the เทศบาล of the same name
		Plan seed = SeedData.plan();
		Path plan = writePlan("other", new Plan(new Organization("เทศบาลตำบลขามสะแกแสง", "ขามสะแกแสง", "นครราชสีมา", ""),
				seed.period(), seed.signOff(), seed.divisions(), seed.indicators(), seed.measures(), seed.risk()));

		// when
		ConsoleRun run = ConsoleRun.of("plan", "next", "--previous", this.consolidated.toString(), "--plan",
				plan.toString(), "--output", work.resolve("other").toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains(this.consolidated.toString(), plan.toString(), "องค์การบริหารส่วนตำบลขามสะแกแสง",
					"เทศบาลตำบลขามสะแกแสง");
		assertThat(run.showsTechnicalDetails()).isFalse();
		assertThat(work.resolve("other").resolve("plan-2567.xlsx")).doesNotExist();
	}

	@Test
	void refusesAFileThatIsNoConsolidatedWorkbook() {
		// when: the plan given as the previous workbook
		ConsoleRun run = ConsoleRun.of("plan", "next", "--previous", this.input.resolve("plan.xlsx").toString(),
				"--input", this.input.toString(), "--output", work.resolve("not").toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement().asString().contains("plan.xlsx").contains("merge");
		assertThat(run.showsTechnicalDetails()).isFalse();
	}

	@Test
	void neverWritesOverThePlanItReads() throws Exception {
		// given: this year's plan saved in the output folder under next year's name
		Path output = Files.createDirectories(work.resolve("same"));
		Path plan = Files.copy(this.input.resolve("plan.xlsx"), output.resolve("plan-2567.xlsx"));
		String before = Fixtures.hashes(output).get("plan-2567.xlsx");

		// when
		ConsoleRun run = ConsoleRun.of("plan", "next", "--previous", this.consolidated.toString(), "--plan",
				plan.toString(), "--output", output.toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement().asString().contains("plan-2567.xlsx").contains("ไม่เขียนทับ");
		assertThat(Fixtures.hashes(output).get("plan-2567.xlsx")).isEqualTo(before);
	}

	private static Path writePlan(String folder, Plan plan) throws Exception {
		Path file = work.resolve(folder + "-plan").resolve("plan.xlsx");
		PlanWriter.write(plan, file);
		return file;
	}

}
