package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.GoldenWorkbook;
import th.ita.merge.ItaMergeApplication;
import th.ita.merge.bench.MergeBenchmark;

/**
 * The merge killed outright (kill -9, as a power cut or a closed laptop lid would) at random
 * points of a large run, ten times over: each time the previous outputs stay whole, and the run
 * after the last kill, which goes on from the killed one, writes the same cells as a run never
 * interrupted; two runs on the same inputs write the same cells in every sheet. Each merge runs in
 * a JVM of its own, as the officer's would.
 */
class KillAndRerunTests {

	private static final int DIVISIONS = 120;

	private static final int KILLS = 10;

	private static final String WORKBOOK = "ita-2566-round1.xlsx";

	private static final String ERROR_LOG = "ita-2566-round1-errors.csv";

	@TempDir
	private Path work;

	@Test
	void keepsThePreviousOutputsWholeAndFinishesWithTheSameCells() throws Exception {
		// given a large merge done once uninterrupted, twice
		Path input = MergeBenchmark.divisionFiles(DIVISIONS, this.work);
		Path reference = this.work.resolve("reference");
		Path output = this.work.resolve("output");
		assertThat(merge(input, reference).waitFor()).isZero();
		assertThat(merge(input, output).waitFor()).isZero();
		List<String> expected = GoldenWorkbook.describe(reference.resolve(WORKBOOK));
		List<String> expectedLog = Files.readAllLines(reference.resolve(ERROR_LOG), StandardCharsets.UTF_8);
		assertThat(GoldenWorkbook.describe(output.resolve(WORKBOOK))).as("two runs on the same inputs")
			.isEqualTo(expected);

		// when killed ten times at random points
		Random random = new Random(2566);
		List<Long> killedAfter = new ArrayList<>();
		for (int i = 0; i < KILLS; i++) {
			Process merge = merge(input, output);
			long after = 300 + random.nextInt(3500);
			if (!merge.waitFor(after, TimeUnit.MILLISECONDS)) {
				merge.destroyForcibly().waitFor();
				killedAfter.add(after);
			}

			// then the outputs there are whole
			assertThat(GoldenWorkbook.describe(output.resolve(WORKBOOK))).as("after a kill at %d ms", after)
				.isEqualTo(expected);
			assertThat(Files.readAllLines(output.resolve(ERROR_LOG), StandardCharsets.UTF_8)).isEqualTo(expectedLog);
		}
		assertThat(killedAfter).as("runs killed before they ended").hasSizeGreaterThanOrEqualTo(KILLS / 2);

		// and the next run finishes with the same cells
		assertThat(merge(input, output).waitFor()).isZero();
		assertThat(GoldenWorkbook.describe(output.resolve(WORKBOOK))).isEqualTo(expected);
		assertThat(Files.readAllLines(output.resolve(ERROR_LOG), StandardCharsets.UTF_8)).isEqualTo(expectedLog);
		try (var files = Files.list(output)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.as("no temporary file left behind by the killed runs")
				.noneMatch((name) -> name.endsWith(".tmp"));
		}
		assertHistoryKeepsNothingOfTheKilledRuns(output);
	}

	/**
	 * The history has no run left "running" and no staged row of any run: each killed run was
	 * recorded as failed and what it staged was dropped, so the history does not grow with kills.
	 */
	private static void assertHistoryKeepsNothingOfTheKilledRuns(Path output) throws Exception {
		Path trace = output.resolve(".ita-merge").resolve("history.trace.db");
		assertThat(trace).as(() -> "no failures traced: " + read(trace)).doesNotExist();
		assertThat(read(output.resolve(".ita-merge").resolve("ita-merge.log")))
			.as("no table made again on each start").doesNotContain("already exists");
		String url = "jdbc:h2:file:" + output.resolve(".ita-merge").resolve("history").toAbsolutePath()
				+ ";TRACE_LEVEL_FILE=0";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			for (String table : List.of("ITA_SUBMISSION", "ITA_REPORT", "ITA_RISK", "ITA_REJECTED", "ITA_PROBLEM")) {
				try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
					rows.next();
					assertThat(rows.getInt(1)).as("rows left staged in " + table).isZero();
				}
			}
			try (ResultSet running = statement
				.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED')")) {
				running.next();
				assertThat(running.getInt(1)).as("runs left running in the history").isZero();
			}
		}

	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	/** Starts the merge command in a JVM of its own, its console discarded. */
	private Process merge(Path input, Path output) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				ItaMergeApplication.class.getName(), "merge", "--input", input.toString(), "--output", output.toString())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.to(new File(this.work.toFile(), "stderr.txt")))
			.start();
	}

}
