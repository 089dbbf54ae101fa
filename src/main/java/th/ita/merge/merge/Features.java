package th.ita.merge.merge;

import java.util.List;

import th.ita.merge.division.DivisionSheet;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.plan.Plan;
import th.ita.merge.risk.RiskSheet;

/**
 * The features of the division workbook, in the order their sheets stand in a template: the
 * measures, then the corruption risks. The one place that lists them, for the templates, the
 * validate command and the merge alike.
 */
public record Features(MeasureSheet measures, RiskSheet risks) {

	public static Features of(Plan plan) {
		return new Features(new MeasureSheet(plan), new RiskSheet(plan));
	}

	/** The features whose templates start from what each division reported and sent in an earlier round. */
	public static Features startingFrom(Plan plan, PreviousRound previous) {
		return new Features(new MeasureSheet(plan, previous.answers()), new RiskSheet(plan, previous.risks()));
	}

	public List<DivisionSheet<?>> sheets() {
		return List.of(this.measures, this.risks);
	}

}
