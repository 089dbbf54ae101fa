package th.ita.merge.report;

import java.util.List;
import java.util.function.Consumer;

import th.ita.merge.problem.Problem;
import th.ita.merge.risk.RiskCounts;
import th.ita.merge.risk.RiskEntry;
import th.ita.merge.submission.MeasureReport;

/**
 * What a merge run found, handed to the workbook writer a piece at a time so that the run's size
 * never has to fit in memory at once.
 */
public interface MergeRecords {

	/** The accepted reports on one measure, in roster order. */
	List<MeasureReport> reportsOn(String measureId);

	/** Every accepted report, by measure in plan order, then by division in roster order. */
	void forEachReport(Consumer<MeasureReport> reports);

	/** Every accepted risk, the highest score first, then by division in roster order. */
	void forEachRisk(Consumer<RiskEntry> risks);

	/** The accepted risks of one category, the highest score first. */
	void forEachRiskIn(String category, Consumer<RiskEntry> risks);

	/** The accepted risks counted per heat-map cell, per category and level, per division and level. */
	RiskCounts riskCounts();

	/** One line per division on the roster and per file that matched none. */
	void forEachSubmission(Consumer<SubmissionSummary> submissions);

	/** Every problem found, files in name order. */
	void forEachProblem(Consumer<Problem> problems);

}
