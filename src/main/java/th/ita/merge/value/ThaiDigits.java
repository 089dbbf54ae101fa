package th.ita.merge.value;

/**
 * Thai digits (๐๑๒๓๔๕๖๗๘๙), which official documents use for numbering, years and counts.
 */
public final class ThaiDigits {

	private static final char THAI_ZERO = '๐';

	private ThaiDigits() {
	}

	/** Replaces every Arabic digit with its Thai digit. */
	public static String toThai(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			result.append((c >= '0' && c <= '9') ? (char) (THAI_ZERO + (c - '0')) : c);
		}
		return result.toString();
	}

	/** Replaces every Thai digit with its Arabic digit. */
	public static String toArabic(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			result.append((c >= THAI_ZERO && c <= THAI_ZERO + 9) ? (char) ('0' + (c - THAI_ZERO)) : c);
		}
		return result.toString();
	}

}
