package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.merge.HostileMerge.Registers;
import th.ita.merge.merge.HostileMerge.Run;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.risk.RiskOutputs;

/**
 * The hostile and unusual files of {@code src/test/resources/hostile} (made from กองคลัง's sample
 * by {@code make-hostile-fixtures.py} there), each run through the real merge job among the good
 * samples in place of กองคลัง's own file. Every run is checked by {@link HostileMerge} for what
 * holds whatever the file: done within 30 s, rows accounted for, inputs untouched, nothing leaked,
 * every message in Thai and showing what was typed, every other division merged whole. Each test
 * then checks the answer a careful legal officer expects for its file: merged with the sample's
 * values (every register cell of its 7 measure rows and 4 risk rows compared, with the changes the
 * fixture made), or refused with a Thai problem naming the file, and the sheet and cell where
 * there is one.
 *
 * <p>The cases and the answer each must get. "fixed" marks a case the code used to answer otherwise;
 * its test is in {@link HostileFileAnswerTests}, with what used to happen in its Javadoc.
 *
 * <table>
 * <caption>Hostile files and their expected answers</caption>
 * <tr><th>Case</th><th>Fixture</th><th>Expected</th></tr>
 * <tr><td>zip entries reordered</td><td>zipEntriesReordered.xlsx</td><td>merged</td></tr>
 * <tr><td>zip entries stored uncompressed</td><td>zipEntriesStored.xlsx</td><td>merged</td></tr>
 * <tr><td>data descriptors (deflated, as POI writes every sample; here without their optional signature)</td><td>dataDescriptorsWithoutSignature.xlsx</td><td>merged</td></tr>
 * <tr><td>data descriptors on stored entries</td><td>storedWithDataDescriptors.xlsx</td><td>merged — fixed (it was ZIP_BOMB)</td></tr>
 * <tr><td>zip64</td><td>zip64.xlsx</td><td>merged</td></tr>
 * <tr><td>duplicate entry names</td><td>duplicateEntryNames.xlsx</td><td>FILE_UNREADABLE</td></tr>
 * <tr><td>entry names with {@code ../}</td><td>entryNameTraversal.xlsx</td><td>merged, the entries ignored and never unpacked</td></tr>
 * <tr><td>ZipCrypto-encrypted entries</td><td>zipCryptoEncrypted.xlsx</td><td>FILE_UNREADABLE</td></tr>
 * <tr><td>an executable stub before the zip</td><td>executableStub.xlsx</td><td>NOT_EXCEL</td></tr>
 * <tr><td>.xlsm with a VBA project</td><td>macroEnabled.xlsm</td><td>merged, macros never run</td></tr>
 * <tr><td>.xlsb renamed .xlsx</td><td>xlsbRenamed.xlsx</td><td>FILE_UNREADABLE</td></tr>
 * <tr><td>.ods renamed .xlsx</td><td>odsRenamed.xlsx</td><td>FILE_UNREADABLE</td></tr>
 * <tr><td>CSV renamed .xlsx</td><td>csvRenamed.xlsx</td><td>NOT_EXCEL</td></tr>
 * <tr><td>Word document renamed .xlsx</td><td>wordRenamed.xlsx</td><td>NOT_A_TEMPLATE (NOT_EXCEL would do too)</td></tr>
 * <tr><td>inline strings instead of shared strings</td><td>inlineStrings.xlsx</td><td>merged</td></tr>
 * <tr><td>rich-text runs in the state cell</td><td>richTextState.xlsx</td><td>merged, G8 read as ดำเนินการแล้ว</td></tr>
 * <tr><td>row number 1,048,576</td><td>lastRowOfTheSheet.xlsx</td><td>merged, OIT-10.1 from H1048576</td></tr>
 * <tr><td>cell reference past XFD</td><td>cellPastLastColumn.xlsx</td><td>FILE_UNREADABLE at ผลการดำเนินการ!XFE8 — fixed (it was merged, the cell silently dropped)</td></tr>
 * <tr><td>deeply nested XML (10,000 levels)</td><td>deeplyNestedXml.xlsx</td><td>merged; STATE_MISSING at G6 and its feedback copy</td></tr>
 * <tr><td>DOCTYPE in styles, content types, workbook, workbook relationships</td><td>doctypeIn*.xlsx</td><td>UNSAFE_XML</td></tr>
 * <tr><td>DOCTYPE in docProps/core.xml, docProps/app.xml</td><td>doctypeInCoreProperties.xlsx, doctypeInAppProperties.xlsx</td><td>UNSAFE_XML — fixed (it was merged)</td></tr>
 * <tr><td>external relationships to file:///etc/passwd and http://</td><td>externalRelationships.xlsx</td><td>merged, nothing fetched; STATE_MISSING at G6 and its feedback copy</td></tr>
 * <tr><td>shared-string index out of range</td><td>sharedStringOutOfRange.xlsx</td><td>an error at ผลการดำเนินการ!G8 — fixed (it was FILE_UNREADABLE without sheet or cell)</td></tr>
 * <tr><td>two sheets with the same name</td><td>twoSheetsSameName.xlsx</td><td>an error naming sheet ผลการดำเนินการ — fixed (it was merged from the first)</td></tr>
 * <tr><td>missing styles part</td><td>stylesMissing.xlsx</td><td>merged</td></tr>
 * <tr><td>state as a formula with a cached value</td><td>stateAsFormula.xlsx</td><td>merged, G8 read as ดำเนินการแล้ว</td></tr>
 * <tr><td>state as a boolean</td><td>stateAsBoolean.xlsx</td><td>STATE_UNKNOWN at G8, showing TRUE as Excel does — fixed (it was "1")</td></tr>
 * <tr><td>state 32,700 characters long</td><td>stateVeryLong.xlsx</td><td>STATE_UNKNOWN at G8 with its feedback copy — fixed (it was no feedback copy: the message, which repeats the 32,700 characters, is longer than a cell)</td></tr>
 * <tr><td>a 5 MB result cell</td><td>resultFiveMegabytes.xlsx</td><td>TEXT_TOO_LONG at H9 with its feedback copy</td></tr>
 * <tr><td>control, zero-width, right-to-left and emoji characters</td><td>controlAndInvisibleCharacters.xlsx</td><td>merged, zero-width and control characters removed, the rest kept — fixed (they were kept)</td></tr>
 * <tr><td>CSV-injection text in remark, evidence and risk cells</td><td>csvInjectionText.xlsx</td><td>merged as text; RISK_STATUS_UNKNOWN at M7 logged guarded</td></tr>
 * <tr><td>identity sheet deleted</td><td>identitySheetDeleted.xlsx</td><td>NOT_A_TEMPLATE</td></tr>
 * <tr><td>fingerprint tampered with</td><td>fingerprintTampered.xlsx</td><td>merged with PLAN_CHANGED</td></tr>
 * <tr><td>switched to another division</td><td>switchedToAnotherDivision.xlsx</td><td>refused, กองช่าง's real file still merged — fixed (it was it supersedes กองช่าง's file)</td></tr>
 * <tr><td>saved "in 2099"</td><td>savedIn2099.xlsx</td><td>merged, with a warning that its saved date is in the future</td></tr>
 * <tr><td>same division's file renamed "(ฉบับแก้ไข)"</td><td>sameDivisionRevised (ฉบับแก้ไข).xlsx</td><td>merged from the revision; the first file SUPERSEDED</td></tr>
 * <tr><td>200,000 empty styled rows</td><td>emptyStyledRows.xlsx</td><td>merged; STATE_MISSING at G6 and its feedback copy</td></tr>
 * <tr><td>risk follow-up status over 1,000 characters</td><td>riskStatusTooLong.xlsx</td><td>merged with RISK_STATUS_UNKNOWN at M6, the status kept whole — fixed (it was the whole run fails)</td></tr>
 * <tr><td>{0} typed in a measure result (and state)</td><td>placeholdersInMeasureCells.xlsx</td><td>result merged as typed; STATE_UNKNOWN at G9 showing "{0}" — fixed</td></tr>
 * <tr><td>{0} typed in risk cells</td><td>placeholdersInRiskCells.xlsx</td><td>RISK_STATUS_UNKNOWN at M6 and RISK_LIKELIHOOD_INVALID at F7 showing what was typed — fixed</td></tr>
 * <tr><td>all of them at once, on the command line</td><td>every fixture</td><td>exit status 2, no stack trace — fixed (with riskStatusTooLong.xlsx it was exit 1, nothing merged)</td></tr>
 * </table>
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hostile-files;DB_CLOSE_DELAY=-1")
class HostileFileScenarioTests {

	private static final String MEASURES = "ผลการดำเนินการ";

	private static final String RISKS = "ความเสี่ยงการทุจริต";

	/**
	 * The fixture that fails the whole run today, left out of the run of every fixture at once here;
	 * {@link HostileFileAnswerTests} runs them all.
	 */
	static final String FAILS_THE_RUN = "riskStatusTooLong.xlsx";

	/** The one problem the sample of กองคลัง has itself: a result that reads like another state. */
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

	@ParameterizedTest
	@ValueSource(strings = { "zipEntriesReordered.xlsx", "zipEntriesStored.xlsx", "dataDescriptorsWithoutSignature.xlsx",
			"zip64.xlsx", "entryNameTraversal.xlsx", "inlineStrings.xlsx", "richTextState.xlsx", "stylesMissing.xlsx",
			"stateAsFormula.xlsx" })
	void mergesAFileWrittenDifferentlyAsTheSample(String fixture) throws Exception {
		Run run = replacingFinance(fixture);

		assertMerged(run, fixture, SampleRows.finance(fixture));
		assertThat(problems(run, fixture)).containsExactly(SAMPLE_WARNING);
		assertFeedbackCopyMarks(run, fixture, "H11");
	}

	@Test
	void readsTheDataOfAMacroWorkbookAndNeverItsMacros() throws Exception {
		String fixture = "macroEnabled.xlsm";
		Run run = replacingFinance(fixture);

		assertMerged(run, fixture, SampleRows.finance(fixture));
		assertThat(problems(run, fixture)).containsExactly(SAMPLE_WARNING);
		for (Path output : List.of(run.workbook(), run.errorLog())) {
			assertThat(HostileMerge.readableTexts(output)).noneMatch((text) -> text.contains("MACRO-RAN") || text.contains("vbaProject"));
		}
		assertFeedbackCopyMarks(run, fixture, "H11");
	}

	@Test
	void keepsWhatWasTypedButNotTheZeroWidthCharacters() throws Exception {
		String fixture = "controlAndInvisibleCharacters.xlsx";
		Run run = replacingFinance(fixture);

		String event = HostileMerge.typed(HostileMerge.FINANCE_SAMPLE, RISKS, "C6");
		assertMergedIgnoringControlCharacters(run, fixture, SampleRows.finance(fixture)
			.with("IIT-5.2", Registers.RESULT, "ดำเนินการตลอดทั้งปีงบประมาณ ✅ 😀 👍🏽 \u202eกลับด้าน\u202c مرحبا שלום")
			.with("IIT-5.2", Registers.REMARK, "หมายเหตุ[31m สีแดง[0m")
			.with("IIT-5.2", Registers.EVIDENCE, "https://www.khamsakaesaeng.go.th/หลักฐาน.pdf")
			.withRisk("C6", Registers.EVENT, event + " 🔥\u202b"));
		assertThat(problems(run, fixture)).containsExactly(SAMPLE_WARNING);
		assertFeedbackCopyMarks(run, fixture, "H11");
	}

	@Test
	void writesTextThatLooksLikeAFormulaAsTextInEveryOutput() throws Exception {
		String fixture = "csvInjectionText.xlsx";
		Run run = replacingFinance(fixture);
		String remark = "=HYPERLINK(\"" + WebListener.ADDRESS + "/remark\",\"คลิกเพื่อดูหลักฐาน\")";
		String status = "=HYPERLINK(\"" + WebListener.ADDRESS + "/status\",\"สถานะ\")";

		assertMerged(run, fixture, SampleRows.finance(fixture)
			.with("IIT-5.2", Registers.REMARK, remark)
			.with("IIT-5.2", Registers.EVIDENCE, "+cmd|' /C calc'!A0")
			.with("IIT-5.3", Registers.REMARK, "-2+3")
			.withRisk("C6", Registers.CONTROLS, "@SUM(1+1)*cmd|' /C calc'!A0")
			.withRisk("C6", Registers.MEASURE, "=1+1")
			.withRisk("C7", Registers.STATUS, status));
		assertThat(problems(run, fixture)).containsExactly(SAMPLE_WARNING, "RISK_STATUS_UNKNOWN " + RISKS + "!M7");
		try (OutputWorkbook workbook = run.open()) {
			for (String sheet : List.of(MeasureOutputs.REGISTER_SHEET, RiskOutputs.REGISTER_SHEET, MergeOutputs.ERRORS_SHEET)) {
				workbook.sheet(sheet).forEach((row) -> row.forEach((cell) -> assertThat(cell.getCellType())
					.as(sheet + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA)));
			}
		}
		try (Reader reader = Files.newBufferedReader(run.errorLog())) {
			for (CSVRecord record : CSVFormat.EXCEL.parse(reader)) {
				record.forEach((field) -> assertThat(field).as("a field of the error log").doesNotStartWith("=")
					.doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@"));
			}
		}
		assertThat(Files.readString(run.errorLog())).contains("'" + status.replace("\"", "\"\""));
	}

	static Stream<Arguments> refusals() {
		return Stream.of(Arguments.of("duplicateEntryNames.xlsx", Set.of(ProblemCode.FILE_UNREADABLE)),
				Arguments.of("zipCryptoEncrypted.xlsx", Set.of(ProblemCode.FILE_UNREADABLE)),
				Arguments.of("executableStub.xlsx", Set.of(ProblemCode.NOT_EXCEL)),
				Arguments.of("xlsbRenamed.xlsx", Set.of(ProblemCode.FILE_UNREADABLE)),
				Arguments.of("odsRenamed.xlsx", Set.of(ProblemCode.FILE_UNREADABLE)),
				Arguments.of("csvRenamed.xlsx", Set.of(ProblemCode.NOT_EXCEL)),
				Arguments.of("wordRenamed.xlsx", Set.of(ProblemCode.NOT_A_TEMPLATE, ProblemCode.NOT_EXCEL)),
				Arguments.of("doctypeInStyles.xlsx", Set.of(ProblemCode.UNSAFE_XML)),
				Arguments.of("doctypeInContentTypes.xlsx", Set.of(ProblemCode.UNSAFE_XML)),
				Arguments.of("doctypeInWorkbook.xlsx", Set.of(ProblemCode.UNSAFE_XML)),
				Arguments.of("doctypeInWorkbookRelationships.xlsx", Set.of(ProblemCode.UNSAFE_XML)),
				Arguments.of("identitySheetDeleted.xlsx", Set.of(ProblemCode.NOT_A_TEMPLATE)));
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void refusesAFileThatIsNoTemplateItCanReadSafely(String fixture, Set<ProblemCode> answers) throws Exception {
		Run run = replacingFinance(fixture);

		assertThat(run.problemsOf(fixture)).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isIn(answers);
			assertThat(problem.sheet() + problem.cell()).as("a problem of the file as a whole").isEmpty();
		});
		assertRefused(run, fixture);
		assertThat(run.feedback(fixture)).doesNotExist();
	}

	@Test
	void readsTheLastMeasureFromTheSheetsLastRow() throws Exception {
		Run run = replacingFinance("lastRowOfTheSheet.xlsx");

		assertMerged(run, "lastRowOfTheSheet.xlsx",
				SampleRows.finance("lastRowOfTheSheet.xlsx").with("OIT-10.1", Registers.CELL, "H1048576"));
		assertThat(problems(run, "lastRowOfTheSheet.xlsx")).containsExactly(SAMPLE_WARNING);
	}

	@ParameterizedTest
	@ValueSource(strings = { "deeplyNestedXml.xlsx", "emptyStyledRows.xlsx" })
	void readsAHeavyFileAndWritesItsFeedbackCopy(String fixture) throws Exception {
		Run run = replacingFinance(fixture);

		assertMerged(run, fixture, SampleRows.finance(fixture).without("IIT-4.1"));
		assertThat(problems(run, fixture)).containsExactly("STATE_MISSING " + MEASURES + "!G6", SAMPLE_WARNING);
		assertFeedbackCopyMarks(run, fixture, "G6");
	}

	@Test
	void followsNoExternalRelationship() throws Exception {
		String fixture = "externalRelationships.xlsx";
		Run run = replacingFinance(fixture);

		assertMerged(run, fixture, SampleRows.finance(fixture).without("IIT-4.1")
			.with("IIT-5.2", Registers.EVIDENCE, "หลักฐานในเครื่อง")
			.with("IIT-5.3", Registers.EVIDENCE, "หลักฐานบนเว็บ"));
		assertThat(problems(run, fixture)).containsExactly("STATE_MISSING " + MEASURES + "!G6", SAMPLE_WARNING);
		assertFeedbackCopyMarks(run, fixture, "G6");
	}

	@Test
	void refusesAStateWrittenAsABooleanAtItsCell() throws Exception {
		Run run = replacingFinance("stateAsBoolean.xlsx");

		assertMerged(run, "stateAsBoolean.xlsx", SampleRows.finance("stateAsBoolean.xlsx").without("IIT-5.2"));
		assertThat(problems(run, "stateAsBoolean.xlsx")).containsExactly("STATE_UNKNOWN " + MEASURES + "!G8",
				SAMPLE_WARNING);
		assertFeedbackCopyMarks(run, "stateAsBoolean.xlsx", "G8");
	}

	@Test
	void refusesAFiveMegabyteResultAtItsCell() throws Exception {
		Run run = replacingFinance("resultFiveMegabytes.xlsx");

		assertMerged(run, "resultFiveMegabytes.xlsx", SampleRows.finance("resultFiveMegabytes.xlsx").without("IIT-5.3"));
		assertThat(problems(run, "resultFiveMegabytes.xlsx")).containsExactly("TEXT_TOO_LONG " + MEASURES + "!H9",
				SAMPLE_WARNING);
		assertFeedbackCopyMarks(run, "resultFiveMegabytes.xlsx", "H9");
	}

	@Test
	void mergesTheDataOfAFileWhoseFingerprintWasTamperedWithAndSaysSo() throws Exception {
		String fixture = "fingerprintTampered.xlsx";
		Run run = replacingFinance(fixture);

		assertMerged(run, fixture, SampleRows.finance(fixture));
		assertThat(problems(run, fixture)).containsExactly("PLAN_CHANGED ita_template!", SAMPLE_WARNING);
	}

	@Test
	void usesTheRevisionADivisionSentUnderANewName() throws Exception {
		String revised = "sameDivisionRevised (ฉบับแก้ไข).xlsx";
		Run run = HostileMerge.merge(this.jobs, this.work, web,
				(input) -> Files.setLastModifiedTime(input.resolve(HostileMerge.FINANCE), HostileMerge.EARLY),
				revised);

		assertMerged(run, revised, SampleRows.finance(revised).with("IIT-5.2", Registers.RESULT,
				"ดำเนินการตลอดทั้งปีงบประมาณ และจัดอบรมเพิ่มเติม (ฉบับแก้ไข)"));
		assertThat(run.problemsOf(HostileMerge.FINANCE)).anySatisfy((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.SUPERSEDED);
			assertThat(problem.message()).contains(revised);
		});
		try (OutputWorkbook workbook = run.open()) {
			assertThat(Registers.measures(workbook, HostileMerge.FINANCE)).isEmpty();
			assertThat(Registers.submission(workbook, HostileMerge.FINANCE).subList(6, 8))
				.containsExactly("ไม่นำมารวม มีไฟล์ที่ใหม่กว่า", revised);
		}
	}

	@Test
	void showsNoStackTraceOnTheConsoleWhenEveryFixtureIsMergedAtOnce() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		for (String fixture : HostileMerge.everyFixture()) {
			if (!fixture.equals(FAILS_THE_RUN)) {
				Files.copy(HostileMerge.FOLDER.resolve(fixture), input.resolve(fixture));
			}
		}
		Map<String, String> before = Fixtures.hashes(input);

		HostileMerge.Console console = HostileMerge.mergeOnTheCommandLine(input, this.work.resolve("output"),
				HostileMerge.EVERY_FIXTURE_TIME_LIMIT);

		HostileMerge.assertNoStackTrace(console);
		assertThat(console.status()).as("merged, some files with errors").isEqualTo(2);
		assertThat(console.out()).contains("รวม " + (before.size() - 1) + " ไฟล์");
		assertThat(Fixtures.hashes(input)).isEqualTo(before);
		HostileMerge.assertNothingLeaked(Run.of(this.work, input, this.work.resolve("output")));
	}

	private Run replacingFinance(String fixture) throws Exception {
		return HostileMerge.replacingFinance(this.jobs, this.work, web, fixture);
	}

	/** The fixture's problems as "CODE sheet!cell", in the order of the log. */
	static List<String> problems(Run run, String fixture) {
		return run.problemsOf(fixture).stream().map((problem) -> problem.code() + " " + problem.sheet() + "!" + problem.cell()).toList();
	}

	/** Every register cell of the fixture's rows as expected, and the file on the submissions sheet as merged. */
	static void assertMerged(Run run, String fixture, SampleRows.Expected expected) throws Exception {
		try (OutputWorkbook workbook = run.open()) {
			assertThat(Registers.measures(workbook, fixture)).as("measure rows of " + fixture).isEqualTo(expected.measures());
			assertThat(Registers.risks(workbook, fixture)).as("risk rows of " + fixture).isEqualTo(expected.risks());
			List<String> submission = Registers.submission(workbook, fixture);
			assertThat(submission.get(0)).isEqualTo("กองคลัง");
			assertThat(submission.get(6)).startsWith("นำมารวมแล้ว");
		}
	}

	/**
	 * As {@link #assertMerged}, with C0 control characters taken out of what the registers show:
	 * whether they belong there is {@link HostileFileAnswerTests}' concern.
	 */
	static void assertMergedIgnoringControlCharacters(Run run, String fixture, SampleRows.Expected expected) throws Exception {
		try (OutputWorkbook workbook = run.open()) {
			assertThat(withoutControlCharacters(Registers.measures(workbook, fixture))).isEqualTo(expected.measures());
			assertThat(withoutControlCharacters(Registers.risks(workbook, fixture))).isEqualTo(expected.risks());
		}
	}

	private static List<List<String>> withoutControlCharacters(List<List<String>> rows) {
		return rows.stream().map((cells) -> cells.stream().map((cell) -> cell.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "")).toList()).toList();
	}

	/** Refused as a whole: none of its rows anywhere, listed as not merged, กองคลัง counted as not sent. */
	static void assertRefused(Run run, String fixture) throws Exception {
		try (OutputWorkbook workbook = run.open()) {
			assertThat(Registers.measures(workbook, fixture)).isEmpty();
			assertThat(Registers.risks(workbook, fixture)).isEmpty();
			assertThat(Registers.submission(workbook, fixture).get(6)).isEqualTo("ไม่นำมารวม ดูสาเหตุในชีตข้อผิดพลาด");
		}
		assertThat(run.problems()).anySatisfy((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.DIVISION_NOT_SUBMITTED);
			assertThat(problem.field()).isEqualTo("กองคลัง");
		});
	}

	/** The feedback copy is written, lists the problem cell first and comments the cell itself. */
	static void assertFeedbackCopyMarks(Run run, String fixture, String cell) throws Exception {
		assertThat(run.feedback(fixture)).as("feedback copy").exists();
		try (OutputWorkbook copy = OutputWorkbook.open(run.feedback(fixture))) {
			assertThat(copy.workbook().getSheetAt(0).getSheetName()).isEqualTo("ข้อผิดพลาด");
			assertThat(copy.rows("ข้อผิดพลาด", 7)).anySatisfy((cells) -> assertThat(cells.get(3)).isEqualTo(cell));
			org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(cell);
			assertThat(copy.sheet(MEASURES).getRow(ref.getRow()).getCell(ref.getCol()).getCellComment()).isNotNull();
		}
	}

}
