package th.ita.merge.report;

import th.ita.merge.plan.Measure;
import th.ita.merge.plan.ProgressState;

/**
 * A measure as the report prints it: one state from all its divisions' reports, the joined result
 * text that stands in that state's column, and the remark.
 */
public record ConsolidatedMeasure(Measure measure, ProgressState state, String result, String remark) {
}
