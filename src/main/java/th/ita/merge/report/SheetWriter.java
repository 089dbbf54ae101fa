package th.ita.merge.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.RawCell;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * Writes rows into one sheet from the top down, with the column widths it was given, and keeps
 * the row heights in step with the wrapped text so the printout shows all of it.
 */
class SheetWriter {

	static final String CUT = "… (ข้อความยาวเกินที่ช่องเดียวของ Excel รับได้ ดูข้อความเต็มในชีต \"ทะเบียนมาตรการ\")";

	private final Sheet sheet;

	private final ThaiStyles styles;

	private final int[] widths;

	private int next;

	SheetWriter(Sheet sheet, ThaiStyles styles, int... widths) {
		this.sheet = sheet;
		this.styles = styles;
		this.widths = widths.clone();
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	Sheet sheet() {
		return this.sheet;
	}

	/** The 0-based index of the next row to be written. */
	int nextRow() {
		return this.next;
	}

	void skip() {
		this.next++;
	}

	/** A row of one text spanning columns {@code first}..{@code last}. */
	Row span(String text, Look look, int first, int last) {
		Row row = this.sheet.createRow(this.next++);
		for (int column = first; column <= last; column++) {
			row.createCell(column).setCellStyle(this.styles.get(look));
		}
		row.getCell(first).setCellValue(fit(text));
		if (last > first) {
			this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
		}
		int width = 0;
		for (int column = first; column <= last; column++) {
			width += this.widths[column];
		}
		row.setHeightInPoints(RowHeights.points(RowHeights.lines(text, width)));
		return row;
	}

	/** A row with one value per column, each in its own look. */
	Row cells(List<String> values, List<Look> looks) {
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

	/** A row with one value per column, all in the same look. */
	Row cells(List<String> values, Look look) {
		return cells(values, values.stream().map((value) -> look).toList());
	}

	/** The text as one cell can hold it: cut, and said so, when over Excel's limit. */
	static String fit(String text) {
		if (text.length() <= RawCell.MAX_TEXT) {
			return text;
		}
		return text.substring(0, RawCell.MAX_TEXT - CUT.length()) + CUT;
	}

	void landscape() {
		PrintLayout.a4Landscape(this.sheet);
	}

}
