package th.ita.merge.boundary;

import th.ita.merge.plan.Plan;
import th.ita.merge.risk.internal.RiskTemplateSheet;

/**
 * A class that breaks the house rules on purpose, so the boundary test can show it would catch a
 * reach into another feature's internals. Never used by the tool.
 */
final class ReachIntoRiskInternals {

	private ReachIntoRiskInternals() {
	}

	static RiskTemplateSheet reach(Plan plan) {
		return new RiskTemplateSheet(plan, "ita");
	}

}
