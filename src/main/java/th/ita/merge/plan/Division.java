package th.ita.merge.plan;

import java.util.List;

/**
 * A division (สำนัก/กอง) on the roster and the responsible units it reports for: its own name
 * and, for example, the sections (งาน) inside it or the executives.
 */
public record Division(String code, String name, List<String> units) {

	public Division {
		units = List.copyOf(units);
	}

	public boolean reportsFor(String unit) {
		return this.name.equals(unit) || this.units.contains(unit);
	}

}
