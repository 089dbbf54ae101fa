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
	 * with, the usual proportions.
	 * @param headers each column's header text, each of its lines to stand whole (a spreadsheet's
	 * Thai line breaker breaks some words of headers)
	 * @param usual the usual proportions, followed where the text asks for no other
	 * @param rows the texts of each row of the table, one per column
	 */
	public static int[] share(Page page, List<String> headers, int[] usual, List<List<String>> rows) {
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
			widths[column] = header[column];
			for (List<String> row : rows) {
				widths[column] = Math.max(widths[column],
						measure.get().widestWord(row.get(column), false, page.points(), page.cellMargins(), WORD_CAP));
			}
		}
		int left = total;
		for (int width : widths) {
			left -= width;
		}
		// too little room for every word: the words give way before the headers
		for (; left < 0; left++) {
			widths[mostAbove(widths, header)]--;
		}
		List<int[][]> lengths = new ArrayList<>();
		for (List<String> row : rows) {
			int[][] cells = new int[columns][];
			for (int column = 0; column < columns; column++) {
				cells[column] = paragraphLengths(row.get(column));
			}
			lengths.add(cells);
		}
		for (; left > 0; left--) {
			int best = -1;
			double bestGain = 0.001;
			double height = height(lengths, widths);
			for (int column = 0; column < columns; column++) {
				widths[column]++;
				double gain = height - height(lengths, widths);
				widths[column]--;
				if (gain > bestGain) {
					best = column;
					bestGain = gain;
				}
			}
			if (best < 0) {
				best = furthestBelow(widths, usual, usualTotal, total);
			}
			widths[best]++;
		}
		return widths;
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

	/** The table's height in lines, each row as tall as its tallest cell, as a smooth estimate. */
	private static double height(List<int[][]> rows, int[] widths) {
		double height = 0;
		for (int[][] row : rows) {
			double tallest = 1;
			for (int column = 0; column < widths.length; column++) {
				double perLine = Math.max(2, widths[column] * RowHeights.CHARS_PER_WIDTH_UNIT - RowHeights.LOST_PER_LINE);
				double lines = 0;
				for (int length : row[column]) {
					lines += Math.max(1, length / perLine);
				}
				tallest = Math.max(tallest, lines);
			}
			height += tallest;
		}
		return height;
	}

	private static int[] paragraphLengths(String text) {
		if (text == null || text.isEmpty()) {
			return new int[0];
		}
		return text.lines().mapToInt(RowHeights::spacingLength).toArray();
	}

}
