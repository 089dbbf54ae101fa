package th.ita.merge.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a printed table shares the width of its page among its columns, by the text they hold: each
 * column gets at least the width its header's longest word needs, and every further unit of width
 * goes to the column where it shortens the table most. Five divisions' long results then get a
 * wide result column instead of a narrow one running over pages beside empty space, and a table of
 * short texts keeps the usual proportions.
 * <p>
 * Widths are in Excel's unit, the width of a digit of the report font at its real size; a Word
 * table passes the units its page holds and uses the result as weights.
 */
public final class ColumnShares {

	private ColumnShares() {
	}

	/**
	 * The width a table has: {@code units} digits of its text, {@code points} in size, in
	 * cells whose margins take {@code cellMargins} points.
	 */
	public record Page(int units, int points, float cellMargins) {

		/** A table of a printed sheet, {@code units} of Excel's column width across. */
		public static Page sheet(int units) {
			return new Page(units, ThaiStyles.FONT_POINTS, TextMeasure.sheetCellMargins());
		}

	}

	/** The widest a column is made for one word of its text alone; a longer one (a web address) may break. */
	static final int WORD_CAP = 16;

	/** The narrowest column: two Thai digits. */
	static final int NARROWEST = 3;

	/**
	 * The widths of the columns, adding up to the page's units; without a Thai font to measure
	 * with, the usual proportions. The rows are measured as they come ({@link Measured}): a table
	 * of every division's texts need not be held to be shared.
	 * @param headers each column's header text, each of its lines to stand whole (a spreadsheet's
	 * Thai line breaker breaks some words of headers)
	 * @param usual the usual proportions, followed where the text asks for no other
	 * @param rows the texts of each row of the table, one per column, measured on the table's page
	 */
	public static int[] share(List<String> headers, int[] usual, Measured rows) {
		Page page = rows.page;
		int total = page.units();
		int columns = usual.length;
		int usualTotal = 0;
		for (int weight : usual) {
			usualTotal += weight;
		}
		int[] widths = new int[columns];
		Optional<TextMeasure> measure = TextMeasure.reportFont();
		if (measure.isEmpty()) {
			for (int column = 0; column < columns; column++) {
				widths[column] = Math.max(1, usual[column] * total / usualTotal);
			}
			return widths;
		}
		int[] header = new int[columns];
		for (int column = 0; column < columns; column++) {
			header[column] = NARROWEST;
			for (String line : headers.get(column).split("\n")) {
				header[column] = Math.max(header[column],
						measure.get().unitsFor(line, true, page.points(), page.cellMargins()));
			}
			widths[column] = Math.max(header[column], rows.widest[column]);
		}
		int left = total;
		for (int width : widths) {
			left -= width;
		}
		// too little room for every word: the words give way before the headers
		for (; left < 0; left++) {
			widths[mostAbove(widths, header)]--;
		}
		Heights heights = new Heights(rows.lengths, widths);
		for (; left > 0; left--) {
			int best = -1;
			double bestGain = 0.001;
			double height = heights.height();
			for (int column = 0; column < columns; column++) {
				double gain = height - heights.heightWider(column);
				if (gain > bestGain) {
					best = column;
					bestGain = gain;
				}
			}
			if (best < 0) {
				best = furthestBelow(widths, usual, usualTotal, total);
			}
			widths[best]++;
			heights.widened(best);
		}
		return widths;
	}

	/**
	 * A table's rows as {@link #share} needs them, measured as they come and not kept: per column
	 * its widest word, and per cell the lengths of its paragraphs.
	 */
	public static final class Measured {

		private final Page page;

		private final Optional<TextMeasure> measure = TextMeasure.reportFont();

		private final int[] widest;

		private final List<int[][]> lengths = new ArrayList<>();

		public Measured(Page page, int columns) {
			this.page = page;
			this.widest = new int[columns];
		}

		/** Measures a row's texts, one per column. */
		public void add(List<String> row) {
			if (this.measure.isEmpty()) {
				return;
			}
			int[][] cells = new int[this.widest.length][];
			for (int column = 0; column < this.widest.length; column++) {
				String text = row.get(column);
				this.widest[column] = Math.max(this.widest[column], this.measure.get()
					.widestWord(text, false, this.page.points(), this.page.cellMargins(), WORD_CAP));
				cells[column] = paragraphLengths(text);
			}
			this.lengths.add(cells);
		}

	}

	/**
	 * The header text each column must fit, of a table with two header rows as
	 * {@link SheetWriter#tableHeader} writes them: its bottom text where it has one (the top one
	 * spans several columns), else its top text.
	 */
	public static List<String> headers(List<String> top, List<String> bottom) {
		List<String> headers = new ArrayList<>();
		for (int column = 0; column < top.size(); column++) {
			headers.add(bottom.get(column).isEmpty() ? top.get(column) : bottom.get(column));
		}
		return headers;
	}

	/** The column furthest above its least width, the widest if none is above it. */
	private static int mostAbove(int[] widths, int[] least) {
		int column = 0;
		for (int c = 1; c < widths.length; c++) {
			int above = widths[c] - least[c];
			int most = widths[column] - least[column];
			if (above > most || (above == most && widths[c] > widths[column])) {
				column = c;
			}
		}
		return column;
	}

	/** The column furthest below its usual share of the total. */
	private static int furthestBelow(int[] widths, int[] usual, int usualTotal, int total) {
		int column = 0;
		double most = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < widths.length; c++) {
			double below = (double) usual[c] * total / usualTotal - widths[c];
			if (below > most) {
				most = below;
				column = c;
			}
		}
		return column;
	}

	/**
	 * The table's height in lines, each row as tall as its tallest cell, as a smooth estimate; kept
	 * per cell, with each row's tallest and second tallest, so that trying a column one unit wider
	 * recomputes that column's cells only, rather than the whole table once per column tried.
	 */
	private static final class Heights {

		private final List<int[][]> lengths;

		private final int[] widths;

		/** Each row's cells' heights at the current widths. */
		private final double[][] cells;

		/** Each row's tallest cell (at least one line), the column it is in, and the tallest of the others. */
		private final double[] tallest;

		private final int[] tallestAt;

		private final double[] others;

		Heights(List<int[][]> lengths, int[] widths) {
			this.lengths = lengths;
			this.widths = widths;
			this.cells = new double[lengths.size()][widths.length];
			this.tallest = new double[lengths.size()];
			this.tallestAt = new int[lengths.size()];
			this.others = new double[lengths.size()];
			for (int r = 0; r < lengths.size(); r++) {
				for (int column = 0; column < widths.length; column++) {
					this.cells[r][column] = lines(lengths.get(r)[column], widths[column]);
				}
				rank(r);
			}
		}

		double height() {
			double height = 0;
			for (double row : this.tallest) {
				height += row;
			}
			return height;
		}

		/** The height were {@code column} one unit wider. */
		double heightWider(int column) {
			double height = 0;
			for (int r = 0; r < this.cells.length; r++) {
				double rest = (this.tallestAt[r] == column) ? this.others[r] : this.tallest[r];
				height += Math.max(rest, lines(this.lengths.get(r)[column], this.widths[column] + 1));
			}
			return height;
		}

		/** {@code column} has been made one unit wider. */
		void widened(int column) {
			for (int r = 0; r < this.cells.length; r++) {
				this.cells[r][column] = lines(this.lengths.get(r)[column], this.widths[column]);
				rank(r);
			}
		}

		private void rank(int r) {
			double first = 1;
			double second = 1;
			int at = -1;
			for (int c = 0; c < this.widths.length; c++) {
				double cell = this.cells[r][c];
				if (cell > first) {
					second = first;
					first = cell;
					at = c;
				}
				else if (cell > second) {
					second = cell;
				}
			}
			this.tallest[r] = first;
			this.tallestAt[r] = at;
			this.others[r] = second;
		}

		private static double lines(int[] paragraphs, int width) {
			double perLine = Math.max(2, width * RowHeights.CHARS_PER_WIDTH_UNIT - RowHeights.LOST_PER_LINE);
			double lines = 0;
			for (int length : paragraphs) {
				lines += Math.max(1, length / perLine);
			}
			return lines;
		}

	}

	private static int[] paragraphLengths(String text) {
		if (text == null || text.isEmpty()) {
			return new int[0];
		}
		return text.lines().mapToInt(RowHeights::spacingLength).toArray();
	}

}
