package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.merge.HostileMerge.Logged;
import th.ita.merge.merge.HostileMerge.Registers;
import th.ita.merge.merge.HostileMerge.Run;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.problem.Severity;
import th.ita.merge.xlsx.RawCell;

/**
 * The hostile files the code used to answer otherwise than a careful legal officer expects, each
 * with what it expects (the table of every case is in {@link HostileFileScenarioTests}) and, in its
 * Javadoc, what used to happen: each failed on the code before its fix.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hostile-gaps;DB_CLOSE_DELAY=-1")
class HostileFileAnswerTests {

	private static final String MEASURES = "ผลการดำเนินการ";

	private static final String RISKS = "ความเสี่ยงการทุจริต";

	private static final String SAMPLE_WARNING = "RESULT_CONTRADICTS_STATE " + MEASURES + "!H11";

	private static WebListener web;

	@Autowired
	private JobOperatorTestUtils jobs;

	/** The merge job is the one these tests run (the roll-up's is in the context too). */
	@Autowired
	void runTheMergeJob(JobOperatorTestUtils jobs, @Qualifier("mergeJob") Job mergeJob) {
		jobs.setJob(mergeJob);
	}

	@TempDir
	private Path work;

	@BeforeAll
	static void listen() throws Exception {
		web = WebListener.start();
	}

	@AfterAll
	static void stopListening() {
		web.close();
	}

	/**
	 * Before the fix: refused as ZIP_BOMB ("the file may be dangerous"). Reading the zip as a stream, a stored
	 * entry whose sizes come after its data (as streaming writers and JSZip-based exporters write)
	 * looks to POI's ratio guard like an endless expansion; the central directory has the sizes.
	 */
	@Test
	void mergesAZipWhoseStoredEntriesHaveDataDescriptors() throws Exception {
		Run run = replacingFinance("storedWithDataDescriptors.xlsx");

		HostileFileScenarioTests.assertMerged(run, "storedWithDataDescriptors.xlsx",
				SampleRows.finance("storedWithDataDescriptors.xlsx"));
		assertThat(HostileFileScenarioTests.problems(run, "storedWithDataDescriptors.xlsx")).containsExactly(SAMPLE_WARNING);
	}

	/**
	 * Before the fix: merged with no problem at all; the text in XFE8, a cell Excel cannot have (it repairs
	 * the file when opening it), is silently dropped.
	 */
	@Test
	void refusesACellPastTheLastColumnNamingIt() throws Exception {
		Run run = replacingFinance("cellPastLastColumn.xlsx");

		assertThat(HostileFileScenarioTests.problems(run, "cellPastLastColumn.xlsx"))
			.contains("FILE_UNREADABLE " + MEASURES + "!XFE8");
		assertNoRowsOf(run, "cellPastLastColumn.xlsx");
	}

	/**
	 * Before the fix: merged. POI skips a core-properties part it may not parse (logging "Unmarshall
	 * operation : IOException for /docProps/core.xml"), and the streaming reader never opens
	 * docProps/app.xml; the feedback copy then fails on the DOCTYPE and is silently not written.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "doctypeInCoreProperties.xlsx", "doctypeInAppProperties.xlsx" })
	void refusesADoctypeInTheDocumentProperties(String fixture) throws Exception {
		Run run = replacingFinance(fixture);

		assertThat(HostileFileScenarioTests.problems(run, fixture)).containsExactly("UNSAFE_XML !");
		assertNoRowsOf(run, fixture);
	}

	/**
	 * Before the fix: FILE_UNREADABLE for the file as a whole, with neither sheet nor cell, after an
	 * IllegalStateException from POI whose message (every shared string of the file) goes to the
	 * technical log.
	 */
	@Test
	void namesTheCellOfASharedStringThatIsNotThere() throws Exception {
		Run run = replacingFinance("sharedStringOutOfRange.xlsx");

		assertThat(run.problemsOf("sharedStringOutOfRange.xlsx")).anySatisfy((problem) -> {
			assertThat(problem.severity()).isEqualTo(Severity.ERROR.code());
			assertThat(problem.sheet() + "!" + problem.cell()).isEqualTo(MEASURES + "!G8");
		});
	}

	/**
	 * Before the fix: merged from the first of the two sheets named ผลการดำเนินการ; the second, which says
	 * every measure was not started, is silently ignored.
	 */
	@Test
	void refusesTwoSheetsOfTheSameName() throws Exception {
		Run run = replacingFinance("twoSheetsSameName.xlsx");

		assertThat(run.problemsOf("twoSheetsSameName.xlsx")).anySatisfy((problem) -> {
			assertThat(problem.severity()).isEqualTo(Severity.ERROR.code());
			assertThat(problem.sheet()).isEqualTo(MEASURES);
		});
		assertNoRowsOf(run, "twoSheetsSameName.xlsx");
	}

	/** Today: STATE_UNKNOWN at G8 says the state found is "1"; Excel shows the cell as TRUE. */
	@Test
	void showsABooleanStateAsExcelShowsIt() throws Exception {
		Run run = replacingFinance("stateAsBoolean.xlsx");

		assertThat(run.problemsOf("stateAsBoolean.xlsx")).filteredOn((problem) -> problem.code() == ProblemCode.STATE_UNKNOWN)
			.singleElement()
			.satisfies((problem) -> {
				assertThat(problem.value()).isEqualTo("TRUE");
				assertThat(problem.message()).contains("\"TRUE\"");
			});
	}

	/**
	 * Before the fix: STATE_UNKNOWN at G8 carries the whole 32,700 characters in a message of 32,824, longer
	 * than a cell holds: the feedback copy fails on it (logged "No feedback copy for
	 * stateVeryLong.xlsx") and is not written, though the errors sheet links to it, and the errors
	 * sheet cuts the message with a note that points at the measures register.
	 */
	@Test
	void writesTheFeedbackCopyOfAStateOfThirtyTwoThousandCharacters() throws Exception {
		Run run = replacingFinance("stateVeryLong.xlsx");

		assertThat(HostileFileScenarioTests.problems(run, "stateVeryLong.xlsx"))
			.containsExactly("STATE_UNKNOWN " + MEASURES + "!G8", SAMPLE_WARNING);
		Logged problem = run.problemsOf("stateVeryLong.xlsx").get(0);
		assertThat(problem.message().length()).as("the message fits a cell").isLessThanOrEqualTo(RawCell.MAX_TEXT);
		try (OutputWorkbook workbook = run.open()) {
			assertThat(workbook.rows(MergeOutputs.ERRORS_SHEET, 9)).anySatisfy((cells) -> assertThat(cells.get(8))
				.isEqualTo(problem.message()));
		}
		HostileFileScenarioTests.assertFeedbackCopyMarks(run, "stateVeryLong.xlsx", "G8");
	}

	/**
	 * Before the fix: the BEL, SOH, BS and ESC characters typed in H8 and I8 are kept, and written into the
	 * register and the report (as _x0007_ and the like), where Excel shows them as boxes or nothing.
	 */
	@Test
	void leavesOutControlCharacters() throws Exception {
		String fixture = "controlAndInvisibleCharacters.xlsx";
		Run run = replacingFinance(fixture);

		String event = HostileMerge.typed(HostileMerge.FINANCE_SAMPLE, RISKS, "C6");
		HostileFileScenarioTests.assertMerged(run, fixture, SampleRows.finance(fixture)
			.with("IIT-5.2", Registers.RESULT, "ดำเนินการตลอดทั้งปีงบประมาณ ✅ 😀 👍🏽 \u202eกลับด้าน\u202c مرحبا שלום")
			.with("IIT-5.2", Registers.REMARK, "หมายเหตุ[31m สีแดง[0m")
			.with("IIT-5.2", Registers.EVIDENCE, "https://www.khamsakaesaeng.go.th/หลักฐาน.pdf")
			.withRisk("C6", Registers.EVENT, event + " 🔥\u202b"));
	}

	/**
	 * Before the fix: the whole run FAILS ("Unable to process chunk"), every division lost: the staging
	 * table holds a risk's status in VARCHAR(1000). Run again, it fails again at the same file.
	 */
	@Test
	void keepsARiskStatusOfOverAThousandCharactersWhole() throws Exception {
		String fixture = HostileFileScenarioTests.FAILS_THE_RUN;
		Run run = replacingFinance(fixture);
		String status = HostileMerge.typed(HostileMerge.FOLDER.resolve(fixture), RISKS, "M6");

		assertThat(status).hasSize(1200);
		HostileFileScenarioTests.assertMerged(run, fixture, SampleRows.finance(fixture).withRisk("C6", Registers.STATUS, status));
		assertThat(HostileFileScenarioTests.problems(run, fixture)).containsExactly(SAMPLE_WARNING,
				"RISK_STATUS_UNKNOWN " + RISKS + "!M6");
	}

	/**
	 * Before the fix: the result typed with {0}, {1} and {value} is merged as typed, but STATE_UNKNOWN at G9,
	 * where "{0}" was typed as the state, reads สถานะ "IIT-5.3" ของมาตรการ "IIT-5.3": the typed {0}
	 * was filled with the measure's id.
	 */
	@Test
	void showsAPlaceholderTypedInAMeasureCellAsTyped() throws Exception {
		String fixture = "placeholdersInMeasureCells.xlsx";
		Run run = replacingFinance(fixture);

		HostileFileScenarioTests.assertMerged(run, fixture, SampleRows.finance(fixture).without("IIT-5.3")
			.with("IIT-5.2", Registers.RESULT, "ดำเนินการตามแผน {0} ครั้ง {1} {value} %s ${user.home} {{0}}"));
		assertThat(run.problemsOf(fixture)).filteredOn((problem) -> problem.code() == ProblemCode.STATE_UNKNOWN)
			.singleElement()
			.satisfies((problem) -> assertThat(problem.message()).startsWith("สถานะ \"{0}\" ของมาตรการ \"IIT-5.3\""));
	}

	/**
	 * Before the fix: RISK_STATUS_UNKNOWN at M6 (status "{0}") shows the risk's event as the status typed,
	 * and RISK_LIKELIHOOD_INVALID at F7 shows the event "แบ่งซื้อแบ่งจ้าง {1} {0} {value}" with its
	 * {1} replaced by the list of likelihood levels.
	 */
	@Test
	void showsPlaceholdersTypedInRiskCellsAsTyped() throws Exception {
		String fixture = "placeholdersInRiskCells.xlsx";
		Run run = replacingFinance(fixture);

		assertThat(run.problemsOf(fixture)).filteredOn((problem) -> problem.code() == ProblemCode.RISK_STATUS_UNKNOWN)
			.singleElement()
			.satisfies((problem) -> assertThat(problem.message()).startsWith("สถานะการติดตาม \"{0}\" ของความเสี่ยง"));
		assertThat(run.problemsOf(fixture)).filteredOn((problem) -> problem.code() == ProblemCode.RISK_LIKELIHOOD_INVALID)
			.singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("\"แบ่งซื้อแบ่งจ้าง {1} {0} {value}\""));
	}

	/**
	 * Before the fix: the file of กองคลัง whose identity sheet was switched to กองช่าง is taken for
	 * กองช่าง's: as the later file it supersedes กองช่าง's real file, so กองช่าง's report is
	 * replaced by กองคลัง's shared measures and risks (only IIT-4.1 and IIT-4.2 are refused, as
	 * MEASURE_NOT_OF_DIVISION).
	 */
	@Test
	void keepsTheRealFileOfTheDivisionAnotherFileClaimsToBe() throws Exception {
		String fixture = "switchedToAnotherDivision.xlsx";
		Run run = HostileMerge.merge(this.jobs, this.work, web, (input) -> {
			Files.delete(input.resolve(HostileMerge.FINANCE));
			Files.setLastModifiedTime(input.resolve(HostileMerge.WORKS), HostileMerge.EARLY);
		}, fixture);

		assertThat(run.problemsOf(HostileMerge.WORKS)).noneSatisfy((problem) -> assertThat(problem.code())
			.isEqualTo(ProblemCode.SUPERSEDED));
		try (OutputWorkbook workbook = run.open()) {
			assertThat(Registers.measures(workbook, HostileMerge.WORKS)).isEqualTo(SampleRows.golden().measures(HostileMerge.WORKS));
			assertThat(Registers.risks(workbook, HostileMerge.WORKS)).isEqualTo(SampleRows.golden().risks(HostileMerge.WORKS));
			assertThat(Registers.measures(workbook, fixture)).isEmpty();
			assertThat(Registers.risks(workbook, fixture)).isEmpty();
		}
		assertThat(run.problemsOf(fixture)).anySatisfy((problem) -> assertThat(problem.severity())
			.isEqualTo(Severity.ERROR.code()));
	}

	/**
	 * Before the fix: merged with no word about its date, and shown on the submissions sheet as saved on
	 * 1 January 2099; whatever the division sends later, this file stays the one "saved last".
	 */
	@Test
	void warnsOfAFileSavedInTheFuture() throws Exception {
		Run run = replacingFinance("savedIn2099.xlsx");

		assertThat(run.problemsOf("savedIn2099.xlsx")).anySatisfy((problem) -> {
			assertThat(problem.severity()).isEqualTo(Severity.WARNING.code());
			assertThat(problem.code()).isNotEqualTo(ProblemCode.RESULT_CONTRADICTS_STATE);
			assertThat(problem.value() + problem.message()).containsAnyOf("2099", "2642", "๒๖๔๒");
		});
	}

	/**
	 * Before the fix: with every fixture in one folder the command prints "รวมไฟล์ไม่สำเร็จ (FAILED): Unable
	 * to process chunk" and exits 1, no file merged: {@link HostileFileScenarioTests#FAILS_THE_RUN}
	 * fails the run. No stack trace is printed.
	 */
	@Test
	void mergesEveryFixtureAtOnceWithoutAStackTrace() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		for (String fixture : HostileMerge.everyFixture()) {
			Files.copy(HostileMerge.FOLDER.resolve(fixture), input.resolve(fixture));
		}
		Map<String, String> before = Fixtures.hashes(input);

		HostileMerge.Console console = HostileMerge.mergeOnTheCommandLine(input, this.work.resolve("output"),
				HostileMerge.EVERY_FIXTURE_TIME_LIMIT);

		HostileMerge.assertNoStackTrace(console);
		assertThat(console.status()).as("merged, some files with errors: " + console.err()).isEqualTo(2);
		assertThat(console.out()).contains("รวม " + (before.size() - 1) + " ไฟล์");
		assertThat(Fixtures.hashes(input)).isEqualTo(before);
	}

	private Run replacingFinance(String fixture) throws Exception {
		return HostileMerge.replacingFinance(this.jobs, this.work, web, fixture);
	}

	private static void assertNoRowsOf(Run run, String fixture) throws Exception {
		try (OutputWorkbook workbook = run.open()) {
			assertThat(Registers.measures(workbook, fixture)).isEmpty();
			assertThat(Registers.risks(workbook, fixture)).isEmpty();
		}
	}

}
