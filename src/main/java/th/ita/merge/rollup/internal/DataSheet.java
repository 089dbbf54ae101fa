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
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * A sheet of the provincial workbook that people filter rather than print whole: a frozen header
 * row, then one line per row, texts unwrapped so that 130,000 rows open quickly and each reads on
 * one line, counts as numbers an officer can sum. Rows are written in order, so the sheet streams.
 */
final class DataSheet {

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
		for (int column = 0; column < headers.size(); column++) {
			Cell cell = row.createCell(column);
			cell.setCellValue(headers.get(column));
			cell.setCellStyle(this.styles.get(Look.TABLE_HEADER));
			this.sheet.setColumnWidth(column, Math.min(255, widths[column]) * 256);
		}
		this.sheet.createFreezePane(0, 1);
		this.columns = headers.size();
		return this;
	}

	/** A row of values: a String is text, an Integer a count, a Double a percentage, null an empty cell. */
	void row(List<?> values) {
		write(values, false);
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

	private void write(List<?> values, boolean total) {
		Row row = this.sheet.createRow(this.next++);
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
