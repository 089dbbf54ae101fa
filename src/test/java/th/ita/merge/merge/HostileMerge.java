package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.value.Digits;

/**
 * One run of the real merge job over the samples with hostile files dropped among them, and what
 * every such run must show whatever the file did: it completes within {@link #TIME_LIMIT} (run on
 * a thread of its own, so a hang fails the test instead of stopping the build), every row read is
 * accepted or rejected, the inputs are byte for byte what they were, nothing from outside the
 * input folder (the password file, a web address, a zip entry's path) reaches an output or is
 * written anywhere, every problem says in Thai what to do without interpreting what a user typed,
 * and every division whose own sample was left in place (and not superseded by a newer file of the
 * test's) is merged whole, cell for cell as in the golden copy of the samples' outputs.
 */
final class HostileMerge {

	static final Path FOLDER = Path.of("src", "test", "resources", "hostile");

	/** The sample whose rows every fixture is made from (กองคลัง), and which a fixture replaces. */
	static final String FINANCE = "ita-2566-รอบ1-กองคลัง.xlsx";

	static final String WORKS = "ita-2566-รอบ1-กองช่าง.xlsx";

	/** กองคลัง's sample, where the fixtures are made from. */
	static final Path FINANCE_SAMPLE = Path.of("samples", FINANCE);

	static final Duration TIME_LIMIT = Duration.ofSeconds(30);

	/** For one run over every fixture at once (some fifty files) in a JVM of its own, on a busy 2-core machine. */
	static final Duration EVERY_FIXTURE_TIME_LIMIT = Duration.ofSeconds(120);

	/** Text that must never reach an output: /etc/passwd, what the web listener serves, what zip entries outside the package hold. */
	static final List<String> LEAKS = List.of("root:x:", "root:*:", "daemon:x:", WebListener.CONTENT, "TRAVERSAL-MARKER");

	/** Where the traversal fixture's entries would land if anything unpacked them. */
	static final List<Path> OUTSIDE = List.of(Path.of("/tmp/ita-hostile-traversal.txt"),
			Path.of("/tmp/ita-hostile-traversal.xml"), Path.of("/ita-hostile-traversal.xml"));

	private static final Pattern THAI = Pattern.compile("[\\u0E01-\\u0E5B]");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(value|\\d+)\\}");

	/** A modification time before any fixture's saved date, for samples that say nothing of when they were saved. */
	static final FileTime EARLY = FileTime.from(Instant.parse("2023-03-20T09:00:00Z"));

	private HostileMerge() {
	}

	/** What a test changes in the input folder before the run, besides the files it adds. */
	@FunctionalInterface
	interface Preparation {

		void prepare(Path input) throws IOException;

	}

	/** Merges the samples with the fixture in place of กองคลัง's own file. */
	static Run replacingFinance(JobOperatorTestUtils jobs, Path work, WebListener web, String fixture) throws Exception {
		return merge(jobs, work, web, (input) -> Files.delete(input.resolve(FINANCE)), fixture);
	}

	/** Merges the samples and the fixtures, after {@code preparation} changed the input folder. */
	static Run merge(JobOperatorTestUtils jobs, Path work, WebListener web, Preparation preparation,
			String... fixtures) throws Exception {
		Path input = Fixtures.copySamples(work.resolve("input"));
		preparation.prepare(input);
		for (String fixture : fixtures) {
			Files.copy(FOLDER.resolve(fixture), input.resolve(fixture));
		}
		Path output = work.resolve("output");
		Map<String, String> before = Fixtures.hashes(input);
		int requests = web.requests();
		JobExecution execution = assertTimeoutPreemptively(TIME_LIMIT,
				() -> jobs.startJob(MergeLauncher.parameters(input, output, input.resolve("plan.xlsx"), Digits.THAI)),
				"the run must finish within " + TIME_LIMIT.toSeconds() + " s");
		assertThat(execution.getStatus()).as("the run completes").isEqualTo(BatchStatus.COMPLETED);
		RunTotals totals = RunTotals.load(execution.getExecutionContext());
		assertThat(totals.rowsRead()).as("rows read = accepted + rejected")
			.isEqualTo(totals.rowsAccepted() + totals.rowsRejected());
		Run run = Run.of(work, input, output);
		assertThat(Fixtures.hashes(input)).as("the inputs are not modified").isEqualTo(before);
		assertNothingLeaked(run);
		assertThat(web.requests()).as("nothing asked the web for what a file points at").isEqualTo(requests);
		assertEveryProblemSaysInThaiWhatWasTyped(run);
		assertUntouchedSamplesMergedWhole(run);
		return run;
	}

	static void assertNothingLeaked(Run run) throws IOException {
		try (Stream<Path> outputs = Files.walk(run.output())) {
			for (Path output : outputs.filter(Files::isRegularFile).filter((path) -> !path.toString().contains(".ita-merge")).toList()) {
				for (String text : readableTexts(output)) {
					for (String leak : LEAKS) {
						assertThat(text).as(output + " holds " + leak).doesNotContain(leak);
					}
				}
			}
		}
		try (Stream<Path> top = Files.list(run.work())) {
			assertThat(top.map((path) -> path.getFileName().toString())).as("nothing written beside input and output")
				.containsExactlyInAnyOrder("input", "output");
		}
		for (Path outside : OUTSIDE) {
			assertThat(outside).as("nothing unpacked outside the folders").doesNotExist();
		}
	}

	/**
	 * What an output holds as text: every part of a workbook or a Word document unzipped (its XML is
	 * compressed, so a search of the raw bytes would find nothing), a text file as it is.
	 */
	static List<String> readableTexts(Path output) throws IOException {
		String name = output.getFileName().toString();
		if (!name.endsWith(".xlsx") && !name.endsWith(".xlsm") && !name.endsWith(".docx")) {
			return List.of(Files.readString(output, StandardCharsets.UTF_8));
		}
		List<String> parts = new ArrayList<>();
		try (ZipFile zip = new ZipFile(output.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					parts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return parts;
	}

	/**
	 * Every message is Thai, is its code's template with each placeholder filled in (so what a user
	 * typed, a {@code {0}} among it, stays as typed and fills nothing), and quotes the value found,
	 * at most {@value ProblemCode#QUOTED_MAX} characters of it.
	 */
	private static void assertEveryProblemSaysInThaiWhatWasTyped(Run run) {
		for (Logged problem : run.problems()) {
			assertThat(problem.message()).as(problem + " is in Thai").containsPattern(THAI);
			assertThat(filledIn(problem.code().template()).matcher(problem.message()).matches())
				.as(problem + " is its template filled in: " + problem.message())
				.isTrue();
			if (problem.code().template().contains("{value}") && !problem.value().isEmpty()) {
				String value = problem.value();
				String quoted = (value.length() <= ProblemCode.QUOTED_MAX) ? value
						: value.substring(0, ProblemCode.QUOTED_MAX) + "…";
				assertThat(problem.message()).as(problem + " shows the value as found").contains(quoted);
			}
		}
	}

	/** A template as a pattern: its own text as it is, each placeholder anything; a superseded file's mark before. */
	private static Pattern filledIn(String template) {
		StringBuilder pattern = new StringBuilder("(?s)(\\[[^\\]]*\\] )?");
		Matcher placeholders = PLACEHOLDER.matcher(template);
		int from = 0;
		while (placeholders.find()) {
			pattern.append(Pattern.quote(template.substring(from, placeholders.start()))).append(".*?");
			from = placeholders.end();
		}
		return Pattern.compile(pattern.append(Pattern.quote(template.substring(from))).toString());
	}

	/** Each sample left in the input folder is merged with every row and cell of the golden copy. */
	private static void assertUntouchedSamplesMergedWhole(Run run) throws IOException {
		try (OutputWorkbook workbook = OutputWorkbook.open(run.workbook())) {
			for (String sample : SampleRows.DIVISION_FILES) {
				if (!Files.exists(run.input().resolve(sample)) || run.problems().stream().anyMatch((p) -> p.file().equals(sample)
						&& p.code() == ProblemCode.SUPERSEDED)) {
					continue;
				}
				assertThat(Registers.measures(workbook, sample)).as(sample + " in the register, cell for cell")
					.isEqualTo(SampleRows.golden().measures(sample));
				assertThat(Registers.risks(workbook, sample)).as(sample + " in the risk register, cell for cell")
					.isEqualTo(SampleRows.golden().risks(sample));
				assertThat(Registers.submission(workbook, sample)).as(sample + " on the submissions sheet")
					.element(6).isEqualTo("นำมารวมแล้ว");
			}
		}
	}

	/** Problems as the error log lists them: code, file, sheet, cell, field, the value found, the message. */
	record Logged(String severity, ProblemCode code, String file, String sheet, String cell, String field,
			String value, String message) {

		/** The value as found: the log guards text that starts like a formula with a quote. */
		static Logged of(CSVRecord record) {
			String value = record.get(6);
			if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
				value = value.substring(1);
			}
			return new Logged(record.get(0), ProblemCode.valueOf(record.get(1)), record.get(2), record.get(3),
					record.get(4), record.get(5), value, record.get(7));
		}

		@Override
		public String toString() {
			return this.code + " " + this.file + "!" + this.sheet + "!" + this.cell;
		}

	}

	private static List<Logged> readLog(Path output) throws IOException {
		try (Reader reader = Files.newBufferedReader(output.resolve("ita-2566-round1-errors.csv"))) {
			assertThat(reader.read()).as("the log starts with a byte-order mark").isEqualTo('\uFEFF');
			return CSVFormat.EXCEL.builder().setSkipHeaderRecord(true).setHeader().get().parse(reader).getRecords()
				.stream().map(Logged::of).toList();
		}
	}

	/** What the command printed and returned when run as the officer runs it, in a JVM of its own. */
	record Console(int status, String out, String err) {

		String both() {
			return this.out + this.err;
		}

	}

	/**
	 * Runs {@code ita-merge merge --input … --output …} as the officer does, in a JVM of its own:
	 * the commands print through streams bound once per JVM, so only a fresh JVM shows everything
	 * the console would, stack traces included. Fails when it takes longer than {@code limit}.
	 */
	static Console mergeOnTheCommandLine(Path input, Path output, Duration limit) throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Path out = Files.createTempFile("ita-console", ".out");
		Path err = Files.createTempFile("ita-console", ".err");
		try {
			Process process = new ProcessBuilder(java.toString(), "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", classpath,
					"th.ita.merge.ItaMergeApplication", "merge", "--input", input.toString(), "--output", output.toString())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile())
				.start();
			boolean done = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
			if (!done) {
				process.destroyForcibly().waitFor();
			}
			assertThat(done).as("the command finishes within " + limit.toSeconds() + " s").isTrue();
			return new Console(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** No stack trace and no exception's name, on either stream. */
	static void assertNoStackTrace(Console console) {
		assertThat(console.both()).as("the console").doesNotContain("Exception").doesNotContain("at java.")
			.doesNotContainPattern("\\n\\s+at [a-z]");
	}

	/** Every fixture of the folder. */
	static List<String> everyFixture() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.map((file) -> file.getFileName().toString()).filter((name) -> !name.endsWith(".py")).sorted().toList();
		}
	}

	/** The text a fixture (or, given {@link #FINANCE_SAMPLE}, the sample) holds in a cell, as Excel shows it. */
	static String typed(Path file, String sheet, String cell) throws IOException {
		try (OutputWorkbook workbook = OutputWorkbook.open(file)) {
			CellReference ref = new CellReference(cell);
			return new DataFormatter().formatCellValue(workbook.sheet(sheet).getRow(ref.getRow()).getCell(ref.getCol()));
		}
	}

	/** What a run left: the folders, and the problems of its error log. */
	record Run(Path work, Path input, Path output, List<Logged> problems) {

		static Run of(Path work, Path input, Path output) throws IOException {
			return new Run(work, input, output, readLog(output));
		}

		Path workbook() {
			return this.output.resolve("ita-2566-round1.xlsx");
		}

		Path errorLog() {
			return this.output.resolve("ita-2566-round1-errors.csv");
		}

		Path feedback(String file) {
			return this.output.resolve(FeedbackCopy.FOLDER).resolve(file);
		}

		List<Logged> problemsOf(String file) {
			return this.problems.stream().filter((problem) -> problem.file().equals(file)).toList();
		}

		OutputWorkbook open() throws IOException {
			return OutputWorkbook.open(workbook());
		}

	}

	/** The rows of the output's registers that came from one file, without what depends on the others. */
	static final class Registers {

		/** Columns of the measures register (ทะเบียนมาตรการ). */
		static final int ID = 0, STATE = 5, RESULT = 6, REMARK = 7, EVIDENCE = 8, FILE = 9, CELL = 11;

		/** Columns of the risk register (ทะเบียนความเสี่ยงการทุจริต); 0 is the rank among all files. */
		static final int EVENT = 4, CONTROLS = 6, MEASURE = 11, STATUS = 14, RISK_FILE = 15, RISK_CELL = 17;

		private Registers() {
		}

		static List<List<String>> measures(OutputWorkbook workbook, String file) {
			return workbook.rows(MeasureOutputs.REGISTER_SHEET, 12).stream()
				.filter((cells) -> cells.get(FILE).equals(file))
				.toList();
		}

		/** The risk rows of a file, their rank (which depends on every other file's risks) left blank. */
		static List<List<String>> risks(OutputWorkbook workbook, String file) {
			return workbook.rows(RiskOutputs.REGISTER_SHEET, 18).stream()
				.filter((cells) -> cells.get(RISK_FILE).equals(file))
				.map((cells) -> {
					List<String> unranked = new ArrayList<>(cells);
					unranked.set(0, "");
					return List.copyOf(unranked);
				})
				.toList();
		}

		/** The file's row of the submissions sheet (การส่งไฟล์): division, file, saved, read, accepted, rejected, status, superseded by. */
		static List<String> submission(OutputWorkbook workbook, String file) {
			return workbook.rows(MergeOutputs.SUBMISSIONS_SHEET, 8).stream()
				.filter((cells) -> cells.get(1).equals(file))
				.findFirst()
				.orElseThrow(() -> new AssertionError(file + " is not on the submissions sheet"));
		}

	}

}
