package th.ita.merge.xlsx;

import org.apache.poi.ss.util.CellReference;

/**
 * One cell as stored in the workbook, before any conversion: its A1 reference, the physical
 * Excel row (1-based) and column (0-based), what kind of value it holds, the raw value (the text,
 * the number as written, "1"/"0" for booleans, the error code) and its number format.
 */
public record RawCell(String reference, int row, int column, CellKind kind, String value, String numberFormat,
		boolean formula) {

	/** The most characters an Excel cell holds (Excel's own limit, which POI enforces on writing). */
	public static final int MAX_TEXT = 32_767;

	/** The column letters of a 0-based column index ("A" for 0). */
	public static String columnName(int column) {
		return CellReference.convertNumToColString(column);
	}

	public static String reference(int row, int column) {
		return columnName(column) + row;
	}

}
