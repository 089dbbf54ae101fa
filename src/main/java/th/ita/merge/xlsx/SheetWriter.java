package th.ita.merge.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * Writes rows into one sheet from the top down, with the column widths it was given, and keeps
 * the row heights in step with the wrapped text so the printout shows all of it. It also writes
 * the parts every printed sheet shares: the title lines and the sign-off block.
 */
public final class SheetWriter {

	static final String CUT = "… (ข้อความยาวเกินที่ช่องเดียวของ Excel รับได้ ดูข้อความเต็มในชีต \"ทะเบียนมาตรการ\")";

	private final Sheet sheet;

	private final ThaiStyles styles;

	private final int[] widths;

	private int next;

	public SheetWriter(Sheet sheet, ThaiStyles styles, int... widths) {
		this.sheet = sheet;
		this.styles = styles;
		this.widths = widths.clone();
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	public Sheet sheet() {
		return this.sheet;
	}

	/** The 0-based index of the next row to be written. */
	public int nextRow() {
		return this.next;
	}

	public void skip() {
		this.next++;
	}

	/** A row of one text spanning columns {@code first}..{@code last}. */
	public Row span(String text, Look look, int first, int last) {
		Row row = this.sheet.createRow(this.next++);
		for (int column = first; column <= last; column++) {
			row.createCell(column).setCellStyle(this.styles.get(look));
		}
		row.getCell(first).setCellValue(fit(text));
		if (last > first) {
			this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
		}
		row.setHeightInPoints(RowHeights.points(RowHeights.lines(text, widthOf(first, last))));
		return row;
	}

	/** A row with one value per column, each in its own look. */
	public Row cells(List<String> values, List<Look> looks) {
		Row row = this.sheet.createRow(this.next++);
		int lines = 1;
		for (int column = 0; column < values.size(); column++) {
			Cell cell = row.createCell(column);
			cell.setCellValue(fit(values.get(column)));
			cell.setCellStyle(this.styles.get(looks.get(column)));
			lines = Math.max(lines, RowHeights.lines(values.get(column), this.widths[column]));
		}
		row.setHeightInPoints(RowHeights.points(lines));
		return row;
	}

	/**
	 * A row with one value per column up to {@code spanFrom}, whose value there spans the columns
	 * to the last: a long text beside a few short ones.
	 */
	public Row cellsSpanning(List<String> values, Look look, int spanFrom) {
		int last = this.widths.length - 1;
		Row row = this.sheet.createRow(this.next++);
		int lines = 1;
		for (int column = 0; column <= last; column++) {
			Cell cell = row.createCell(column);
			cell.setCellStyle(this.styles.get(look));
			if (column <= spanFrom && column < values.size()) {
				cell.setCellValue(fit(values.get(column)));
				int width = (column < spanFrom) ? this.widths[column] : widthOf(spanFrom, last);
				lines = Math.max(lines, RowHeights.lines(values.get(column), width));
			}
		}
		this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), spanFrom, last));
		row.setHeightInPoints(RowHeights.points(lines));
		return row;
	}

	private int widthOf(int first, int last) {
		int width = 0;
		for (int column = first; column <= last; column++) {
			width += this.widths[column];
		}
		return width;
	}

	/** A row with one value per column, all in the same look. */
	public Row cells(List<String> values, Look look) {
		return cells(values, values.stream().map((value) -> look).toList());
	}

	/** The text as one cell can hold it: cut, and said so, when over Excel's limit. */
	public static String fit(String text) {
		if (text.length() <= RawCell.MAX_TEXT) {
			return text;
		}
		return text.substring(0, RawCell.MAX_TEXT - CUT.length()) + CUT;
	}

	public void landscape() {
		PrintLayout.a4Landscape(this.sheet);
	}

	/** Title lines, bold and centred across columns {@code 0..last}. */
	public void title(int last, String... lines) {
		for (String line : lines) {
			span(line, Look.TITLE, 0, last);
		}
	}

	/**
	 * The sign-off block after a blank row, one line a row across {@code first..last}, an empty
	 * line a blank row: the lines the plan's sign-off gives, so every printed report signs alike.
	 */
	public void signOff(List<String> lines, int first, int last) {
		skip();
		for (String line : lines) {
			if (line.isEmpty()) {
				skip();
			}
			else {
				span(line, Look.TITLE, first, last);
			}
		}
	}

	/** A header row for a register sheet, frozen so it stays in view. */
	public void header(List<String> headers) {
		cells(headers, Look.TABLE_HEADER);
		this.sheet.createFreezePane(0, 1);
	}

	/** Ends a register sheet: a filter over its table, its header repeated on every printed page. */
	public void finishRegister(int columns) {
		int last = Math.max(this.next - 1, 1);
		this.sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns - 1));
		this.sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		landscape();
	}

}
