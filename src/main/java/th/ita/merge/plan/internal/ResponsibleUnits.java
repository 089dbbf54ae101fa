package th.ita.merge.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import th.ita.merge.plan.Measure;

/**
 * Reads the responsible-unit text of a measure (ผู้รับผิดชอบ), such as
 * "งานธุรการ / งานนิติการ" or "ผู้บริหาร / ทุกสำนัก/กอง", into the list of units it names. Units
 * are separated by a slash, a comma or a line break; "ทุกสำนัก/กอง" (every division) is one unit
 * although it contains a slash, and stands apart even where no separator precedes it, as in the
 * seed's "ผู้บริหาร ทุก สำนัก/กอง".
 */
public final class ResponsibleUnits {

	private static final String PLACEHOLDER = "\u0000EVERY\u0000";

	private static final Pattern SEPARATOR = Pattern.compile("\\s*[/,\\n]\\s*");

	private static final Pattern EVERY_DIVISION_WRITTEN = Pattern.compile("ทุก\\s*สำนัก\\s*/\\s*กอง");

	private ResponsibleUnits() {
	}

	public static List<String> parse(String written) {
		List<String> units = new ArrayList<>();
		if (written == null) {
			return units;
		}
		String marked = EVERY_DIVISION_WRITTEN.matcher(written).replaceAll("/" + PLACEHOLDER + "/");
		for (String part : SEPARATOR.split(marked)) {
			String unit = part.replace(PLACEHOLDER, Measure.EVERY_DIVISION).strip().replaceAll("\\s+", " ");
			if (!unit.isEmpty() && !units.contains(unit)) {
				units.add(unit);
			}
		}
		return units;
	}

}
