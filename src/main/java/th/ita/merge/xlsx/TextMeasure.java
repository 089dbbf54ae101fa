package th.ita.merge.xlsx;

import java.awt.Font;
import java.awt.font.FontRenderContext;
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

	/** How many measured words are kept for reuse, so memory stays flat over a long run. */
	private static final int WIDTHS_KEPT = 20_000;

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static final Optional<TextMeasure> REPORT_FONT = find();

	private final Font regular;

	private final Font bold;

	private final float digitWidth;

	private final Map<String, Float> widths = new HashMap<>();

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

	/** The height of one line of the font, in points, as a row needs it. */
	public float lineHeight() {
		return this.regular.getLineMetrics("กฎ", CONTEXT).getHeight();
	}

	/** The width a column of {@code widthChars} (Excel's unit: the width of a digit) gives text, in points. */
	public float textWidth(int widthChars) {
		return widthChars * this.digitWidth - CELL_MARGINS;
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

	/**
	 * The text cut into parts of at most {@code perPart} lines each, where its lines break: the
	 * parts, put end to end, are the text again, character for character.
	 */
	public List<String> parts(String text, int widthChars, boolean bold, int perPart) {
		String all = (text == null) ? "" : text;
		List<int[]> lines = breaks(all, widthChars, bold);
		List<String> parts = new ArrayList<>();
		for (int from = 0; from < lines.size(); from += perPart) {
			int to = Math.min(lines.size(), from + perPart);
			int end = (to == lines.size()) ? all.length() : lines.get(to)[0];
			parts.add(all.substring(lines.get(from)[0], end));
		}
		return parts;
	}

	/** Where each line starts and ends in the text (a paragraph's line break belongs to its last line). */
	private List<int[]> breaks(String text, int widthChars, boolean bold) {
		float room = textWidth(widthChars) * SLACK;
		Font font = bold ? this.bold : this.regular;
		List<int[]> lines = new ArrayList<>();
		int paragraph = 0;
		while (true) {
			int end = text.indexOf('\n', paragraph);
			int stop = (end < 0) ? text.length() : end;
			wrap(text, paragraph, stop, room, font, lines);
			if (end < 0) {
				return lines;
			}
			lines.get(lines.size() - 1)[1] = end + 1;
			paragraph = end + 1;
		}
	}

	/** Breaks {@code text[from, to)} into lines of at most {@code room} points, added to {@code lines}. */
	private void wrap(String text, int from, int to, float room, Font font, List<int[]> lines) {
		BreakIterator words = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));
		words.setText(text.substring(from, to));
		int lineStart = from;
		float used = 0;
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			String word = text.substring(from + start, from + end);
			float width = width(word, font);
			if (used + width(word.stripTrailing(), font) > room && from + start > lineStart) {
				lines.add(new int[] { lineStart, from + start });
				lineStart = from + start;
				used = 0;
			}
			if (width > room) {
				int at = from + start;
				for (String piece : pieces(word, room, font)) {
					lines.add(new int[] { at, at + piece.length() });
					at += piece.length();
				}
				int[] last = lines.remove(lines.size() - 1);
				lineStart = last[0];
				used = width(text.substring(last[0], last[1]), font);
				continue;
			}
			used += width;
		}
		lines.add(new int[] { lineStart, to });
	}

	/** A word too long for a line (a web address) cut where it must, never before a combining mark. */
	private List<String> pieces(String word, float room, Font font) {
		List<String> pieces = new ArrayList<>();
		BreakIterator characters = BreakIterator.getCharacterInstance(Locale.forLanguageTag("th"));
		characters.setText(word);
		StringBuilder piece = new StringBuilder();
		int start = characters.first();
		for (int end = characters.next(); end != BreakIterator.DONE; start = end, end = characters.next()) {
			String cluster = word.substring(start, end);
			if (piece.length() > 0 && width(piece + cluster, font) > room) {
				pieces.add(piece.toString());
				piece.setLength(0);
			}
			piece.append(cluster);
		}
		pieces.add(piece.toString());
		return pieces;
	}

	private synchronized float width(String text, Font font) {
		if (text.isEmpty()) {
			return 0;
		}
		if (this.widths.size() > WIDTHS_KEPT) {
			this.widths.clear();
		}
		return this.widths.computeIfAbsent((font == this.bold ? "b" : "r") + text,
				(key) -> (float) font.getStringBounds(text, CONTEXT).getWidth());
	}

}
