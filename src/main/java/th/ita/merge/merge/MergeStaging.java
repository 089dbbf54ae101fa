package th.ita.merge.merge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ProgressState;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.problem.Severity;
import th.ita.merge.report.MergeRecords;
import th.ita.merge.report.SubmissionSummary;
import th.ita.merge.risk.RiskCounts;
import th.ita.merge.risk.RiskEntry;
import th.ita.merge.report.SubmissionSummary.Status;
import th.ita.merge.submission.MeasureReport;
import th.ita.merge.submission.Submission;

/**
 * The H2 tables that hold a run between reading the files and writing the outputs, so that memory
 * does not grow with the number of files and a failed run can be restarted where it stopped.
 */
@Repository
class MergeStaging {

	private final JdbcClient jdbc;

	MergeStaging(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(long run, Plan plan, Submission submission) {
		this.jdbc.sql("DELETE FROM ITA_REPORT WHERE RUN_ID = ? AND FILE_NAME = ?").params(run, submission.file()).update();
		this.jdbc.sql("DELETE FROM ITA_RISK WHERE RUN_ID = ? AND FILE_NAME = ?").params(run, submission.file()).update();
		this.jdbc.sql("DELETE FROM ITA_PROBLEM WHERE RUN_ID = ? AND FILE_NAME = ? AND ACROSS_FILES = FALSE")
			.params(run, submission.file())
			.update();
		this.jdbc.sql("MERGE INTO ITA_SUBMISSION (RUN_ID, FILE_NAME, DIVISION_CODE, SAVED_AT, FILE_TIME, ROWS_READ, "
				+ "ROWS_REJECTED, ERRORS, SUPERSEDED_BY) KEY (RUN_ID, FILE_NAME) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)")
			.params(run, submission.file(), submission.divisionCode(), time(submission.savedAt()),
					time(submission.fileTime()), submission.rowsRead(), submission.rowsRejected(),
					submission.problems().stream().filter(Problem::isError).count())
			.update();
		Map<String, Integer> measureOrder = order(plan.measures().stream().map((m) -> m.id()).toList());
		Map<String, Integer> divisionOrder = order(plan.divisions().stream().map(Division::code).toList());
		for (MeasureReport report : submission.reports()) {
			this.jdbc.sql("INSERT INTO ITA_REPORT (RUN_ID, MEASURE_ORDER, DIVISION_ORDER, MEASURE_ID, DIVISION_CODE, "
					+ "STATE, RESULT, REMARK, EVIDENCE, FILE_NAME, SHEET_NAME, CELL) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(run, measureOrder.getOrDefault(report.measureId(), Integer.MAX_VALUE),
						divisionOrder.getOrDefault(report.divisionCode(), Integer.MAX_VALUE), report.measureId(),
						report.divisionCode(), report.state().name(), report.result(), report.remark(),
						report.evidenceLink(), report.file(), report.sheet(), report.cell())
				.update();
		}
		saveRisks(run, plan, submission, divisionOrder);
		submission.problems().forEach((problem) -> insert(run, problem, false));
	}

	private void saveRisks(long run, Plan plan, Submission submission, Map<String, Integer> divisionOrder) {
		Map<String, Integer> categoryOrder = order(plan.risk().categories());
		for (RiskEntry risk : submission.risks()) {
			this.jdbc.sql("INSERT INTO ITA_RISK (RUN_ID, DIVISION_ORDER, DIVISION_CODE, CATEGORY_ORDER, CATEGORY, PROCESS, "
					+ "EVENT, FACTORS, CONTROLS, LIKELIHOOD, IMPACT, SCORE, LEVEL_NAME, MEASURE, OWNER, TIMELINE, STATUS, "
					+ "FILE_NAME, SHEET_NAME, CELL) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(run, divisionOrder.getOrDefault(risk.divisionCode(), Integer.MAX_VALUE), risk.divisionCode(),
						categoryOrder.getOrDefault(risk.category(), Integer.MAX_VALUE), risk.category(), risk.process(),
						risk.event(), risk.factors(), risk.controls(), risk.likelihood(), risk.impact(), risk.score(),
						plan.risk().band(risk.score()).name(), risk.measure(), risk.owner(), risk.timeline(),
						risk.status(), risk.file(), risk.sheet(), risk.cell())
				.update();
		}
	}

	/** Records the hash of a file's bytes, by which identical copies are told apart. */
	void saveContentHash(long run, String file, String sha256) {
		this.jdbc.sql("UPDATE ITA_SUBMISSION SET CONTENT_HASH = ? WHERE RUN_ID = ? AND FILE_NAME = ?")
			.params(sha256, run, file)
			.update();
	}

	/** The names of the files read in a run. */
	List<String> fileNames(long run) {
		return files(run).stream().map(FileRow::name).toList();
	}

	/** The problems found while reading one file, in the order they were found. */
	List<Problem> problemsOf(long run, String file) {
		return this.jdbc.sql("SELECT SEVERITY, CODE, FILE_NAME, SHEET_NAME, CELL, FIELD, FOUND, MESSAGE FROM ITA_PROBLEM "
				+ "WHERE RUN_ID = ? AND FILE_NAME = ? AND ACROSS_FILES = FALSE ORDER BY SEQ")
			.params(run, file)
			.query(MergeStaging::problem)
			.list();
	}

	private static Problem problem(ResultSet rs, int row) throws SQLException {
		return new Problem(Severity.valueOf(rs.getString(1)), ProblemCode.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
	}

	private static Map<String, Integer> order(List<String> keys) {
		Map<String, Integer> order = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			order.put(keys.get(i), i);
		}
		return order;
	}

	private void insert(long run, Problem problem, boolean acrossFiles) {
		this.jdbc.sql("INSERT INTO ITA_PROBLEM (RUN_ID, ACROSS_FILES, SEVERITY, CODE, FILE_NAME, SHEET_NAME, CELL, FIELD, "
				+ "FOUND, MESSAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(run, acrossFiles, problem.severity().name(), problem.code().name(), problem.file(), problem.sheet(),
					problem.cell(), problem.field(), problem.value(), problem.message())
			.update();
	}

	/**
	 * Settles what only the whole run can tell: of two files from one division the one saved
	 * last is used and the other superseded, or noted once as a copy when its bytes are the
	 * same; divisions that sent nothing and measures nobody
	 * reported on are problems. Safe to repeat when a run is restarted.
	 */
	void settle(long run, Plan plan) {
		this.jdbc.sql("DELETE FROM ITA_PROBLEM WHERE RUN_ID = ? AND ACROSS_FILES = TRUE").param(run).update();
		this.jdbc.sql("UPDATE ITA_SUBMISSION SET SUPERSEDED_BY = NULL WHERE RUN_ID = ?").param(run).update();
		Map<String, List<FileRow>> byDivision = new LinkedHashMap<>();
		files(run).stream().filter((file) -> file.division() != null)
			.forEach((file) -> byDivision.computeIfAbsent(file.division(), (code) -> new ArrayList<>()).add(file));
		for (List<FileRow> files : byDivision.values()) {
			files.sort(Comparator.comparing(FileRow::savedAt).thenComparing(FileRow::fileTime)
				.thenComparing(FileRow::name).reversed());
			FileRow newest = files.get(0);
			for (FileRow older : files.subList(1, files.size())) {
				this.jdbc.sql("UPDATE ITA_SUBMISSION SET SUPERSEDED_BY = ? WHERE RUN_ID = ? AND FILE_NAME = ?")
					.params(newest.name(), run, older.name())
					.update();
				boolean copy = older.contentHash() != null && older.contentHash().equals(newest.contentHash());
				insert(run, Problem.of(copy ? ProblemCode.DUPLICATE_COPY : ProblemCode.SUPERSEDED,
						Location.ofFile(older.name()), older.name(), newest.name()), true);
			}
		}
		for (Division division : plan.divisions()) {
			if (!byDivision.containsKey(division.code())) {
				insert(run, Problem.of(ProblemCode.DIVISION_NOT_SUBMITTED, new Location("", "", "", division.name()), "",
						division.name(), Integer.toString(plan.measuresOf(division).size())), true);
			}
		}
		plan.measures().forEach((measure) -> {
			if (reportsOn(run, measure.id()).isEmpty()) {
				List<String> owners = plan.divisionsResponsibleFor(measure).stream().map(Division::name).toList();
				insert(run, Problem.of(ProblemCode.MEASURE_NOT_REPORTED, new Location("", "", "", measure.id()), "",
						measure.id(), String.join(", ", owners)), true);
			}
		});
	}

	private record FileRow(String name, String division, Instant savedAt, Instant fileTime, String contentHash) {
	}

	private List<FileRow> files(long run) {
		return this.jdbc.sql("SELECT FILE_NAME, DIVISION_CODE, SAVED_AT, FILE_TIME, CONTENT_HASH FROM ITA_SUBMISSION "
				+ "WHERE RUN_ID = ? ORDER BY FILE_NAME")
			.param(run)
			.query((rs, i) -> new FileRow(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
					rs.getString(5)))
			.list();
	}

	List<MeasureReport> reportsOn(long run, String measureId) {
		return this.jdbc.sql(REPORTS + "AND R.MEASURE_ID = ? ORDER BY R.DIVISION_ORDER, R.FILE_NAME")
			.params(run, measureId)
			.query(MergeStaging::report)
			.list();
	}

	private static final String REPORTS = "SELECT R.MEASURE_ID, R.DIVISION_CODE, R.STATE, R.RESULT, R.REMARK, R.EVIDENCE, "
			+ "R.FILE_NAME, R.SHEET_NAME, R.CELL FROM ITA_REPORT R JOIN ITA_SUBMISSION S "
			+ "ON S.RUN_ID = R.RUN_ID AND S.FILE_NAME = R.FILE_NAME WHERE R.RUN_ID = ? AND S.SUPERSEDED_BY IS NULL ";

	private static MeasureReport report(ResultSet rs, int row) throws SQLException {
		return new MeasureReport(rs.getString(1), rs.getString(2), ProgressState.valueOf(rs.getString(3)),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
	}

	private static final String RISKS = "SELECT K.DIVISION_CODE, K.CATEGORY, K.PROCESS, K.EVENT, K.FACTORS, K.CONTROLS, "
			+ "K.LIKELIHOOD, K.IMPACT, K.MEASURE, K.OWNER, K.TIMELINE, K.STATUS, K.FILE_NAME, K.SHEET_NAME, K.CELL "
			+ "FROM ITA_RISK K JOIN ITA_SUBMISSION S ON S.RUN_ID = K.RUN_ID AND S.FILE_NAME = K.FILE_NAME "
			+ "WHERE K.RUN_ID = ? AND S.SUPERSEDED_BY IS NULL ";

	private static RiskEntry risk(ResultSet rs) throws SQLException {
		return new RiskEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
				rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15));
	}

	/** The heat map's cells and the tallies beside it, each one GROUP BY over the run's risks. */
	private RiskCounts riskCounts(long run) {
		String from = "FROM ITA_RISK K JOIN ITA_SUBMISSION S ON S.RUN_ID = K.RUN_ID AND S.FILE_NAME = K.FILE_NAME "
				+ "WHERE K.RUN_ID = ? AND S.SUPERSEDED_BY IS NULL ";
		List<RiskCounts.HeatCell> cells = this.jdbc
			.sql("SELECT K.LIKELIHOOD, K.IMPACT, COUNT(*) " + from + "GROUP BY K.LIKELIHOOD, K.IMPACT")
			.param(run)
			.query((rs, i) -> new RiskCounts.HeatCell(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.list();
		List<RiskCounts.Tally> byCategory = this.jdbc
			.sql("SELECT K.CATEGORY, K.LEVEL_NAME, COUNT(*) " + from + "GROUP BY K.CATEGORY, K.LEVEL_NAME")
			.param(run)
			.query((rs, i) -> new RiskCounts.Tally(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
		List<RiskCounts.Tally> byDivision = this.jdbc
			.sql("SELECT K.DIVISION_CODE, K.LEVEL_NAME, COUNT(*) " + from + "GROUP BY K.DIVISION_CODE, K.LEVEL_NAME")
			.param(run)
			.query((rs, i) -> new RiskCounts.Tally(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
		return new RiskCounts(cells, byCategory, byDivision);
	}

	/** The run's totals, for the summary line and the exit status. */
	RunTotals totals(long run) {
		return this.jdbc.sql("SELECT COUNT(*), "
				+ "COALESCE(SUM(ROWS_READ), 0), "
				+ "COALESCE(SUM(CASE WHEN SUPERSEDED_BY IS NULL THEN ROWS_READ - ROWS_REJECTED ELSE 0 END), 0), "
				+ "(SELECT COUNT(*) FROM ITA_PROBLEM P WHERE P.RUN_ID = ? AND P.SEVERITY = 'ERROR'), "
				+ "(SELECT COUNT(*) FROM ITA_PROBLEM P WHERE P.RUN_ID = ? AND P.SEVERITY = 'WARNING') "
				+ "FROM ITA_SUBMISSION WHERE RUN_ID = ?")
			.params(run, run, run)
			.query((rs, i) -> new RunTotals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(2) - rs.getInt(3),
					rs.getInt(4), rs.getInt(5)))
			.single();
	}

	void delete(long run) {
		for (String table : List.of("ITA_REPORT", "ITA_RISK", "ITA_PROBLEM", "ITA_SUBMISSION")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE RUN_ID = ?").param(run).update();
		}
	}

	/** The run's records as the workbook writer reads them. */
	MergeRecords records(long run, Plan plan) {
		return new MergeRecords() {

			@Override
			public List<MeasureReport> reportsOn(String measureId) {
				return MergeStaging.this.reportsOn(run, measureId);
			}

			@Override
			public void forEachReport(Consumer<MeasureReport> reports) {
				MergeStaging.this.jdbc.sql(REPORTS + "ORDER BY R.MEASURE_ORDER, R.DIVISION_ORDER, R.FILE_NAME")
					.param(run)
					.query((ResultSet rs) -> {
						reports.accept(report(rs, rs.getRow()));
					});
			}

			@Override
			public void forEachRisk(Consumer<RiskEntry> risks) {
				MergeStaging.this.jdbc.sql(RISKS + "ORDER BY K.SCORE DESC, K.DIVISION_ORDER, K.FILE_NAME, K.SEQ")
					.param(run)
					.query((ResultSet rs) -> {
						risks.accept(risk(rs));
					});
			}

			@Override
			public void forEachRiskIn(String category, Consumer<RiskEntry> risks) {
				MergeStaging.this.jdbc
					.sql(RISKS + "AND K.CATEGORY = ? ORDER BY K.SCORE DESC, K.DIVISION_ORDER, K.FILE_NAME, K.SEQ")
					.params(run, category)
					.query((ResultSet rs) -> {
						risks.accept(risk(rs));
					});
			}

			@Override
			public RiskCounts riskCounts() {
				return MergeStaging.this.riskCounts(run);
			}

			@Override
			public void forEachSubmission(Consumer<SubmissionSummary> submissions) {
				summaries(run, plan).forEach(submissions);
			}

			@Override
			public void forEachProblem(Consumer<Problem> problems) {
				MergeStaging.this.jdbc.sql("SELECT SEVERITY, CODE, FILE_NAME, SHEET_NAME, CELL, FIELD, FOUND, MESSAGE "
						+ "FROM ITA_PROBLEM WHERE RUN_ID = ? ORDER BY ACROSS_FILES DESC, FILE_NAME, SEQ")
					.param(run)
					.query((ResultSet rs) -> {
						problems.accept(problem(rs, rs.getRow()));
					});
			}

		};
	}

	private List<SubmissionSummary> summaries(long run, Plan plan) {
		record Received(String file, String division, Instant savedAt, int read, int rejected, int errors,
				String supersededBy) {
		}
		List<Received> received = this.jdbc.sql("SELECT FILE_NAME, DIVISION_CODE, SAVED_AT, ROWS_READ, ROWS_REJECTED, "
				+ "ERRORS, SUPERSEDED_BY FROM ITA_SUBMISSION WHERE RUN_ID = ? ORDER BY FILE_NAME")
			.param(run)
			.query((rs, i) -> new Received(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getString(7)))
			.list();
		List<SubmissionSummary> summaries = new ArrayList<>();
		for (Division division : plan.divisions()) {
			List<Received> files = received.stream().filter((file) -> division.code().equals(file.division())).toList();
			if (files.isEmpty()) {
				summaries.add(new SubmissionSummary(division.name(), "", null, 0, 0, 0, Status.NOT_RECEIVED, ""));
			}
			for (Received file : files) {
				boolean superseded = file.supersededBy() != null;
				Status status = superseded ? Status.SUPERSEDED
						: (file.errors() > 0) ? Status.MERGED_WITH_ERRORS : Status.MERGED;
				int accepted = superseded ? 0 : file.read() - file.rejected();
				summaries.add(new SubmissionSummary(division.name(), file.file(), file.savedAt(), file.read(), accepted,
						file.read() - accepted, status, superseded ? file.supersededBy() : ""));
			}
		}
		received.stream().filter((file) -> file.division() == null).forEach((file) -> summaries.add(new SubmissionSummary(
				"", file.file(), file.savedAt(), file.read(), 0, file.read(), Status.REJECTED, "")));
		return summaries;
	}

	private static OffsetDateTime time(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : Instant.EPOCH;
	}

}
