package th.ita.merge.merge.internal;

import th.ita.merge.measure.MeasureChanges;
import th.ita.merge.merge.PreviousRound;
import th.ita.merge.plan.Plan;
import th.ita.merge.risk.RiskChanges;

/** What changed since the round before, on the measures and on the risks, worked out once a run. */
record RoundChanges(PreviousRound previous, MeasureChanges measures, RiskChanges risks) {

	static RoundChanges of(Plan plan, PreviousRound previous, StagedRecords records) {
		return new RoundChanges(previous, MeasureChanges.between(plan, previous.answers(), records),
				RiskChanges.between(plan, previous.risks(), records));
	}

}
