package th.ita.merge.measure.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import th.ita.merge.division.RejectedRow;
import th.ita.merge.division.RowTally;
import th.ita.merge.division.SheetResult;
import th.ita.merge.division.TableSheet;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureReport;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.value.ThaiDigits;
import th.ita.merge.xlsx.CellKind;
import th.ita.merge.xlsx.RawCell;
import th.ita.merge.xlsx.Table;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Checks the measure rows of one file as they stream past. A row is accepted or rejected as a
 * whole, by the one rule of {@link RowTally}: every row read ends up either in the reports or
 * counted as rejected with at least one error naming its cell.
 */
public final class MeasureRowReader implements TableSheet.Rows {

	private static final TableSheet TABLE = new TableSheet(MeasureSheet.NAME, ProblemCode.SHEET_MISSING,
			MeasureColumn.headers(), required());

	private static final List<MeasureColumn> CHECKED = List.of(MeasureColumn.ID, MeasureColumn.STATE,
			MeasureColumn.RESULT, MeasureColumn.REMARK, MeasureColumn.EVIDENCE);

	private final Plan plan;

	private final Division division;

	private final Location sheet;

	private final RowTally<MeasureReport> tally = new RowTally<>();

	private final Map<String, Integer> seen = new HashMap<>();

	/** The measure ids of every row read, accepted or not. */
	private final Set<String> present = new HashSet<>();

	/** Cells that hold data, by reference, with the header of their column: for merged ranges. */
	private final Map<String, String> filledCells = new LinkedHashMap<>();

	/** The columns a division must not lose: the measure's id and everything it fills in. */
	private static List<String> required() {
		List<String> required = new ArrayList<>(List.of(MeasureColumn.ID.header()));
		required.addAll(MeasureColumn.editableHeaders());
		return required;
	}

	private MeasureRowReader(Plan plan, Division division, Location sheet) {
		this.plan = plan;
		this.division = division;
		this.sheet = sheet;
	}

	/** Streams the measures sheet of a returned file; a missing sheet or header is a problem of the file. */
	public static SheetResult<MeasureReport> read(MeasureSheet measures, Plan plan, XlsxFile workbook, Location file,
			Division division) throws IOException {
		MeasureRowReader rows = new MeasureRowReader(plan, division, file.at(MeasureSheet.NAME, "", ""));
		return TABLE.read(measures, workbook, file, rows.tally, rows);
	}

	@Override
	public void afterTable(Table table, List<String> mergedRanges) {
		SheetChecks checks = new SheetChecks(this.plan, this.division, this.sheet, this.tally);
		checks.mergedRanges(mergedRanges, table.headerRow(), this.filledCells);
		checks.missingRows(table, this.present);
	}

	@Override
	public void accept(Table.Row row) {
		List<String> filled = TABLE.required();
		boolean uncalculated = CHECKED.stream().anyMatch((column) -> row.cell(column.header())
			.filter((cell) -> cell.kind() == CellKind.FORMULA_WITHOUT_VALUE).isPresent());
		if (row.isBlank(filled) && !uncalculated) {
			return;
		}
		this.present.add(ThaiDigits.toArabic(row.text(MeasureColumn.ID.header())));
		this.tally.row(() -> check(row), () -> asWritten(row));
	}

	/** The row as the division wrote it: its measure's id, then what it filled in, column by column. */
	private static RejectedRow.AsWritten asWritten(Table.Row row) {
		List<String> written = MeasureColumn.editableHeaders().stream().map(row::text).toList();
		return new RejectedRow.AsWritten(ThaiDigits.toArabic(row.text(MeasureColumn.ID.header())),
				row.reference(MeasureColumn.ID.header()), written);
	}

	private MeasureReport check(Table.Row row) {
		String id = ThaiDigits.toArabic(row.text(MeasureColumn.ID.header()));
		if (row.hidden()) {
			problem(ProblemCode.HIDDEN_ROW, row, MeasureColumn.ID, id, id);
		}
		if (!cellsReadable(row)) {
			return null;
		}
		if (id.isEmpty()) {
			problem(ProblemCode.MEASURE_ID_MISSING, row, MeasureColumn.ID, "");
			return null;
		}
		Optional<Measure> measure = this.plan.measure(id);
		if (measure.isEmpty()) {
			problem(ProblemCode.MEASURE_UNKNOWN, row, MeasureColumn.ID, id);
			return null;
		}
		if (!measure.get().isReportedBy(this.division)) {
			problem(ProblemCode.MEASURE_NOT_OF_DIVISION, row, MeasureColumn.ID, id, this.division.name());
			return null;
		}
		Integer firstRow = this.seen.putIfAbsent(id, row.number());
		if (firstRow != null) {
			problem(ProblemCode.MEASURE_DUPLICATE, row, MeasureColumn.ID, id, Integer.toString(firstRow));
			return null;
		}
		ProgressState state = state(row, id);
		if (state == null) {
			return null;
		}
		String result = row.text(MeasureColumn.RESULT.header());
		if (result.isEmpty() && state != ProgressState.NOT_STARTED) {
			problem(ProblemCode.RESULT_MISSING, row, MeasureColumn.RESULT, state.thai(), id);
		}
		StateContradictions.find(state, result).ifPresent((phrase) -> problem(ProblemCode.RESULT_CONTRADICTS_STATE,
				row, MeasureColumn.RESULT, result, id, phrase, state.thai()));
		return new MeasureReport(id, this.division.code(), state, result, row.text(MeasureColumn.REMARK.header()),
				row.text(MeasureColumn.EVIDENCE.header()), this.sheet.file(), this.sheet.sheet(),
				row.reference(MeasureColumn.RESULT.header()));
	}

	/** Error values, formulas nobody calculated and text longer than a cell can hold. */
	private boolean cellsReadable(Table.Row row) {
		boolean readable = true;
		for (MeasureColumn column : CHECKED) {
			Optional<RawCell> cell = row.cell(column.header());
			if (cell.isEmpty()) {
				continue;
			}
			RawCell raw = cell.get();
			if (!raw.value().isBlank()) {
				this.filledCells.put(raw.reference(), column.header());
			}
			if (raw.kind() == CellKind.ERROR) {
				problem(ProblemCode.CELL_ERROR, row, column, raw.value());
				readable = false;
			}
			else if (raw.kind() == CellKind.FORMULA_WITHOUT_VALUE) {
				problem(ProblemCode.FORMULA_WITHOUT_VALUE, row, column, "");
				readable = false;
			}
			else if (raw.value().length() > RawCell.MAX_TEXT) {
				problem(ProblemCode.TEXT_TOO_LONG, row, column, raw.value().substring(0, 100) + "…",
						Integer.toString(raw.value().length()));
				readable = false;
			}
		}
		return readable;
	}

	private ProgressState state(Table.Row row, String id) {
		String written = row.text(MeasureColumn.STATE.header());
		StateChoice choice = StateChoice.of(written);
		switch (choice.kind()) {
			case BLANK -> problem(ProblemCode.STATE_MISSING, row, MeasureColumn.STATE, "", id);
			case SEVERAL -> problem(ProblemCode.STATE_AMBIGUOUS, row, MeasureColumn.STATE, written, id);
			case UNKNOWN -> problem(ProblemCode.STATE_UNKNOWN, row, MeasureColumn.STATE, written, id);
			case TYPED -> problem(ProblemCode.STATE_TYPED, row, MeasureColumn.STATE, written, id);
			case CHOSEN -> {
			}
		}
		return choice.state().orElse(null);
	}

	private void problem(ProblemCode code, Table.Row row, MeasureColumn column, String value, String... details) {
		Location where = this.sheet.at(this.sheet.sheet(), row.reference(column.header()), column.header());
		this.tally.problem(Problem.of(code, where, value, details));
	}

}
