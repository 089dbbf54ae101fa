package th.ita.merge.value;

/**
 * Which digits the printed report uses: Thai (the default of official documents) or Arabic.
 */
public enum Digits {

	THAI, ARABIC;

	public String format(long number) {
		return apply(Long.toString(number));
	}

	/** Writes the digits of generated text (numbering, years) in this style. */
	public String apply(String text) {
		return (this == THAI) ? ThaiDigits.toThai(text) : ThaiDigits.toArabic(text);
	}

}
