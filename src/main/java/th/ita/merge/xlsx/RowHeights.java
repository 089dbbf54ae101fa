package th.ita.merge.xlsx;

import java.util.Optional;

/**
 * The height a row needs for its wrapped text, since neither Excel nor POI grows rows on their own
 * when a file is written: measured with the report's font where the machine has it (see
 * {@link TextMeasure}), otherwise estimated from the count of characters (Thai vowels and tone
 * marks above and below the line take no width, so only spacing characters are counted).
 */
public final class RowHeights {

	/** Height of one printed line of TH Sarabun New 16 pt, in points, with its leading. */
	public static final float LINE_POINTS = 23.5f;

	/** Characters of Thai text that fit in one unit of column width, measured on printouts. */
	static final float CHARS_PER_WIDTH_UNIT = 0.9f;

	/**
	 * Characters lost at the end of each line: Thai breaks lines between words, not between
	 * letters, so a line ends early by about half a word.
	 */
	static final float LOST_PER_LINE = 4.5f;

	private RowHeights() {
	}

	/** Points a row adds to its lines, above and below the text. */
	private static final float PADDING = 3f;

	private static final LineCounts COUNTS = new LineCounts();

	/** Excel's limit on a row's height, in points. */
	public static final float MAX_POINTS = 409f;

	/** The number of lines {@code text} wraps to in a column {@code widthChars} wide. */
	public static int lines(String text, int widthChars) {
		return lines(text, widthChars, false);
	}

	/** The number of lines {@code text} wraps to in a column {@code widthChars} wide, bold or not. */
	public static int lines(String text, int widthChars, boolean bold) {
		Optional<TextMeasure> measure = TextMeasure.reportFont();
		return measure.isPresent() ? COUNTS.count(measure.get(), text, widthChars, bold)
				: estimatedLines(text, widthChars);
	}

	/** The estimate used where no Thai font can measure the text. */
	static int estimatedLines(String text, int widthChars) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		float perLine = Math.max(4f, widthChars * CHARS_PER_WIDTH_UNIT - LOST_PER_LINE);
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines += Math.max(1, (int) Math.ceil(spacingLength(paragraph) / perLine));
		}
		return lines;
	}

	/** The row height in points for the given number of lines. */
	public static float points(int lines) {
		return Math.max(1, lines) * lineHeight() + PADDING;
	}

	/** The height of one line: the measured font's, or the one measured on printouts. */
	public static float lineHeight() {
		return TextMeasure.reportFont().map(TextMeasure::lineHeight).orElse(LINE_POINTS);
	}

	/** The most lines a row of Excel's highest can hold. */
	public static int maxLines() {
		return (int) ((MAX_POINTS - PADDING) / lineHeight());
	}

	static int spacingLength(String text) {
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.getType(text.charAt(i)) != Character.NON_SPACING_MARK) {
				length++;
			}
		}
		return length;
	}

}
