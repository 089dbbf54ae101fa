package th.ita.merge.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * Writes rows into one sheet from the top down, with the column widths it was given, and keeps
 * the row heights in step with the wrapped text, measured with the report font, so the printout
 * shows all of it. A sheet written for print ({@link #printed()}) also has each long entry run
 * over rows of a few lines each, cut where its lines break and with no border between the parts
 * (so no row is taller than Excel allows and a page can break inside an entry), and page breaks
 * that never leave a heading at a page's foot. It also writes the parts every printed sheet
 * shares: the title lines and the sign-off block.
 */
public final class SheetWriter {

	static final String CUT = "… (ข้อความยาวเกินที่ช่องเดียวของ Excel รับได้ ดูข้อความเต็มในชีต \"ทะเบียนมาตรการ\")";

	private final Sheet sheet;

	private final ThaiStyles styles;

	private final int[] widths;

	private int next;

	private boolean printed;

	/** The height of every row written, in points, by row index. */
	private final List<Float> heights = new ArrayList<>();

	/** The rows to keep on the page of the row after them. */
	private final Set<Integer> headings = new HashSet<>();

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
		height(this.next++, RowHeights.points(1));
	}

	/** Writes this sheet for print: lines broken as measured, rows split at Excel's limit. */
	public SheetWriter printed() {
		this.printed = true;
		return this;
	}

	/** Keeps the row just written on the page of the row after it: a heading. */
	public void keepWithNext() {
		this.headings.add(this.next - 1);
	}

	/** Places the page breaks and the scale of a printed sheet whose header rows repeat on every page. */
	public void paginate(int firstHeaderRow, int lastHeaderRow) {
		PrintLayout.report(this.sheet, width(), this.heights, this.headings, new int[] { firstHeaderRow, lastHeaderRow });
	}

	/** Places the page breaks and the scale of a printed sheet of several tables, with no header repeated. */
	public void paginate() {
		PrintLayout.report(this.sheet, width(), this.heights, this.headings, new int[0]);
	}

	private float width() {
		float width = 0;
		for (int chars : this.widths) {
			width += columnPoints(chars);
		}
		return width;
	}

	private static float columnPoints(int chars) {
		return TextMeasure.reportFont().map((measure) -> measure.textWidth(chars) + 6f).orElse(chars * 7.5f);
	}

	private void height(int row, float points) {
		while (this.heights.size() <= row) {
			this.heights.add(RowHeights.points(1));
		}
		this.heights.set(row, points);
	}

	/** A row of one text spanning columns {@code first}..{@code last}. */
	public Row span(String text, Look look, int first, int last) {
		List<TextMeasure.Part> parts = Entries.parts(this.printed, text, widthOf(first, last), look);
		Row firstRow = null;
		for (int p = 0; p < parts.size(); p++) {
			Row row = this.sheet.createRow(this.next++);
			for (int column = first; column <= last; column++) {
				row.createCell(column).setCellStyle(this.styles.part(this.styles.get(look), p == 0, p == parts.size() - 1));
			}
			row.getCell(first).setCellValue(fit(parts.get(p).text()));
			if (last > first) {
				this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
			}
			setHeight(row, parts.get(p).lines());
			firstRow = (firstRow != null) ? firstRow : row;
		}
		return firstRow;
	}

	private void setHeight(Row row, int lines) {
		float points = Math.min(RowHeights.points(lines), RowHeights.MAX_POINTS);
		row.setHeightInPoints(points);
		height(row.getRowNum(), points);
	}

	/**
	 * A row with one value per column, each in its own look. On a printed sheet a text of more
	 * than a few lines goes on in the rows after it, each cell's text where it left off, with no
	 * border between the parts, so no row is ever taller than Excel allows and a page may break
	 * inside a long entry; the first row is returned.
	 */
	public Row cells(List<String> values, List<Look> looks) {
		List<List<TextMeasure.Part>> parts = new ArrayList<>();
		int rows = 1;
		for (int column = 0; column < values.size(); column++) {
			parts.add(Entries.parts(this.printed, values.get(column), this.widths[column], looks.get(column)));
			rows = Math.max(rows, parts.get(column).size());
		}
		Row first = null;
		for (int p = 0; p < rows; p++) {
			Row row = this.sheet.createRow(this.next++);
			int lines = 1;
			for (int column = 0; column < values.size(); column++) {
				List<TextMeasure.Part> cellParts = parts.get(column);
				Cell cell = row.createCell(column);
				cell.setCellValue((p < cellParts.size()) ? fit(cellParts.get(p).text()) : "");
				cell.setCellStyle(this.styles.part(this.styles.get(looks.get(column)), p == 0, p == rows - 1));
				if (p < cellParts.size()) {
					lines = Math.max(lines, cellParts.get(p).lines());
				}
			}
			setHeight(row, lines);
			first = (first != null) ? first : row;
		}
		return first;
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
				int width = (column < spanFrom) ? this.widths[column] : widthOf(spanFrom, last);
				cell.setCellValue(fit(values.get(column)));
				lines = Math.max(lines, Entries.lineCount(values.get(column), width, look));
			}
		}
		this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), spanFrom, last));
		setHeight(row, lines);
		return row;
	}

	private int widthOf(int first, int last) {
		int width = 0;
		for (int column = first; column <= last; column++) {
			width += this.widths[column];
		}
		return width;
	}

	/**
	 * Fills one column of the entry just written, from its first row to its last part, with a
	 * colour: a risk's level in its band's colour.
	 */
	public void fill(Row first, int column, Look look, String rgb) {
		int last = this.next - 1;
		for (int r = first.getRowNum(); r <= last; r++) {
			Cell cell = this.sheet.getRow(r).getCell(column);
			cell.setCellStyle(this.styles.part(this.styles.filled(look, rgb), r == first.getRowNum(), r == last));
		}
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
	 * It is kept on the page of the row before it, so the signatures never stand alone.
	 */
	public void signOff(List<String> lines, int first, int last) {
		keepWithNext();
		skip();
		keepWithNext();
		for (String line : lines) {
			if (line.isEmpty()) {
				skip();
			}
			else {
				span(line, Look.TITLE, first, last);
			}
			keepWithNext();
		}
		this.headings.remove(this.next - 1);
	}

	/**
	 * The two header rows of a printed table, repeated on every page: a column whose bottom text
	 * is empty spans both rows; a top text followed by empty top texts spans those columns, whose
	 * names stand below it. Each row is as tall as its own texts need, a text spanning both rows
	 * taking what the bottom row leaves it. Returns the index of the first row.
	 */
	public int tableHeader(List<String> top, List<String> bottom) {
		Row upper = cells(top, Look.TABLE_HEADER);
		Row lower = cells(bottom, Look.TABLE_HEADER);
		int r = upper.getRowNum();
		for (int column = 0; column < top.size(); column++) {
			int last = Entries.headerSpan(top, bottom, column);
			if (bottom.get(column).isEmpty()) {
				this.sheet.addMergedRegion(new CellRangeAddress(r, r + 1, column, column));
			}
			else if (last > column) {
				this.sheet.addMergedRegion(new CellRangeAddress(r, r, column, last));
			}
		}
		int[] lines = Entries.headerLines(top, bottom, this.widths);
		setHeight(upper, lines[0]);
		setHeight(lower, lines[1]);
		return r;
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
		PrintLayout.register(this.sheet);
	}

}
