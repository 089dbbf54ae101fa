package th.ita.merge.measure;

import java.util.List;
import java.util.Optional;

/**
 * What the divisions reported on their measures in an earlier round, which the templates of the
 * next round start from; {@link #NONE} for a round that starts afresh.
 * @param roundTitle the earlier round, as the templates name it: "รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
 */
public record PreviousAnswers(String roundTitle, List<PreviousReport> reports) {

	public static final PreviousAnswers NONE = new PreviousAnswers("", List.of());

	public boolean isEmpty() {
		return this.reports.isEmpty();
	}

	/** The measure's state across the divisions that reported it then; empty when it was not reported. */
	public Optional<ProgressState> stateOf(String measureId) {
		List<ProgressState> states = this.reports.stream()
			.filter((report) -> report.measureId().equals(measureId))
			.map(PreviousReport::state)
			.toList();
		return states.isEmpty() ? Optional.empty() : Optional.of(ProgressState.overall(states, true));
	}

	/** What the division of this name reported on the measure, if it did. */
	public Optional<PreviousReport> of(String measureId, String divisionName) {
		return this.reports.stream()
			.filter((report) -> report.measureId().equals(measureId) && report.divisionName().equals(divisionName))
			.findFirst();
	}

}
