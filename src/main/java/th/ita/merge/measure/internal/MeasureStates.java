package th.ita.merge.measure.internal;

import th.ita.merge.measure.MeasureReports;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;

/** A measure's state this round, as the report prints it: the one rule for the report and the changes. */
public final class MeasureStates {

	private MeasureStates() {
	}

	public static ProgressState stateOf(Plan plan, Measure measure, MeasureReports reports) {
		return ReportOutline.line(plan, measure, reports).state();
	}

}
