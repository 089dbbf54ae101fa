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
	 * The text cut into the parts the rows of one entry hold: on a printed sheet measured with
	 * the report font, a few lines a part; elsewhere, and in titles and table headers (which
	 * repeat as they are on every page), the whole text in one.
	 */
	static List<String> parts(boolean printed, String text, int width, Look look) {
		Optional<TextMeasure> measure = TextMeasure.reportFont();
		if (!printed || measure.isEmpty() || look == Look.TABLE_HEADER || look == Look.TITLE) {
			return List.of(text);
		}
		return measure.get().parts(text, width, bold(look), PART_LINES);
	}

	static boolean bold(Look look) {
		return look == Look.TITLE || look == Look.HEADING || look == Look.TABLE_HEADER || look == Look.CELL_BOLD;
	}

}
