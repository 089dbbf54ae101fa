package th.ita.merge.xlsx;

import java.util.HashMap;
import java.util.Map;

/**
 * The line counts of texts, kept for reuse: a merge asks for the lines of the same texts again and
 * again (a measure's weak point on every division's row of the register, a state, a division's
 * name, a problem's message in every feedback copy: 92% of the characters measured on an 800-file
 * merge), and breaking Thai text into lines is what sizing rows costs. A long text is rarely asked
 * for twice and is counted each time. At most {@value #KEPT} counts of texts of at most
 * {@value #LONGEST} characters are kept, some 4 MB, so memory stays flat over a long run.
 */
final class LineCounts {

	private static final int KEPT = 4_096;

	private static final int LONGEST = 500;

	private final Map<Key, Integer> counts = new HashMap<>();

	/** As many lines as {@link TextMeasure#lines} gives {@code text} in a column {@code widthChars} wide. */
	int count(TextMeasure measure, String text, int widthChars, boolean bold) {
		String all = (text == null) ? "" : text;
		if (all.length() > LONGEST) {
			return measure.lines(all, widthChars, bold).size();
		}
		Key key = new Key(all, widthChars, bold);
		synchronized (this.counts) {
			Integer known = this.counts.get(key);
			if (known != null) {
				return known;
			}
		}
		int count = measure.lines(all, widthChars, bold).size();
		synchronized (this.counts) {
			if (this.counts.size() >= KEPT) {
				this.counts.clear();
			}
			this.counts.put(key, count);
		}
		return count;
	}

	private record Key(String text, int widthChars, boolean bold) {
	}

}
