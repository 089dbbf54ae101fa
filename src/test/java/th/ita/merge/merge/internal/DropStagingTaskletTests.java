package th.ita.merge.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Clearing a written run's staging rows a hundred files per transaction: every row of the run
 * goes, another folder's run stays, and a run cleared part way goes on with the files left.
 */
class DropStagingTaskletTests {

	private static final long RUN = 7;

	private static final long OTHER_RUN = 8;

	private JdbcTemplate jdbc;

	@BeforeEach
	void stageTwoRuns() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:drop-staging-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		new ResourceDatabasePopulator(new ClassPathResource("schema-ita-h2.sql")).execute(database);
		this.jdbc = new JdbcTemplate(database);
		stage(RUN, 250);
		stage(OTHER_RUN, 3);
	}

	@Test
	void dropsEveryRowOfTheRunAHundredFilesAtATimeAndLeavesOtherRuns() {
		// given
		DropStagingTasklet tasklet = new DropStagingTasklet(new StagingTables(this.jdbc), RUN);

		// when: the step calls it, each call in its own transaction, until it says it is finished
		List<RepeatStatus> calls = new ArrayList<>();
		List<Integer> filesLeft = new ArrayList<>();
		do {
			calls.add(tasklet.execute(null, null));
			filesLeft.add(count("ITA_SUBMISSION", RUN));
		}
		while (calls.get(calls.size() - 1) == RepeatStatus.CONTINUABLE);

		// then
		assertThat(filesLeft).containsExactly(150, 50, 0, 0);
		for (String table : List.of("ITA_SUBMISSION", "ITA_REPORT", "ITA_PROBLEM")) {
			assertThat(count(table, RUN)).as(table).isZero();
			assertThat(count(table, OTHER_RUN)).as(table).isPositive();
		}
	}

	private void stage(long run, int files) {
		for (int file = 1; file <= files; file++) {
			String name = String.format("กอง-%04d.xlsx", file);
			this.jdbc.update("INSERT INTO ITA_SUBMISSION (RUN_ID, FILE_NAME, ROWS_READ, ROWS_REJECTED, ERRORS) "
					+ "VALUES (?, ?, 2, 0, 0)", run, name);
			for (int row = 1; row <= 2; row++) {
				this.jdbc.update("INSERT INTO ITA_REPORT (RUN_ID, MEASURE_ORDER, DIVISION_ORDER, MEASURE_ID, DIVISION_CODE, "
						+ "STATE, RESULT, FILE_NAME) VALUES (?, ?, ?, 'M" + row + "', 'D', 'DONE', 'ดำเนินการแล้ว', ?)",
						run, row, file, name);
			}
		}
		this.jdbc.update("INSERT INTO ITA_PROBLEM (RUN_ID, ACROSS_FILES, SEVERITY, CODE, MESSAGE) "
				+ "VALUES (?, TRUE, 'WARNING', 'DIVISION_MISSING', 'ยังไม่ส่ง')", run);
	}

	private int count(String table, long run) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE RUN_ID = ?", Integer.class, run);
	}

}
