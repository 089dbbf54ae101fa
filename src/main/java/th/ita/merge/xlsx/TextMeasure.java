package th.ita.merge.xlsx;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lays Thai text out in a column as the spreadsheet will: measured with the report's font (TH
 * Sarabun New, or Laksaman, the free font with its metrics) and broken into lines only between
 * words, found with Java's Thai line breaker. Row heights made from it hold their text, and a text
 * written back with these line breaks shows exactly these lines. Without a Thai font on the
 * machine there is nothing to measure with; {@link RowHeights} then estimates.
 */
public final class TextMeasure {

	/** The fonts tried, in order: the report's own, then the free one with its metrics. */
	private static final List<String> FONTS = List.of(ThaiStyles.FONT, "TH SarabunPSK", "Laksaman");

	/** What a cell's margins take from its column's width, in points. */
	private static final float CELL_MARGINS = 6f;

	/** Kept free on each line, for the rounding of another program's layout. */
	private static final float SLACK = 0.97f;

	/** How many measured words are kept for reuse, per font, so memory stays flat over a long run. */
	private static final int WIDTHS_KEPT = 20_000;

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static final Optional<TextMeasure> REPORT_FONT = find();

	/** Java's Thai line breaker for {@link #widestWord}, one per thread. */
	private static final ThreadLocal<BreakIterator> WORDS = ThreadLocal
		.withInitial(() -> BreakIterator.getLineInstance(Locale.forLanguageTag("th")));

	/** The widest run of text between spaces, in units of a digit, counted as one word. */
	private static final int WHOLE_RUN = 9;

	private final Font regular;

	private final Font bold;

	private final float digitWidth;

	/** Measured widths of texts in the regular font and in bold. */
	private final Map<String, Float> regularWidths = new HashMap<>();

	private final Map<String, Float> boldWidths = new HashMap<>();

	private TextMeasure(Font regular) {
		this.regular = regular;
		this.bold = regular.deriveFont(Font.BOLD);
		this.digitWidth = (float) regular.getStringBounds("0", CONTEXT).getWidth();
	}

	/** The measure of the report font, when this machine has it (or Laksaman). */
	public static Optional<TextMeasure> reportFont() {
		return REPORT_FONT;
	}

	private static Optional<TextMeasure> find() {
		try {
			System.setProperty("java.awt.headless", "true");
			for (String name : FONTS) {
				Font font = new Font(name, Font.PLAIN, ThaiStyles.FONT_POINTS);
				if (font.getFamily(Locale.ROOT).equalsIgnoreCase(name)) {
					return Optional.of(new TextMeasure(font));
				}
			}
		}
		catch (RuntimeException | LinkageError ex) {
			// a JVM without AWT's fonts measures nothing; the estimate stands in
		}
		return Optional.empty();
	}

	/** The family measured with, e.g. "Laksaman". */
	public String family() {
		return this.regular.getFamily(Locale.ROOT);
	}

	/**
	 * The height of one line of the font, in points, as a row needs it: its ascent and descent,
	 * the pitch at which LibreOffice sets wrapped lines (the font's extra leading is not added).
	 */
	public float lineHeight() {
		LineMetrics metrics = this.regular.getLineMetrics("กฎ", CONTEXT);
		return metrics.getAscent() + metrics.getDescent();
	}

	/** The width a column of {@code widthChars} (Excel's unit: the width of a digit) gives text, in points. */
	public float textWidth(int widthChars) {
		return widthChars * this.digitWidth - CELL_MARGINS;
	}

	/** How many units of column width (a digit of the font at {@code size} points) {@code points} hold. */
	public float units(float points, float size) {
		return points / (this.digitWidth * size / ThaiStyles.FONT_POINTS);
	}

	/**
	 * The runs of a text between whitespace ({@code \s}: space, tab, line breaks, form feeds),
	 * none empty: {@code text.split("\\s+")} without its regular expression, which JFR put at 7 of
	 * the 17 samples of sharing the report document's widths on an 800-file merge.
	 */
	static List<String> runs(String text) {
		List<String> runs = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean space = i == text.length() || isSpace(text.charAt(i));
			if (space && start >= 0) {
				runs.add(text.substring(start, i));
				start = -1;
			}
			else if (!space && start < 0) {
				start = i;
			}
		}
		return runs;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/**
	 * The column width, in units of a digit at {@code size} points, that the widest word of
	 * {@code text} needs to stand on one line in a cell whose margins take {@code margins} points.
	 * A short run of text between spaces counts as one word ("สูงมาก", "ปานกลาง", "กองคลัง"), as
	 * a spreadsheet's line breaker may not break it where Java's would; a longer one counts by
	 * its words. A word wider than {@code cap} units, or a piece of a web address, is not counted.
	 */
	public int widestWord(String text, boolean bold, float size, float margins, int cap) {
		int widest = 0;
		for (String run : runs(text)) {
			int whole = unitsFor(run, bold, size, margins);
			if (whole <= Math.min(cap, WHOLE_RUN)) {
				widest = Math.max(widest, whole);
				continue;
			}
			BreakIterator words = WORDS.get();
			words.setText(run);
			int start = words.first();
			for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
				int units = unitsFor(run.substring(start, end), bold, size, margins);
				if (units <= cap && !LineBreaks.isAddress(run)) {
					widest = Math.max(widest, units);
				}
			}
		}
		return widest;
	}

	/**
	 * The column width, in units of a digit at {@code size} points, that {@code text} needs to
	 * stand on one line in a cell whose margins take {@code margins} points.
	 */
	public int unitsFor(String text, boolean bold, float size, float margins) {
		float scale = size / ThaiStyles.FONT_POINTS;
		float points = width(text.strip(), bold ? this.bold : this.regular) * scale / SLACK + margins;
		return (int) Math.ceil(points / (this.digitWidth * scale));
	}

	/** What a cell's margins take from a column of a sheet, in points. */
	public static float sheetCellMargins() {
		return CELL_MARGINS;
	}

	/** The lines {@code text} takes in a column {@code widthChars} wide, broken between words only. */
	public List<String> lines(String text, int widthChars, boolean bold) {
		String all = (text == null) ? "" : text;
		List<String> lines = new ArrayList<>();
		for (int[] line : breaks(all, widthChars, bold)) {
			lines.add(all.substring(line[0], line[1]).strip());
		}
		return lines;
	}

	/** A part of a text and the lines it takes: as many as {@link #lines} finds in the part alone. */
	public record Part(String text, int lines) {
	}

	/**
	 * The text cut into parts of at most {@code perPart} lines each, where its lines break: the
	 * parts, put end to end, are the text again, character for character, but for a line break
	 * put where a word too long for a line (a web address) is cut, so that the spreadsheet cuts
	 * it there too rather than wherever it likes, and for the line break of a paragraph that ends
	 * where a part does (the next part starts on a row of its own). Each part comes with the lines
	 * it takes, counted where the text was broken rather than by breaking each part again (Thai word breaking is most of the cost of
	 * writing a printed sheet; the counts are the same, tested on random texts).
	 */
	public List<Part> measuredParts(String text, int widthChars, boolean bold, int perPart) {
		String all = (text == null) ? "" : text;
		List<int[]> lines = breaks(all, widthChars, bold);
		List<Part> parts = new ArrayList<>();
		for (int from = 0; from < lines.size(); from += perPart) {
			int to = Math.min(lines.size(), from + perPart);
			StringBuilder part = new StringBuilder();
			for (int line = from; line < to; line++) {
				int end = (line + 1 == lines.size()) ? all.length() : lines.get(line + 1)[0];
				part.append(all, lines.get(line)[0], end);
				if (lines.get(line)[2] == LineBreaks.CUT && line + 1 < to) {
					part.append('\n');
				}
			}
			// a paragraph ending with the part ends with its row: a line break kept there would
			// show as an empty line at the foot of the row
			if (to < lines.size() && part.length() > 0 && part.charAt(part.length() - 1) == '\n') {
				part.setLength(part.length() - 1);
			}
			parts.add(new Part(part.toString(), to - from));
		}
		return parts;
	}

	/** Where each line starts and ends in the text, and whether it ends inside a word. */
	private List<int[]> breaks(String text, int widthChars, boolean bold) {
		Font font = bold ? this.bold : this.regular;
		return new LineBreaks((part) -> width(part, font)).breaks(text, textWidth(widthChars) * SLACK);
	}

	private synchronized float width(String text, Font font) {
		if (text.isEmpty()) {
			return 0;
		}
		Map<String, Float> widths = (font == this.bold) ? this.boldWidths : this.regularWidths;
		if (widths.size() > WIDTHS_KEPT) {
			widths.clear();
		}
		return widths.computeIfAbsent(text, (key) -> (float) font.getStringBounds(text, CONTEXT).getWidth());
	}

}
