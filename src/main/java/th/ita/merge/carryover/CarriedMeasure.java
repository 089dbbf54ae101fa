package th.ita.merge.carryover;

import java.util.Optional;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Measure;

/**
 * A measure of this year's plan carried over to next year's (ยกไปปีถัดไป), with the state the
 * consolidated workbook gave it: not done, or not in that workbook at all.
 */
public record CarriedMeasure(Measure measure, Optional<ProgressState> previousState) {

	/** What the new plan says of a measure no division reported on. */
	public static final String NOT_REPORTED = "ไม่มีผลในรายงานรวมปีก่อน";

	/** The state as the new plan writes it beside the measure, for the officer to decide on. */
	public String note() {
		return this.previousState.map(ProgressState::thai).orElse(NOT_REPORTED);
	}

}
