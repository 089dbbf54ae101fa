package th.ita.merge.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import th.ita.merge.Fixtures;
import th.ita.merge.ReadSubmission;
import th.ita.merge.measure.MeasureReport;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;

/**
 * Every broken workbook of {@code src/test/resources/validation} read on its own: the code and
 * the cell it is answered with, and the row accounting that holds for every file.
 */
class SubmissionReaderTests {

	private static final Plan PLAN = SeedData.plan();


	static Stream<BrokenWorkbook> brokenWorkbooks() {
		return BrokenWorkbook.all();
	}

	static Stream<Path> everyFixture() throws IOException {
		try (Stream<Path> files = Files.list(BrokenWorkbook.FOLDER)) {
			List<Path> fixtures = files.filter((file) -> file.getFileName().toString().matches("[^~].*\\.xlsx?")).sorted().toList();
			return Stream.concat(fixtures.stream(), Files.list(Fixtures.SAMPLES).sorted());
		}
	}

	@ParameterizedTest
	@MethodSource("brokenWorkbooks")
	void answersEachBrokenWorkbookWithItsCodeAndCell(BrokenWorkbook broken) {
		ReadSubmission submission = Fixtures.read(PLAN, broken.path());
		assertThat(submission.problems()).as(broken.file())
			.anySatisfy((problem) -> {
				assertThat(problem.code()).isEqualTo(broken.code());
				assertThat(problem.cell()).isEqualTo(broken.cell());
				assertThat(problem.file()).isEqualTo(broken.file());
				assertThat(problem.message()).isNotBlank();
			});
		if (broken.fileLevel()) {
			assertThat(submission.reports()).isEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("everyFixture")
	void accountsForEveryRowReadAsAcceptedOrRejected(Path fixture) {
		ReadSubmission submission = Fixtures.read(PLAN, fixture);
		assertThat(submission.rowsRead()).as("rows read = the rows accepted + rows rejected")
			.isEqualTo(submission.reports().size() + submission.risks().size() + submission.rowsRejected());
		Set<String> rowsWithErrors = new TreeSet<>();
		submission.problems().stream().filter(Problem::isError).filter((problem) -> !problem.cell().isEmpty())
			.forEach((problem) -> rowsWithErrors.add(problem.sheet() + "!" + problem.cell().replaceAll("[A-Z]", "")));
		assertThat(rowsWithErrors).as("one rejected row per row with an error").hasSize(submission.rowsRejected());
	}

	@ParameterizedTest
	@MethodSource("cleanFixtures")
	void acceptsEveryRowOfWorkbooksChangedHarmlessly(String file) {
		ReadSubmission submission = Fixtures.read(PLAN, BrokenWorkbook.FOLDER.resolve(file));
		assertThat(submission.problems()).filteredOn(Problem::isError).isEmpty();
		assertThat(submission.divisionCode()).isNotNull();
		int rows = 7 + (int) SampleRisks.risks().stream().filter((risk) -> risk.divisionCode().equals("FINANCE")).count();
		assertThat(submission.rowsRead()).as("กองคลัง's 7 measures and its risks").isEqualTo(rows);
		assertThat(submission.rowsAccepted()).isEqualTo(rows);
	}

	static Stream<String> cleanFixtures() {
		return BrokenWorkbook.CLEAN.stream();
	}

	@ParameterizedTest
	@MethodSource("hostileFixtures")
	void refusesHostileWorkbooksWithinSeconds(String file) {
		ReadSubmission submission = assertTimeout(Duration.ofSeconds(5),
				() -> Fixtures.read(PLAN, BrokenWorkbook.FOLDER.resolve(file)));
		assertThat(submission.reports()).isEmpty();
		assertThat(submission.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.value()).doesNotContain("root:"));
	}

	static Stream<String> hostileFixtures() {
		return BrokenWorkbook.HOSTILE.stream();
	}

	@Test
	void refusesAFileLargerThanTheCapBeforeOpeningIt() {
		ReadSubmission submission = Fixtures.read(PLAN, Fixtures.SAMPLES.resolve("ita-2566-รอบ1-กองคลัง.xlsx"),
				new InputLimits(DataSize.ofBytes(1_000)));
		assertThat(submission.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo(ProblemCode.FILE_TOO_LARGE));
	}

	@Test
	void readsDatesAsBuddhistEraAndThaiDigitsInMeasureIds() {
		ReadSubmission submission = Fixtures.read(PLAN, BrokenWorkbook.FOLDER.resolve("datesAndThaiDigits.xlsx"));
		assertThat(submission.reports()).anySatisfy((report) -> {
			assertThat(report.measureId()).isEqualTo("IIT-5.2");
			assertThat(report.result()).isEqualTo("15/3/2566");
		});
		assertThat(submission.reports()).extracting(MeasureReport::measureId).contains("IIT-5.4");
		assertThat(submission.reports()).anySatisfy((report) -> assertThat(report.remark()).isEqualTo("รายงานเมื่อ ๑๕ มี.ค. ๒๕๖๖"));
	}

	@Test
	void keepsTextThatContradictsItsStateAsWritten() {
		ReadSubmission submission = Fixtures.read(PLAN, BrokenWorkbook.FOLDER.resolve("resultContradictsState.xlsx"));
		assertThat(submission.reports()).anySatisfy((report) -> {
			assertThat(report.measureId()).isEqualTo("IIT-4.1");
			assertThat(report.state()).isEqualTo(ProgressState.IN_PROGRESS);
			assertThat(report.result()).isEqualTo("ดำเนินการในปีงบประมาณถัดไป");
		});
	}

	@Test
	void readsThePlanFromSamplesAsTheSeedPlan() throws Exception {
		assertThat(PlanReader.read(Fixtures.SAMPLES.resolve("plan.xlsx")).fingerprint()).isEqualTo(PLAN.fingerprint());
	}

}
