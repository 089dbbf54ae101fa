package th.ita.merge.xlsx;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.value.CellValues;

/**
 * A sheet of settings as people keep them: a label in column A and its value in column B, in any
 * row, the labels matched whatever spaces were typed in them (the plan's organization sheet, the
 * province's roster settings). Each value keeps the cell it was typed in, so a setting missing,
 * half given or unreadable is a problem of that cell, and whether Excel stored it as a number and in
 * what format, so a date is read as the sheet shows it.
 */
public final class LabelledValues {

	private LabelledValues() {
	}

	/** A value as typed, its cell, and whether Excel stored it as a number and in what format. */
	public record Value(String text, String cell, boolean number, String numberFormat) {

		/** The value as a date, the way the sheet shows it; empty when it is none. */
		public Optional<LocalDate> date(boolean date1904) {
			return CellValues.date(this.text, this.number, this.numberFormat, date1904);
		}

		/** The value as the sheet shows it, for a problem to quote. */
		public String shown(boolean date1904) {
			return CellValues.shown(this.text, this.number, this.numberFormat, date1904);
		}

	}

	/** The values of the {@code labels} the sheet has, by label. */
	public static Map<String, Value> read(XlsxFile workbook, SheetInfo sheet, List<String> labels) throws IOException {
		Map<String, Value> values = new HashMap<>();
		workbook.readRows(sheet, (row) -> {
			String label = CellValues.words(row.value(0)).replace(" ", "");
			for (String wanted : labels) {
				if (wanted.replace(" ", "").equals(label)) {
					Optional<RawCell> value = row.cell(1);
					values.put(wanted, new Value(CellValues.text(row.value(1)), RawCell.reference(row.number(), 1),
							value.map((cell) -> cell.kind() == CellKind.NUMBER).orElse(false),
							value.map(RawCell::numberFormat).orElse(null)));
				}
			}
		});
		return values;
	}

}
