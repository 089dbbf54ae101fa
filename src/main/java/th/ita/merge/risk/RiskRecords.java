package th.ita.merge.risk;

import java.util.function.Consumer;

/**
 * The accepted risks of a run, as the risk outputs read them: a port the merge's staging
 * implements, counting in the database rather than in memory.
 */
public interface RiskRecords {

	/** Every accepted risk, the highest score first, then by division in roster order. */
	void forEachRisk(Consumer<RiskEntry> risks);

	/** The accepted risks of one category, the highest score first. */
	void forEachRiskIn(String category, Consumer<RiskEntry> risks);

	/** The accepted risks counted per heat-map cell, per category and level, per division and level. */
	RiskCounts riskCounts();

	/** Every risk sent but not accepted, by division in roster order, as the file has them. */
	void forEachRejectedRisk(Consumer<RejectedRisk> risks);

	/** How many risks were sent but not accepted. */
	int rejectedRisks();

}
