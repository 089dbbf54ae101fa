package th.ita.merge.xlsx;

/**
 * Estimates the height a row needs for its wrapped text, since neither Excel nor POI grows rows
 * on their own when a file is written. Thai vowels and tone marks above and below the line take
 * no width, so only spacing characters are counted.
 */
public final class RowHeights {

	/** Height of one printed line of TH Sarabun New 16 pt, in points, with its leading. */
	public static final float LINE_POINTS = 23.5f;

	/** Characters of Thai text that fit in one unit of column width, measured on printouts. */
	private static final float CHARS_PER_WIDTH_UNIT = 0.9f;

	/**
	 * Characters lost at the end of each line: Thai breaks lines between words, not between
	 * letters, so a line ends early by about half a word.
	 */
	private static final float LOST_PER_LINE = 4.5f;

	private RowHeights() {
	}

	/** The number of lines {@code text} wraps to in a column {@code widthChars} wide. */
	public static int lines(String text, int widthChars) {
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
		return Math.max(1, lines) * LINE_POINTS + 4f;
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
