package th.ita.merge.merge.internal;

import static th.ita.merge.merge.internal.StagingTables.inUse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;

import th.ita.merge.measure.MeasureReport;
import th.ita.merge.measure.MeasureReports;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.problem.Severity;
import th.ita.merge.risk.RejectedRisk;
import th.ita.merge.risk.RiskCounts;
import th.ita.merge.risk.RiskEntry;
import th.ita.merge.risk.RiskRecords;

/**
 * One run's staged rows as the features' outputs read them, a query at a time, so that the run's
 * size never has to fit in memory: the measure reports and risks of the files in use, counted and
 * ordered by the database, and every problem.
 */
final class StagedRecords implements MeasureReports, RiskRecords {

	private static final String REPORTS = "SELECT R.MEASURE_ID, R.DIVISION_CODE, R.STATE, R.RESULT, R.REMARK, "
			+ "R.EVIDENCE, R.FILE_NAME, R.SHEET_NAME, R.CELL FROM ITA_REPORT R" + inUse("R") + "WHERE R.RUN_ID = ? ";

	private static final String RISKS = "SELECT K.DIVISION_CODE, K.CATEGORY, K.PROCESS, K.EVENT, K.FACTORS, "
			+ "K.CONTROLS, K.LIKELIHOOD, K.IMPACT, K.LEVEL_NAME, K.MEASURE, K.OWNER, K.TIMELINE, K.STATUS, K.FILE_NAME, "
			+ "K.SHEET_NAME, K.CELL FROM ITA_RISK K" + inUse("K") + "WHERE K.RUN_ID = ? ";

	/** Before the message of a superseded file's problem. */
	static final String SUPERSEDED_MARK = "[ไฟล์นี้ถูกแทนที่ด้วยไฟล์ที่ใหม่กว่า ไม่นำมารวม ไม่ต้องแก้ไข] ";

	private static final String RISK_ORDER = "ORDER BY K.SCORE DESC, K.DIVISION_ORDER, K.FILE_NAME, K.SEQ";

	private final JdbcClient jdbc;

	private final long run;

	/** Written by whichever thread asked last: the record is replaced whole, never changed. */
	private volatile Last last;

	/** The run's risk counts, once counted: immutable, so a second thread may at worst count again. */
	private volatile RiskCounts riskCounts;

	StagedRecords(JdbcClient jdbc, long run) {
		this.jdbc = jdbc;
		this.run = run;
	}

	@Override
	public List<MeasureReport> reportsOn(String measureId) {
		Last last = this.last;
		if (last != null && last.measureId().equals(measureId)) {
			return last.reports();
		}
		List<MeasureReport> reports = List.copyOf(this.jdbc
			.sql(REPORTS + "AND R.MEASURE_ID = ? ORDER BY R.DIVISION_ORDER, R.FILE_NAME")
			.params(this.run, measureId)
			.query((rs, i) -> report(rs))
			.list());
		this.last = new Last(measureId, reports);
		return reports;
	}

	/**
	 * The reports on the measure asked for last: the report's one pass (its line, then its
	 * divisions) and the round's changes (its state, then its reports) ask twice in a row, and each
	 * asking is a query of all its divisions.
	 */
	private record Last(String measureId, List<MeasureReport> reports) {
	}

	@Override
	public void forEachReport(Consumer<MeasureReport> reports) {
		this.jdbc.sql(REPORTS + "ORDER BY R.MEASURE_ORDER, R.DIVISION_ORDER, R.FILE_NAME")
			.param(this.run)
			.query((ResultSet rs) -> reports.accept(report(rs)));
	}

	@Override
	public void forEachRisk(Consumer<RiskEntry> risks) {
		this.jdbc.sql(RISKS + RISK_ORDER).param(this.run).query((ResultSet rs) -> risks.accept(risk(rs)));
	}

	@Override
	public void forEachRiskIn(String category, Consumer<RiskEntry> risks) {
		this.jdbc.sql(RISKS + "AND K.CATEGORY = ? " + RISK_ORDER)
			.params(this.run, category)
			.query((ResultSet rs) -> risks.accept(risk(rs)));
	}

	/**
	 * The heat map's cells and the tallies beside it, each one GROUP BY over the run's risks, made
	 * once: the identity's totals, the heat map, the risk sheet and the risk document all ask.
	 */
	@Override
	public RiskCounts riskCounts() {
		RiskCounts counts = this.riskCounts;
		if (counts == null) {
			counts = countRisks();
			this.riskCounts = counts;
		}
		return counts;
	}

	private RiskCounts countRisks() {
		String from = "FROM ITA_RISK K" + inUse("K") + "WHERE K.RUN_ID = ? ";
		List<RiskCounts.HeatCell> cells = this.jdbc
			.sql("SELECT K.LIKELIHOOD, K.IMPACT, COUNT(*) " + from + "GROUP BY K.LIKELIHOOD, K.IMPACT")
			.param(this.run)
			.query((rs, i) -> new RiskCounts.HeatCell(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.list();
		return new RiskCounts(cells, tally("K.CATEGORY", from), tally("K.DIVISION_CODE", from));
	}

	private List<RiskCounts.Tally> tally(String group, String from) {
		return this.jdbc.sql("SELECT " + group + ", K.LEVEL_NAME, COUNT(*) " + from + "GROUP BY " + group + ", K.LEVEL_NAME")
			.param(this.run)
			.query((rs, i) -> new RiskCounts.Tally(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	@Override
	public List<String> rejectedOn(String measureId) {
		return this.jdbc.sql("SELECT J.DIVISION_CODE FROM ITA_REJECTED J" + inUse("J")
				+ "WHERE J.RUN_ID = ? AND J.FEATURE = 'MEASURE' AND J.ROW_KEY = ? "
				+ "GROUP BY J.DIVISION_CODE ORDER BY MIN(J.DIVISION_ORDER)")
			.params(this.run, measureId)
			.query(String.class)
			.list();
	}

	@Override
	public void forEachRejectedRisk(Consumer<RejectedRisk> risks) {
		this.jdbc.sql("SELECT J.DIVISION_CODE, J.WRITTEN, J.REASONS, J.FILE_NAME, J.SHEET_NAME, J.CELL FROM ITA_REJECTED J"
				+ inUse("J") + "WHERE J.RUN_ID = ? AND J.FEATURE = 'RISK' ORDER BY J.DIVISION_ORDER, J.FILE_NAME, J.SEQ")
			.param(this.run)
			.query((ResultSet rs) -> risks.accept(new RejectedRisk(rs.getString(1),
					StagingTables.splitWritten(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6))));
	}

	@Override
	public int rejectedRisks() {
		return this.jdbc.sql("SELECT COUNT(*) FROM ITA_REJECTED J" + inUse("J")
				+ "WHERE J.RUN_ID = ? AND J.FEATURE = 'RISK'")
			.param(this.run)
			.query(Integer.class)
			.single();
	}

	/**
	 * Every problem: those across files first, then by file in name order, each file's as found,
	 * and last those of files superseded by a newer one, marked so: they are not merged and need
	 * no fixing.
	 */
	void forEachProblem(Consumer<StagedProblem> problems) {
		this.jdbc.sql("SELECT P.SEVERITY, P.CODE, P.FILE_NAME, P.SHEET_NAME, P.CELL, P.FIELD, P.FOUND, P.MESSAGE, "
				+ "CASE WHEN P.ACROSS_FILES = FALSE AND S.SUPERSEDED_BY IS NOT NULL THEN 1 ELSE 0 END AS OLD "
				+ "FROM ITA_PROBLEM P LEFT JOIN ITA_SUBMISSION S ON S.RUN_ID = P.RUN_ID AND S.FILE_NAME = P.FILE_NAME "
				+ "WHERE P.RUN_ID = ? ORDER BY P.ACROSS_FILES DESC, OLD, P.FILE_NAME, P.SEQ")
			.param(this.run)
			.query((ResultSet rs) -> {
				boolean superseded = rs.getInt(9) == 1;
				String message = superseded ? SUPERSEDED_MARK + rs.getString(8) : rs.getString(8);
				problems.accept(new StagedProblem(new Problem(Severity.valueOf(rs.getString(1)),
						ProblemCode.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), message), superseded));
			});
	}

	/** The problems for the error log, in the same order. */
	void forEachLoggedProblem(Consumer<Problem> problems) {
		forEachProblem((staged) -> problems.accept(staged.problem()));
	}

	/** A problem as the errors sheet and the log list it, and whether its file was superseded. */
	record StagedProblem(Problem problem, boolean ofSupersededFile) {
	}

	private static MeasureReport report(ResultSet rs) throws SQLException {
		return new MeasureReport(rs.getString(1), rs.getString(2), ProgressState.valueOf(rs.getString(3)),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
	}

	private static RiskEntry risk(ResultSet rs) throws SQLException {
		return new RiskEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
				rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16));
	}

}
