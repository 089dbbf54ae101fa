package th.ita.merge.rollup.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.measure.ProgressState;

/**
 * One organization's line in the provincial summary: who it is, whether its consolidated workbook
 * arrived (which file, made when), its measures per state, its risks per level, and how many
 * errors and warnings its own merge had. An organization on the roster that sent nothing has no
 * {@code received} and no counts.
 */
public record OrganizationProgress(String code, String name, String type, String district, Optional<Received> received,
		Map<ProgressState, Integer> measures, Map<String, Integer> risksByLevel, int errors, int warnings) {

	/** The levels a province counts as high: สูง and สูงมาก. */
	public static final List<String> HIGH_LEVELS = List.of("สูง", "สูงมาก");

	public OrganizationProgress {
		measures = Map.copyOf(measures);
		risksByLevel = Map.copyOf(risksByLevel);
	}

	/** The file the organization sent (as it named it) and when its merge made it. */
	public record Received(String fileName, Instant madeAt) {
	}

	public int measures(ProgressState state) {
		return this.measures.getOrDefault(state, 0);
	}

	public int measureCount() {
		return this.measures.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Measures done as a percentage of all its measures; 0 when it has none. */
	public double percentDone() {
		int all = measureCount();
		return (all == 0) ? 0 : 100.0 * measures(ProgressState.DONE) / all;
	}

	public int risks(String level) {
		return this.risksByLevel.getOrDefault(level, 0);
	}

	public int riskCount() {
		return this.risksByLevel.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Its risks at level สูง or สูงมาก. */
	public int highRisks() {
		return HIGH_LEVELS.stream().mapToInt(this::risks).sum();
	}

}
