package th.ita.merge.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import th.ita.merge.value.CellValues;

/**
 * A table in a sheet, found by its header row rather than by fixed positions: the first row that
 * carries the key header is the header row, every column is located by its header text, and the
 * rows below are handed over one at a time as they stream past. Users may move columns, add
 * columns of their own or insert rows above the table.
 */
public final class Table {

	private final List<String> headers;

	/** Each header as compared with a cell's text, made once rather than for every cell. */
	private final List<String> keys;

	private final Map<String, Integer> columns = new HashMap<>();

	private final boolean date1904;

	private int headerRow;

	private Table(List<String> headers, boolean date1904) {
		this.headers = List.copyOf(headers);
		this.keys = this.headers.stream().map(Table::key).toList();
		this.date1904 = date1904;
	}

	/**
	 * Streams a sheet and hands every row below the header row to {@code rows}. The first header
	 * is the key that marks the header row.
	 */
	public static Table read(XlsxFile file, SheetInfo sheet, List<String> headers, Consumer<Row> rows)
			throws IOException {
		Table table = new Table(headers, file.date1904());
		file.readRows(sheet, (row) -> {
			if (table.headerRow == 0) {
				table.tryHeader(row);
			}
			else {
				rows.accept(table.new Row(row));
			}
		});
		return table;
	}

	private void tryHeader(SheetRow row) {
		Map<String, Integer> found = new HashMap<>();
		for (RawCell cell : row.cells()) {
			String key = key(cell.value());
			for (int i = 0; i < this.headers.size(); i++) {
				String header = this.headers.get(i);
				if (key.equals(this.keys.get(i)) && !found.containsKey(header)) {
					found.put(header, cell.column());
				}
			}
		}
		if (found.containsKey(this.headers.get(0))) {
			this.headerRow = row.number();
			this.columns.putAll(found);
		}
	}

	private static String key(String text) {
		return CellValues.words(text).replace(" ", "");
	}

	public boolean found() {
		return this.headerRow > 0;
	}

	/** The physical row number of the header row, 0 when the table was not found. */
	public int headerRow() {
		return this.headerRow;
	}

	/** The headers this table was asked for that its header row lacks. */
	public List<String> missingHeaders() {
		List<String> missing = new ArrayList<>();
		for (String header : this.headers) {
			if (!this.columns.containsKey(header)) {
				missing.add(header);
			}
		}
		return missing;
	}

	/** A row below the header, with its cells looked up by header. */
	public final class Row {

		private final SheetRow row;

		Row(SheetRow row) {
			this.row = row;
		}

		public int number() {
			return this.row.number();
		}

		public boolean hidden() {
			return this.row.hidden();
		}

		public Optional<RawCell> cell(String header) {
			Integer column = Table.this.columns.get(header);
			return (column != null) ? this.row.cell(column) : Optional.empty();
		}

		/**
		 * The normalized text under a header, "" when the cell is empty or the column missing; a
		 * date shows as a date, not as Excel's serial number.
		 */
		public String text(String header) {
			return cell(header).map((cell) -> (cell.kind() == CellKind.BOOLEAN) ? CellValues.shownBoolean(cell.value())
					: CellValues.shown(cell.value(), cell.kind() == CellKind.NUMBER, cell.numberFormat(),
							Table.this.date1904))
				.orElse("");
		}

		/** The A1 reference of this row's cell under a header, even when the cell is empty. */
		public String reference(String header) {
			Integer column = Table.this.columns.get(header);
			return RawCell.reference(this.row.number(), (column != null) ? column : 0);
		}

		/** Whether every cell under the given headers is empty. */
		public boolean isBlank(List<String> headers) {
			return headers.stream().allMatch((header) -> text(header).isEmpty());
		}

	}

}
