package th.ita.merge.measure.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellRangeAddress;

import th.ita.merge.division.RowTally;
import th.ita.merge.measure.MeasureReport;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.xlsx.RawCell;
import th.ita.merge.xlsx.Table;

/**
 * The checks of a measures sheet as a whole, once its rows are read: merged ranges that hide
 * data, rows of the division's measures that are missing, and rows that are another division's
 * template altogether.
 */
final class SheetChecks {

	private final Plan plan;

	private final Division division;

	private final Location sheet;

	private final RowTally<MeasureReport> tally;

	SheetChecks(Plan plan, Division division, Location sheet, RowTally<MeasureReport> tally) {
		this.plan = plan;
		this.division = division;
		this.sheet = sheet;
		this.tally = tally;
	}

	/**
	 * Warns of merged ranges below the header that cover a cell holding data: the other rows of
	 * the range look empty, which is rarely what the division meant.
	 */
	void mergedRanges(List<String> ranges, int headerRow, Map<String, String> filledCells) {
		for (String ref : ranges) {
			CellRangeAddress range = CellRangeAddress.valueOf(ref);
			String first = RawCell.reference(range.getFirstRow() + 1, range.getFirstColumn());
			if (range.getFirstRow() + 1 > headerRow && filledCells.containsKey(first)) {
				this.tally.problem(Problem.of(ProblemCode.MERGED_CELLS,
						this.sheet.at(this.sheet.sheet(), first, filledCells.get(first)), "", ref));
			}
		}
	}

	/**
	 * The rows of the division's measures that are not in the sheet: each is a warning, and when
	 * none is left at all, an error of the sheet (the file is not a report of anything).
	 */
	void missingRows(Table table, Set<String> present) {
		Optional<Division> owner = anotherDivisionsTemplate(present);
		if (owner.isPresent()) {
			Location where = this.sheet.at(this.sheet.sheet(), "A" + (table.headerRow() + 1), "");
			this.tally.problem(Problem.of(ProblemCode.TEMPLATE_OF_ANOTHER_DIVISION, where, this.division.name(),
					owner.get().name()));
			return;
		}
		List<String> missing = this.plan.measuresOf(this.division)
			.stream()
			.map(Measure::id)
			.filter((id) -> !present.contains(id))
			.toList();
		if (!missing.isEmpty() && present.isEmpty()) {
			Location where = this.sheet.at(this.sheet.sheet(), "A" + (table.headerRow() + 1), "");
			this.tally.problem(Problem.of(ProblemCode.MEASURE_ROWS_ALL_MISSING, where, "", MeasureSheet.NAME,
					this.division.name(), Integer.toString(missing.size())));
			return;
		}
		for (String id : missing) {
			this.tally.problem(Problem.of(ProblemCode.MEASURE_ROW_MISSING, this.sheet.at(this.sheet.sheet(), "", ""), id,
					this.division.name()));
		}
	}

	/**
	 * The division whose template the rows are, when they are some other division's and not this
	 * one's: a file whose identity sheet was switched, or copied from another division's file.
	 */
	private Optional<Division> anotherDivisionsTemplate(Set<String> present) {
		Set<String> own = this.plan.measuresOf(this.division).stream().map(Measure::id).collect(Collectors.toSet());
		if (present.isEmpty() || own.containsAll(present)) {
			return Optional.empty();
		}
		return this.plan.divisions()
			.stream()
			.filter((other) -> !other.equals(this.division))
			.filter((other) -> this.plan.measuresOf(other).stream().map(Measure::id).toList().containsAll(present))
			.findFirst();
	}

}
