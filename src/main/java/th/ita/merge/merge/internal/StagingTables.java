package th.ita.merge.merge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.ita.merge.division.RejectedRow;
import th.ita.merge.division.Submission;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.merge.Features;
import th.ita.merge.merge.RunTotals;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.Problem;
import th.ita.merge.risk.RiskSheet;

/**
 * The tables (in H2 or PostgreSQL) that hold a run between reading the files and writing the
 * outputs, so that memory does not grow with the number of files and a failed run can be
 * restarted where it stopped. Rows are keyed by the run (the job instance) and deleted once its
 * outputs are written.
 */
@Repository
class StagingTables {

	/** Joins the rows of a table (by its alias) to the files in use: a superseded file's rows stay out. */
	static String inUse(String alias) {
		return " JOIN ITA_SUBMISSION S ON S.RUN_ID = " + alias + ".RUN_ID AND S.FILE_NAME = " + alias
				+ ".FILE_NAME AND S.SUPERSEDED_BY IS NULL ";
	}

	private static final String WRITTEN_SEPARATOR = "\u001F";

	private static final String INSERT_PROBLEM = "INSERT INTO ITA_PROBLEM (RUN_ID, ACROSS_FILES, SEVERITY, CODE, FILE_NAME, "
			+ "SHEET_NAME, CELL, FIELD, FOUND, MESSAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	StagingTables(JdbcTemplate template) {
		this.template = template;
		this.jdbc = JdbcClient.create(template);
	}

	JdbcClient jdbc() {
		return this.jdbc;
	}

	/** Stores one file's rows and problems, replacing (deleted, inserted) what an earlier attempt stored. */
	void save(long run, Plan plan, Features features, Submission submission) {
		for (String table : List.of("ITA_SUBMISSION", "ITA_REPORT", "ITA_RISK", "ITA_REJECTED")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE RUN_ID = ? AND FILE_NAME = ?").params(run, submission.file())
				.update();
		}
		this.jdbc.sql("DELETE FROM ITA_PROBLEM WHERE RUN_ID = ? AND FILE_NAME = ? AND ACROSS_FILES = FALSE")
			.params(run, submission.file())
			.update();
		this.jdbc.sql("INSERT INTO ITA_SUBMISSION (RUN_ID, FILE_NAME, DIVISION_CODE, SAVED_AT, FILE_TIME, ROWS_READ, "
				+ "ROWS_REJECTED, ERRORS, SUPERSEDED_BY, CONTENT_HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)")
			.params(run, submission.file(), submission.divisionCode(), time(submission.savedAt()),
					time(submission.fileTime()), submission.rowsRead(), submission.rowsRejected(),
					submission.problems().stream().filter(Problem::isError).count(), submission.contentHash())
			.update();
		Map<String, Integer> measureOrder = order(plan.measures().stream().map((measure) -> measure.id()).toList());
		ToIntFunction<String> divisionOrder = (code) -> plan.rosterPosition(code).orElse(Integer.MAX_VALUE);
		batch("INSERT INTO ITA_REPORT (RUN_ID, MEASURE_ORDER, DIVISION_ORDER, MEASURE_ID, DIVISION_CODE, STATE, RESULT, "
				+ "REMARK, EVIDENCE, FILE_NAME, SHEET_NAME, CELL) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				submission.accepted(features.measures()).stream().map((report) -> new Object[] { run,
						measureOrder.getOrDefault(report.measureId(), Integer.MAX_VALUE),
						divisionOrder.applyAsInt(report.divisionCode()), report.measureId(), report.divisionCode(),
						report.state().name(), report.result(), report.remark(), report.evidenceLink(), report.file(),
						report.sheet(), report.cell() }).toList());
		Map<String, Integer> categoryOrder = order(plan.risk().categories());
		batch("INSERT INTO ITA_RISK (RUN_ID, DIVISION_ORDER, DIVISION_CODE, CATEGORY_ORDER, CATEGORY, PROCESS, EVENT, "
				+ "FACTORS, CONTROLS, LIKELIHOOD, IMPACT, SCORE, LEVEL_NAME, MEASURE, OWNER, TIMELINE, STATUS, FILE_NAME, "
				+ "SHEET_NAME, CELL) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				submission.accepted(features.risks()).stream().map((risk) -> new Object[] { run,
						divisionOrder.applyAsInt(risk.divisionCode()), risk.divisionCode(),
						categoryOrder.getOrDefault(risk.category(), Integer.MAX_VALUE), risk.category(), risk.process(),
						risk.event(), risk.factors(), risk.controls(), risk.likelihood(), risk.impact(), risk.score(),
						risk.level(), risk.measure(), risk.owner(), risk.timeline(), risk.status(), risk.file(),
						risk.sheet(), risk.cell() }).toList());
		int order = divisionOrder.applyAsInt(submission.divisionCode());
		List<Object[]> rejected = new ArrayList<>();
		submission.rejected(features.measures())
			.forEach((row) -> rejected.add(rejected(run, "MEASURE", MeasureSheet.NAME, submission, row, order)));
		submission.rejected(features.risks())
			.forEach((row) -> rejected.add(rejected(run, "RISK", RiskSheet.NAME, submission, row, order)));
		batch("INSERT INTO ITA_REJECTED (RUN_ID, FEATURE, FILE_NAME, SHEET_NAME, DIVISION_ORDER, DIVISION_CODE, ROW_KEY, "
				+ "CELL, WRITTEN, REASONS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rejected);
		batch(INSERT_PROBLEM, submission.problems().stream().map((problem) -> problem(run, problem, false)).toList());
	}

	/** Inserts the rows of a file into one table in one batch: one statement prepared, not one per row. */
	private void batch(String insert, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.template.batchUpdate(insert, rows);
		}
	}

	private static Object[] rejected(long run, String feature, String sheet, Submission submission, RejectedRow row,
			int divisionOrder) {
		return new Object[] { run, feature, submission.file(), sheet, divisionOrder, submission.divisionCode(), row.key(),
				row.cell(), joinWritten(row.written()), row.reasons() };
	}

	/** The values of a rejected row in one column, separated by a character no cell text keeps. */
	static String joinWritten(List<String> written) {
		return String.join(WRITTEN_SEPARATOR,
				written.stream().map((value) -> value.replace(WRITTEN_SEPARATOR, " ")).toList());
	}

	static List<String> splitWritten(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split(WRITTEN_SEPARATOR, -1));
	}

	void insertProblem(long run, Problem problem, boolean acrossFiles) {
		this.template.update(INSERT_PROBLEM, problem(run, problem, acrossFiles));
	}

	private static Object[] problem(long run, Problem problem, boolean acrossFiles) {
		return new Object[] { run, acrossFiles, problem.severity().name(), problem.code().name(), problem.file(),
				problem.sheet(), problem.cell(), problem.field(), problem.value(), problem.message() };
	}

	/** The files of a run, in name order. */
	List<StagedFile> files(long run) {
		return this.jdbc.sql("SELECT FILE_NAME, DIVISION_CODE, SAVED_AT, FILE_TIME, CONTENT_HASH, ROWS_READ, "
				+ "ROWS_REJECTED, ERRORS, SUPERSEDED_BY FROM ITA_SUBMISSION WHERE RUN_ID = ? ORDER BY FILE_NAME")
			.param(run)
			.query((rs, i) -> new StagedFile(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
					rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9)))
			.list();
	}

	/**
	 * The hash of a file's bytes as an earlier attempt of the run staged it ("" when it was refused
	 * before its bytes were read), empty when the run has not staged the file.
	 */
	Optional<String> stagedHash(long run, String file) {
		return this.jdbc.sql("SELECT COALESCE(CONTENT_HASH, '') FROM ITA_SUBMISSION WHERE RUN_ID = ? AND FILE_NAME = ?")
			.params(run, file)
			.query(String.class)
			.optional();
	}

	/** Drops what the run staged for files no longer among {@code present}; returns their names. */
	List<String> dropFilesNotIn(long run, Set<String> present) {
		List<String> gone = files(run).stream().map(StagedFile::name).filter((name) -> !present.contains(name)).toList();
		for (String file : gone) {
			for (String table : List.of("ITA_REPORT", "ITA_RISK", "ITA_REJECTED", "ITA_PROBLEM", "ITA_SUBMISSION")) {
				this.jdbc.sql("DELETE FROM " + table + " WHERE RUN_ID = ? AND FILE_NAME = ?").params(run, file).update();
			}
		}
		return gone;
	}

	/** Forgets what an earlier settling of the run decided, so it can be settled again. */
	void unsettle(long run) {
		this.jdbc.sql("DELETE FROM ITA_PROBLEM WHERE RUN_ID = ? AND ACROSS_FILES = TRUE").param(run).update();
		this.jdbc.sql("UPDATE ITA_SUBMISSION SET SUPERSEDED_BY = NULL WHERE RUN_ID = ?").param(run).update();
	}

	void supersede(long run, String older, String newest) {
		this.jdbc.sql("UPDATE ITA_SUBMISSION SET SUPERSEDED_BY = ? WHERE RUN_ID = ? AND FILE_NAME = ?")
			.params(newest, run, older)
			.update();
	}

	/** The measures some file in use reported on. */
	Set<String> reportedMeasures(long run) {
		return this.jdbc.sql("SELECT DISTINCT R.MEASURE_ID FROM ITA_REPORT R" + inUse("R") + "WHERE R.RUN_ID = ?")
			.param(run)
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.toSet());
	}

	/**
	 * The problems that count in the totals and the exit status: all but those found in a file a
	 * newer one superseded (the notice that it was superseded counts, as a warning).
	 */
	private static final String COUNTED = " AND NOT EXISTS (SELECT 1 FROM ITA_SUBMISSION O WHERE O.RUN_ID = P.RUN_ID "
			+ "AND O.FILE_NAME = P.FILE_NAME AND O.SUPERSEDED_BY IS NOT NULL AND P.ACROSS_FILES = FALSE)";

	/** The run's totals: accepted counted from the rows staged, rejected from the files. */
	RunTotals totals(long run) {
		return this.jdbc.sql("SELECT COUNT(*), COALESCE(SUM(ROWS_READ), 0), "
				+ "(SELECT COUNT(*) FROM ITA_REPORT R" + inUse("R") + "WHERE R.RUN_ID = ?) "
				+ "+ (SELECT COUNT(*) FROM ITA_RISK K" + inUse("K") + "WHERE K.RUN_ID = ?), "
				+ "COALESCE(SUM(CASE WHEN SUPERSEDED_BY IS NULL THEN ROWS_REJECTED ELSE ROWS_READ END), 0), "
				+ "(SELECT COUNT(*) FROM ITA_PROBLEM P WHERE P.RUN_ID = ? AND P.SEVERITY = 'ERROR'" + COUNTED + "), "
				+ "(SELECT COUNT(*) FROM ITA_PROBLEM P WHERE P.RUN_ID = ? AND P.SEVERITY = 'WARNING'" + COUNTED + ") "
				+ "FROM ITA_SUBMISSION WHERE RUN_ID = ?")
			.params(run, run, run, run, run)
			.query((rs, i) -> new RunTotals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6)))
			.single();
	}

	/** Drops the rows of every run into {@code output} but {@code keep}: other folders' runs stay. */
	void deleteRunsInto(String output, Long keep) {
		for (String table : List.of("ITA_REPORT", "ITA_RISK", "ITA_REJECTED", "ITA_PROBLEM", "ITA_SUBMISSION")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE RUN_ID <> ? AND RUN_ID IN (" + RunHistory.RUNS_INTO + ")")
				.params((keep != null) ? keep : -1L, output)
				.update();
		}
	}

	void delete(long run) {
		for (String table : List.of("ITA_REPORT", "ITA_RISK", "ITA_REJECTED", "ITA_PROBLEM", "ITA_SUBMISSION")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE RUN_ID = ?").param(run).update();
		}
	}

	/**
	 * Drops the rows of up to {@code files} of the run's files, by their names (indexed), and
	 * returns how many files that was: what one transaction deletes is what the database holds
	 * until it commits, and H2 holds it in memory.
	 */
	int deleteFiles(long run, int files) {
		List<String> names = this.jdbc
			.sql("SELECT FILE_NAME FROM ITA_SUBMISSION WHERE RUN_ID = ? ORDER BY FILE_NAME FETCH FIRST " + files
					+ " ROWS ONLY")
			.param(run)
			.query(String.class)
			.list();
		List<Object[]> keys = names.stream().map((name) -> new Object[] { run, name }).toList();
		for (String table : List.of("ITA_REPORT", "ITA_RISK", "ITA_REJECTED", "ITA_PROBLEM", "ITA_SUBMISSION")) {
			this.template.batchUpdate("DELETE FROM " + table + " WHERE RUN_ID = ? AND FILE_NAME = ?", keys);
		}
		return names.size();
	}

	private static Map<String, Integer> order(List<String> keys) {
		Map<String, Integer> order = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			order.putIfAbsent(keys.get(i), i);
		}
		return order;
	}

	private static OffsetDateTime time(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : Instant.EPOCH;
	}

}
