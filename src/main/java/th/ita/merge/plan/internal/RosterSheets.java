package th.ita.merge.plan.internal;

import static th.ita.merge.plan.PlanLayout.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Tool;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.value.CellValues;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.Table;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The roster, indicators and measures sheets of the plan. The plan is the one source of which
 * tool each indicator belongs to: the indicators sheet says it in its "ด้าน" column, and a measure
 * whose own "ด้าน" disagrees is refused with both cells named. Every responsible unit must map to
 * a division, every measure's indicator must be in the plan.
 */
final class RosterSheets {

	/** A list number typed before a weakness or guideline; the report numbers rows itself. */
	private static final Pattern LIST_NUMBER = Pattern.compile("^[0-9๐-๙]{1,3}\\s*[.)]\\s*");

	/** Indicator numbers the plan accepts: the framework renumbers, so only a sane range is checked. */
	private static final int LAST_INDICATOR = 99;

	private final XlsxFile workbook;

	private final PlanProblems problems;

	private final List<Division> divisions = new ArrayList<>();

	/** The indicators by number, with the cell of their "ด้าน". */
	private final Map<Integer, PlannedIndicator> indicators = new LinkedHashMap<>();

	private final List<Measure> measures = new ArrayList<>();

	private record PlannedIndicator(Indicator indicator, String toolCell, int row) {
	}

	RosterSheets(XlsxFile workbook, PlanProblems problems) {
		this.workbook = workbook;
		this.problems = problems;
	}

	void read() throws IOException {
		readDivisions();
		readIndicators();
		readMeasures();
	}

	List<Division> divisions() {
		return this.divisions;
	}

	List<Indicator> indicators() {
		return this.indicators.values().stream().map(PlannedIndicator::indicator).toList();
	}

	List<Measure> measures() {
		return this.measures;
	}

	/** Streams a table of the plan; false when the sheet is missing or has no header row. */
	private boolean table(String name, List<String> headers, Consumer<Table.Row> rows) throws IOException {
		Optional<SheetInfo> sheet = this.workbook.sheet(name);
		if (sheet.isEmpty()) {
			this.problems.add(ProblemCode.PLAN_SHEET_MISSING, "", "", "", name);
			return false;
		}
		Table table = Table.read(this.workbook, sheet.get(), headers, (row) -> {
			if (!row.isBlank(headers)) {
				rows.accept(row);
			}
		});
		this.problems.missingHeaders(table, name);
		return table.found();
	}

	private void readDivisions() throws IOException {
		Set<String> codes = new LinkedHashSet<>();
		boolean found = table(DIVISIONS_SHEET, DIVISION_HEADERS, (row) -> {
			String code = row.text(DIVISION_CODE);
			String name = CellValues.words(row.text(DIVISION_NAME));
			if (code.isEmpty() || name.isEmpty()) {
				this.problems.add(ProblemCode.PLAN_DIVISION_INCOMPLETE, DIVISIONS_SHEET,
						row.reference(code.isEmpty() ? DIVISION_CODE : DIVISION_NAME), "");
			}
			else if (!codes.add(code)) {
				this.problems.add(ProblemCode.PLAN_DIVISION_DUPLICATE, DIVISIONS_SHEET, row.reference(DIVISION_CODE), code);
			}
			else {
				this.divisions.add(new Division(code, name, ResponsibleUnits.parse(row.text(DIVISION_UNITS))));
			}
		});
		if (found && this.divisions.isEmpty() && codes.isEmpty()) {
			this.problems.add(ProblemCode.PLAN_NO_DIVISIONS, DIVISIONS_SHEET, "", "", DIVISIONS_SHEET);
		}
	}

	private void readIndicators() throws IOException {
		table(INDICATORS_SHEET, INDICATOR_HEADERS, (row) -> {
			Optional<Tool> tool = tool(INDICATORS_SHEET, row, INDICATOR_TOOL);
			OptionalInt number = indicatorNumber(INDICATORS_SHEET, row, INDICATOR_NUMBER);
			if (tool.isEmpty() || number.isEmpty()) {
				return;
			}
			PlannedIndicator first = this.indicators.get(number.getAsInt());
			if (first != null) {
				this.problems.add(ProblemCode.PLAN_INDICATOR_DUPLICATE, INDICATORS_SHEET, row.reference(INDICATOR_NUMBER),
						Integer.toString(number.getAsInt()), INDICATORS_SHEET, Integer.toString(first.row()));
				return;
			}
			Indicator indicator = new Indicator(tool.get(), number.getAsInt(), row.text(INDICATOR_NAME),
					row.text(INDICATOR_NARRATIVE));
			this.indicators.put(number.getAsInt(),
					new PlannedIndicator(indicator, row.reference(INDICATOR_TOOL), row.number()));
		});
	}

	private void readMeasures() throws IOException {
		Set<String> ids = new LinkedHashSet<>();
		boolean found = table(MEASURES_SHEET, MEASURE_HEADERS, (row) -> {
			String id = row.text(MEASURE_ID);
			if (id.isEmpty() || !ids.add(id)) {
				this.problems.add(ProblemCode.PLAN_MEASURE_ID_INVALID, MEASURES_SHEET, row.reference(MEASURE_ID), id);
				return;
			}
			Optional<Tool> tool = tool(MEASURES_SHEET, row, MEASURE_TOOL);
			OptionalInt number = indicatorNumber(MEASURES_SHEET, row, MEASURE_INDICATOR);
			if (tool.isEmpty() || number.isEmpty()) {
				return;
			}
			checkIndicator(row, tool.get(), number.getAsInt());
			String responsible = CellValues.words(row.text(MEASURE_RESPONSIBLE));
			List<String> units = ResponsibleUnits.parse(responsible);
			checkUnits(row, id, units);
			this.measures.add(new Measure(id, tool.get(), number.getAsInt(), row.text(MEASURE_TOPIC),
					unnumbered(row.text(MEASURE_WEAKNESS)), unnumbered(row.text(MEASURE_GUIDELINE)), responsible, units));
		});
		if (found && ids.isEmpty()) {
			this.problems.add(ProblemCode.PLAN_NO_MEASURES, MEASURES_SHEET, "", "", MEASURES_SHEET);
		}
	}

	/** The measure's indicator is in the plan, under the tool the measure names. */
	private void checkIndicator(Table.Row row, Tool tool, int number) {
		PlannedIndicator planned = this.indicators.get(number);
		if (planned == null) {
			this.problems.add(ProblemCode.PLAN_INDICATOR_UNKNOWN, MEASURES_SHEET, row.reference(MEASURE_INDICATOR),
					Integer.toString(number), INDICATORS_SHEET);
		}
		else if (planned.indicator().tool() != tool) {
			this.problems.add(ProblemCode.PLAN_TOOL_DISAGREES, MEASURES_SHEET, row.reference(MEASURE_TOOL), tool.name(),
					Integer.toString(number), planned.indicator().tool().name(), INDICATORS_SHEET, planned.toolCell());
		}
	}

	private void checkUnits(Table.Row row, String id, List<String> units) {
		if (units.isEmpty()) {
			this.problems.add(ProblemCode.PLAN_RESPONSIBLE_MISSING, MEASURES_SHEET, row.reference(MEASURE_RESPONSIBLE),
					"", id);
		}
		for (String unit : units) {
			boolean known = Measure.EVERY_DIVISION.equals(unit)
					|| this.divisions.stream().anyMatch((division) -> division.reportsFor(unit));
			if (!known) {
				this.problems.add(ProblemCode.PLAN_UNIT_UNKNOWN, MEASURES_SHEET, row.reference(MEASURE_RESPONSIBLE), unit,
						DIVISION_UNITS, DIVISIONS_SHEET);
			}
		}
	}

	private Optional<Tool> tool(String sheet, Table.Row row, String header) {
		Optional<Tool> tool = Tool.parse(row.text(header));
		if (tool.isEmpty()) {
			this.problems.add(ProblemCode.PLAN_TOOL_UNKNOWN, sheet, row.reference(header), row.text(header));
		}
		return tool;
	}

	private OptionalInt indicatorNumber(String sheet, Table.Row row, String header) {
		OptionalInt number = CellValues.wholeNumber(row.text(header));
		if (number.isEmpty() || number.getAsInt() < 1 || number.getAsInt() > LAST_INDICATOR) {
			this.problems.add(ProblemCode.PLAN_INDICATOR_NUMBER_INVALID, sheet, row.reference(header), row.text(header));
			return OptionalInt.empty();
		}
		return number;
	}

	private static String unnumbered(String text) {
		return LIST_NUMBER.matcher(text).replaceFirst("");
	}

}
