package th.ita.merge.xlsx;

import java.util.List;
import java.util.Optional;

/**
 * A row of a sheet with the cells that hold something, in column order. {@code number} is the
 * physical Excel row number shown to users.
 */
public record SheetRow(int number, boolean hidden, List<RawCell> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	public Optional<RawCell> cell(int column) {
		for (RawCell cell : this.cells) {
			if (cell.column() == column) {
				return Optional.of(cell);
			}
		}
		return Optional.empty();
	}

	/** The raw value at a column, or "" when the cell is empty. */
	public String value(int column) {
		return cell(column).map(RawCell::value).orElse("");
	}

	public boolean isBlank() {
		return this.cells.stream().allMatch((cell) -> cell.value().isBlank());
	}

}
