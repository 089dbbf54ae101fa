package th.ita.merge.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.ita.merge.plan.Plan;

/**
 * What changed on the corruption risks since the round before: the risks whose level changed, the
 * new ones and the ones no longer assessed (closed). A risk is the same from round to round when
 * its division, category and event are; risks not counted in either round are left out.
 */
public record RiskChanges(List<Change> changed, List<Change> added, List<Change> closed) {

	/** One risk: where it stands, and its level in the round before and now ("" where it was not). */
	public record Change(String division, String category, String event, String before, String now) {
	}

	public static RiskChanges between(Plan plan, List<PreviousRisk> previous, RiskRecords now) {
		Map<String, PreviousRisk> before = new LinkedHashMap<>();
		previous.stream().filter(PreviousRisk::counted).forEach((risk) -> before.putIfAbsent(risk.key(), risk));
		List<Change> changed = new ArrayList<>();
		List<Change> added = new ArrayList<>();
		now.forEachRisk((risk) -> {
			PreviousRisk current = new PreviousRisk(plan.divisionName(risk.divisionCode()), risk.category(), risk.process(),
					risk.event(), risk.factors(), risk.controls(), Integer.toString(risk.likelihood()),
					Integer.toString(risk.impact()), risk.level(), risk.measure(), risk.owner(), risk.timeline(), risk.status(),
					true);
			PreviousRisk then = before.remove(current.key());
			if (then == null) {
				added.add(new Change(current.divisionName(), risk.category(), risk.event(), "", risk.level()));
			}
			else if (!then.level().equals(risk.level())) {
				changed.add(new Change(current.divisionName(), risk.category(), risk.event(), then.level(), risk.level()));
			}
		});
		List<Change> closed = before.values()
			.stream()
			.map((risk) -> new Change(risk.divisionName(), risk.category(), risk.event(), risk.level(), ""))
			.toList();
		return new RiskChanges(changed, added, closed);
	}

}
