package th.ita.merge.xlsx;

import java.util.List;
import java.util.Optional;

import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * How a sheet's entries are measured and, on a printed sheet, cut into the parts its rows hold: a
 * few lines a part, where the lines break, so that no row comes near Excel's limit and a page can
 * break inside a long entry.
 */
final class Entries {

	/** The most lines a row of a printed sheet holds. */
	static final int PART_LINES = 3;

	private Entries() {
	}

	/** How many lines a text takes in a width, measured where the report font is, else estimated. */
	static int lineCount(String text, int width, Look look) {
		return RowHeights.lines(text, width, bold(look));
	}

	/**
	 * The text cut into the parts the rows of one entry hold, each with its lines: on a printed
	 * sheet measured with the report font, a few lines a part; elsewhere, and in titles and table
	 * headers (which repeat as they are on every page), the whole text in one.
	 */
	static List<TextMeasure.Part> parts(boolean printed, String text, int width, Look look) {
		Optional<TextMeasure> measure = TextMeasure.reportFont();
		if (!printed || measure.isEmpty() || look == Look.TABLE_HEADER || look == Look.TITLE) {
			return List.of(new TextMeasure.Part(text, lineCount(text, width, look)));
		}
		return measure.get().measuredParts(text, width, bold(look), PART_LINES);
	}

	static boolean bold(Look look) {
		return look == Look.TITLE || look == Look.HEADING || look == Look.TABLE_HEADER || look == Look.CELL_BOLD;
	}

	/**
	 * The last column the header text above {@code column} spans: itself, or, for a top text
	 * followed by empty top texts with bottom texts under them, the last of those.
	 */
	static int headerSpan(List<String> top, List<String> bottom, int column) {
		int last = column;
		if (!top.get(column).isEmpty() && !bottom.get(column).isEmpty()) {
			while (last + 1 < top.size() && top.get(last + 1).isEmpty() && !bottom.get(last + 1).isEmpty()) {
				last++;
			}
		}
		return last;
	}

	/**
	 * The lines of the two rows of a table's header: each as many as its own texts need, a text
	 * spanning both rows (its bottom text empty) taking what the bottom row leaves it.
	 */
	static int[] headerLines(List<String> top, List<String> bottom, int[] widths) {
		int topLines = 1;
		int bottomLines = 1;
		int spanning = 1;
		for (int column = 0; column < top.size(); column++) {
			if (bottom.get(column).isEmpty()) {
				spanning = Math.max(spanning, lineCount(top.get(column), widths[column], Look.TABLE_HEADER));
				continue;
			}
			bottomLines = Math.max(bottomLines, lineCount(bottom.get(column), widths[column], Look.TABLE_HEADER));
			if (!top.get(column).isEmpty()) {
				int last = headerSpan(top, bottom, column);
				int width = 0;
				for (int c = column; c <= last; c++) {
					width += widths[c];
				}
				topLines = Math.max(topLines, lineCount(top.get(column), width, Look.TABLE_HEADER));
			}
		}
		topLines = Math.max(topLines, spanning - bottomLines);
		return new int[] { topLines, Math.max(bottomLines, spanning - topLines) };
	}

}
