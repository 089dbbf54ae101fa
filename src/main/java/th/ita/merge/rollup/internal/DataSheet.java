package th.ita.merge.rollup.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * A sheet of the provincial workbook that people filter rather than print whole: a frozen header
 * row, then one line per row, texts unwrapped so that 130,000 rows open quickly and each reads on
 * one line, counts as numbers an officer can sum. Rows are written in order, so the sheet streams.
 */
final class DataSheet {

	/** Every row below the header is one line of 16-point text. */
	private static final float ONE_LINE = RowHeights.points(1);

	private final Sheet sheet;

	private final CellStyle text;

	private final CellStyle number;

	private final CellStyle percent;

	private final CellStyle bold;

	private final CellStyle boldNumber;

	private final CellStyle boldPercent;

	private final ThaiStyles styles;

	private int next;

	private int columns;

	DataSheet(Workbook workbook, ThaiStyles styles, String name) {
		this.sheet = workbook.createSheet(name);
		this.styles = styles;
		this.text = style(workbook, styles.get(Look.CELL), false, null);
		this.number = style(workbook, styles.get(Look.CELL_CENTRED), false, "#,##0");
		this.percent = style(workbook, styles.get(Look.CELL_CENTRED), false, "0.0");
		this.bold = style(workbook, styles.get(Look.CELL_BOLD), false, null);
		this.boldNumber = style(workbook, styles.get(Look.CELL_BOLD), true, "#,##0");
		this.boldPercent = style(workbook, styles.get(Look.CELL_BOLD), true, "0.0");
	}

	Sheet sheet() {
		return this.sheet;
	}

	/** The header row, frozen, and each column's width in characters. */
	DataSheet header(List<String> headers, int... widths) {
		Row row = this.sheet.createRow(this.next++);
		int lines = 1;
		for (int column = 0; column < headers.size(); column++) {
			Cell cell = row.createCell(column);
			cell.setCellValue(headers.get(column));
			cell.setCellStyle(this.styles.get(Look.TABLE_HEADER));
			this.sheet.setColumnWidth(column, Math.min(255, widths[column]) * 256);
			lines = Math.max(lines, RowHeights.lines(headers.get(column), widths[column], true));
		}
		row.setHeightInPoints(RowHeights.points(lines));
		this.sheet.createFreezePane(0, 1);
		this.columns = headers.size();
		return this;
	}

	/** A row of values: a String is text, an Integer a count, a Double a percentage, null an empty cell. */
	void row(List<?> values) {
		write(values, false);
	}

	/**
	 * A row of texts each wrapped within its column, the row as tall as its longest text needs: for
	 * the few rows an officer reads through, such as what to follow up.
	 */
	void wrapped(List<String> texts, int... widths) {
		Row row = this.sheet.createRow(this.next++);
		int lines = 1;
		for (int column = 0; column < texts.size(); column++) {
			Cell cell = row.createCell(column);
			cell.setCellValue(SheetWriter.fit(texts.get(column)));
			cell.setCellStyle(this.styles.get(Look.CELL));
			lines = Math.max(lines, RowHeights.lines(texts.get(column), widths[column]));
		}
		row.setHeightInPoints(RowHeights.points(Math.min(lines, RowHeights.maxLines())));
	}

	/** A total row, bold. */
	void total(List<?> values) {
		write(values, true);
	}

	/** Ends the sheet: a filter over its table, its header repeated on every printed page. */
	void finish() {
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(this.next - 1, 1), 0, this.columns - 1));
		PrintLayout.register(this.sheet);
	}

	/** Ends a sheet of wrapped rows: a filter, and printed A4 landscape as wide as the page. */
	void finishToRead() {
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(this.next - 1, 1), 0, this.columns - 1));
		PrintLayout.a4Landscape(this.sheet);
		this.sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, this.columns - 1));
	}

	private void write(List<?> values, boolean total) {
		Row row = this.sheet.createRow(this.next++);
		row.setHeightInPoints(ONE_LINE);
		for (int column = 0; column < values.size(); column++) {
			Object value = values.get(column);
			Cell cell = row.createCell(column);
			if (value instanceof Integer count) {
				cell.setCellValue(count);
				cell.setCellStyle(total ? this.boldNumber : this.number);
			}
			else if (value instanceof Double share) {
				cell.setCellValue(share);
				cell.setCellStyle(total ? this.boldPercent : this.percent);
			}
			else {
				cell.setCellValue((value != null) ? SheetWriter.fit(value.toString()) : "");
				cell.setCellStyle(total ? this.bold : this.text);
			}
		}
	}

	private static CellStyle style(Workbook workbook, CellStyle like, boolean centred, String format) {
		CellStyle style = workbook.createCellStyle();
		style.cloneStyleFrom(like);
		style.setWrapText(false);
		if (centred) {
			style.setAlignment(HorizontalAlignment.CENTER);
		}
		if (format != null) {
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
		}
		return style;
	}

}
