package th.ita.merge.xlsx;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Thai text breaks into lines of a given width: between words, found with Java's Thai line
 * breaker; a web address kept whole, as spreadsheets keep it, and cut after a slash or dot only
 * where no line holds it.
 */
final class LineBreaks {

	/** Marks a line that ends inside a word too long for it. */
	static final int CUT = 1;

	/** Where a web address is best cut: after one of these. */
	private static final String ADDRESS_BREAKS = "/.-_?&=";

	/** The start of a web address. */
	private static final Pattern ADDRESS = Pattern.compile("(?i)(https?://|www\\.)");

	private static final Locale THAI = Locale.forLanguageTag("th");

	/** Java's Thai line breaker, one per thread: making one per paragraph costs more than the breaking. */
	private static final ThreadLocal<BreakIterator> WORDS = ThreadLocal
		.withInitial(() -> BreakIterator.getLineInstance(THAI));

	/** The width of a text in points, in the font of the text being broken. */
	private final ToDoubleFunction<String> width;

	LineBreaks(ToDoubleFunction<String> width) {
		this.width = width;
	}

	private float width(String text) {
		return (float) this.width.applyAsDouble(text);
	}

	/** Whether the text starts with a web address. */
	static boolean isAddress(String text) {
		return ADDRESS.matcher(text).lookingAt();
	}

	/**
	 * Where each line of at most {@code room} points starts and ends in the text, and whether it
	 * ends inside a word ({@link #CUT}); a paragraph's line break belongs to its last line.
	 */
	List<int[]> breaks(String text, float room) {
		List<int[]> lines = new ArrayList<>();
		int paragraph = 0;
		while (true) {
			int end = text.indexOf('\n', paragraph);
			int stop = (end < 0) ? text.length() : end;
			wrap(text, paragraph, stop, room, lines);
			if (end < 0) {
				return lines;
			}
			lines.get(lines.size() - 1)[1] = end + 1;
			paragraph = end + 1;
		}
	}

	/** Breaks {@code text[from, to)} into lines of at most {@code room} points, added to {@code lines}. */
	private void wrap(String text, int from, int to, float room, List<int[]> lines) {
		BreakIterator words = WORDS.get();
		String paragraph = text.substring(from, to);
		words.setText(paragraph);
		List<int[]> addresses = addresses(paragraph);
		int lineStart = from;
		float used = 0;
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
			if (!addresses.isEmpty() && inside(addresses, end)) {
				continue;
			}
			String word = text.substring(from + start, from + end);
			int wordStart = start;
			start = end;
			float width = width(word);
			if (width(word.stripTrailing()) > room) {
				// a word no line holds: cut, its first piece on what is left of this line
				float left = room - used;
				if (left < room / 4 && from + wordStart > lineStart) {
					lines.add(new int[] { lineStart, from + wordStart, 0 });
					lineStart = from + wordStart;
					left = room;
				}
				List<String> pieces = pieces(word, left, room);
				int at = from + wordStart;
				for (int i = 0; i < pieces.size() - 1; i++) {
					at += pieces.get(i).length();
					lines.add(new int[] { lineStart, at, CUT });
					lineStart = at;
				}
				used = width(pieces.get(pieces.size() - 1));
				continue;
			}
			if (used + width(word.stripTrailing()) > room && from + wordStart > lineStart) {
				lines.add(new int[] { lineStart, from + wordStart, 0 });
				lineStart = from + wordStart;
				used = 0;
			}
			used += width;
		}
		lines.add(new int[] { lineStart, to, 0 });
	}

	/**
	 * Where the web addresses of a paragraph stand, as [start, end) of each run of text between
	 * spaces that starts with one: spreadsheets keep such a run whole as one word where Java's line
	 * breaker would break it after each slash and dot. Found once per paragraph, not per break.
	 */
	static List<int[]> addresses(String paragraph) {
		List<int[]> addresses = new ArrayList<>();
		Matcher address = ADDRESS.matcher(paragraph);
		while (address.find()) {
			int start = address.start();
			if (start > 0 && !Character.isWhitespace(paragraph.charAt(start - 1))) {
				continue;
			}
			int end = start;
			while (end < paragraph.length() && !Character.isWhitespace(paragraph.charAt(end))) {
				end++;
			}
			addresses.add(new int[] { start, end });
			address.region(end, paragraph.length());
		}
		return addresses;
	}

	/** Whether {@code at} falls strictly inside one of the addresses. */
	private static boolean inside(List<int[]> addresses, int at) {
		for (int[] address : addresses) {
			if (address[0] < at && at < address[1]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A word too long for a line (a web address) cut where it must: after the last slash, dot or
	 * the like that still fits, else after the last character that fits, never before a combining
	 * mark; the first piece fits in {@code firstRoom}, what is left of the line it starts on.
	 */
	private List<String> pieces(String word, float firstRoom, float room) {
		List<String> pieces = new ArrayList<>();
		BreakIterator characters = BreakIterator.getCharacterInstance(THAI);
		characters.setText(word);
		StringBuilder piece = new StringBuilder();
		int start = characters.first();
		for (int end = characters.next(); end != BreakIterator.DONE; start = end, end = characters.next()) {
			String cluster = word.substring(start, end);
			if (piece.length() > 0 && width(piece + cluster) > (pieces.isEmpty() ? firstRoom : room)) {
				int cut = lastAddressBreak(piece);
				String rest = (cut > 0) ? piece.substring(cut) : "";
				pieces.add(piece.substring(0, piece.length() - rest.length()));
				piece.setLength(0);
				piece.append(rest);
			}
			piece.append(cluster);
		}
		pieces.add(piece.toString());
		return pieces;
	}

	/** Where after a slash, dot or the like the piece may be cut, past its first third; 0 if nowhere. */
	private static int lastAddressBreak(CharSequence piece) {
		for (int i = piece.length() - 1; i > piece.length() / 3; i--) {
			if (ADDRESS_BREAKS.indexOf(piece.charAt(i - 1)) >= 0) {
				return i;
			}
		}
		return 0;
	}

}
