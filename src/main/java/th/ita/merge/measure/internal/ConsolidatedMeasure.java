package th.ita.merge.measure.internal;

import th.ita.merge.plan.Measure;
import th.ita.merge.measure.ProgressState;

/**
 * A measure as the report prints it: one state from all its divisions' reports, the joined result
 * text that stands in that state's column, and the remark.
 */
record ConsolidatedMeasure(Measure measure, ProgressState state, String result, String remark) {
}
