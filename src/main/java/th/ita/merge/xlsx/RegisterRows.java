package th.ita.merge.xlsx;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A register the tool wrote, read back streaming: its first row names the columns, and every row
 * after it is handed over as a lookup of its cells by those names, so a column the officer moved
 * is still found.
 */
public final class RegisterRows {

	private RegisterRows() {
	}

	/** Hands each row after the header to {@code rows}, as the text of its cell under a header ("" if none). */
	public static void read(XlsxFile workbook, SheetInfo sheet, Consumer<Function<String, String>> rows)
			throws IOException {
		Map<String, Integer> columns = new HashMap<>();
		workbook.readRows(sheet, (row) -> {
			if (columns.isEmpty()) {
				row.cells().forEach((cell) -> columns.putIfAbsent(cell.value(), cell.column()));
				return;
			}
			rows.accept((header) -> row.value(columns.getOrDefault(header, -1)));
		});
	}

}
