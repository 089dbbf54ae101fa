package th.ita.merge.measure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import th.ita.merge.measure.internal.MeasureStates;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.Tool;

/**
 * What changed on the measures since the round before ({@code since}, as the report names it): per measure its state then and now and how
 * it moved, the measures added and removed, and per division how its own measures moved.
 */
public record MeasureChanges(String since, List<Line> lines, Map<String, Map<Movement, Integer>> byDivision) {

	/** One measure: its texts, its state in each round (empty where it was not there) and its movement. */
	public record Line(String measureId, Tool tool, String weakness, String responsible, Optional<ProgressState> before,
			Optional<ProgressState> now, Movement movement) {
	}

	/** Compares this round's reports with what the divisions reported in the round before. */
	public static MeasureChanges between(Plan plan, PreviousAnswers previous, MeasureReports now) {
		List<Line> lines = new ArrayList<>();
		Map<String, Map<Movement, Integer>> byDivision = new LinkedHashMap<>();
		for (Division division : plan.divisions()) {
			byDivision.put(division.name(), new EnumMap<>(Movement.class));
		}
		for (Measure measure : plan.measures()) {
			Optional<ProgressState> before = previous.stateOf(measure.id());
			Optional<ProgressState> current = Optional.of(MeasureStates.stateOf(plan, measure, now));
			lines.add(new Line(measure.id(), measure.tool(), measure.weakness(), measure.responsible(), before, current,
					Movement.of(before, current)));
			for (MeasureReport report : now.reportsOn(measure.id())) {
				String division = plan.divisionName(report.divisionCode());
				Optional<ProgressState> own = previous.of(measure.id(), division).map(PreviousReport::state);
				byDivision.computeIfAbsent(division, (name) -> new EnumMap<>(Movement.class))
					.merge(Movement.of(own, Optional.of(report.state())), 1, Integer::sum);
			}
		}
		Set<String> planned = plan.measures().stream().map(Measure::id).collect(Collectors.toSet());
		Map<String, PreviousReport> removed = new LinkedHashMap<>();
		previous.reports().stream().filter((report) -> !planned.contains(report.measureId()))
			.forEach((report) -> removed.putIfAbsent(report.measureId(), report));
		removed.values().forEach((report) -> lines.add(new Line(report.measureId(), Tool.parse(report.tool()).orElse(null),
				report.weakness(), "", previous.stateOf(report.measureId()), Optional.empty(), Movement.REMOVED)));
		return new MeasureChanges(previous.roundTitle(), lines, byDivision);
	}

	/** How many of the tool's measures moved each way. */
	public Map<Movement, Integer> countsOf(Tool tool) {
		Map<Movement, Integer> counts = new EnumMap<>(Movement.class);
		this.lines.stream().filter((line) -> line.tool() == tool)
			.forEach((line) -> counts.merge(line.movement(), 1, Integer::sum));
		return counts;
	}

}
