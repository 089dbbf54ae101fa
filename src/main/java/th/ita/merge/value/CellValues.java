package th.ita.merge.value;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The one place where raw cell contents become values. It knows how people in Thai offices type:
 * Thai or Arabic digits, Buddhist-era or Christian-era years, Excel date serials in either date
 * system, booleans as Excel shows them, and text pasted from PDFs or the web with zero-width and
 * non-breaking spaces, control characters and the
 * "ํา" artefact written as two characters instead of "ำ". What people wrote is kept; only
 * invisible differences are normalized.
 */
public final class CellValues {

	/** B.E. = C.E. + 543. */
	public static final int BUDDHIST_ERA_OFFSET = 543;

	/**
	 * Characters that show nothing: zero-width ones, the soft hyphen, and the control characters
	 * but tab and line breaks (a terminal's escape codes pasted into a cell among them).
	 */
	private static final Pattern INVISIBLE = Pattern
		.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private static final Pattern NON_BREAKING_SPACE = Pattern.compile("[\\u00A0\\u202F\\u2007]");

	/** "ํ" typed before a tone mark and "า": น + ํ + ้ + า, which should read น้ำ. */
	private static final Pattern NIKHAHIT_BEFORE_TONE = Pattern.compile("\u0E4D([\u0E48-\u0E4B])\u0E32");

	private static final Pattern ERA_PREFIX = Pattern.compile("^(พ\\.ศ\\.|ค\\.ศ\\.)\\s*");

	/** What may stand before a date typed as text: "ณ วันที่", "วันที่", "ณ". */
	private static final Pattern DATE_PREFIX = Pattern.compile("^(ณ\\s*)?(วันที่\\s*)?");

	/** "31/3/2566", "31-03-2023", "31.3.2566", the year optionally after its era. */
	private static final Pattern DATE_IN_FIGURES = Pattern
		.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*((?:พ\\.ศ\\.|ค\\.ศ\\.)?\\s*\\d{4})");

	/** "31 มีนาคม 2566", "31 มี.ค. พ.ศ. 2566", "31มีนาคม2566". */
	private static final Pattern DATE_WITH_MONTH_NAME = Pattern
		.compile("(\\d{1,2})\\s*([^\\d]+?)\\s*((?:พ\\.ศ\\.|ค\\.ศ\\.)?\\s*\\d{4})");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+(\\.0+)?");

	/** A level number, then optionally a separator and the level's name. */
	private static final Pattern LEVEL = Pattern.compile("([+-]?\\d+(?:\\.0+)?)\\s*(?:[-.:)]\\s*)?(.*)");

	private CellValues() {
	}

	/**
	 * Normalizes text without changing what was written: NFC, no zero-width characters,
	 * non-breaking spaces as spaces, "ํา" as "ำ", Windows line breaks as "\n", and no blanks at
	 * either end. {@code null} becomes "".
	 */
	public static String text(String raw) {
		if (raw == null) {
			return "";
		}
		if (plain(raw)) {
			return Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
		}
		String text = INVISIBLE.matcher(raw).replaceAll("");
		text = NON_BREAKING_SPACE.matcher(text).replaceAll(" ");
		text = NIKHAHIT_BEFORE_TONE.matcher(text).replaceAll("$1\u0E33");
		text = text.replace("\u0E4D\u0E32", "\u0E33").replace("\r\n", "\n").replace('\r', '\n');
		return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
	}

	/** The text with its inner runs of blanks collapsed, for comparing words people typed by hand. */
	public static String words(String raw) {
		return BLANKS.matcher(text(raw)).replaceAll(" ");
	}

	/**
	 * Whether the text has none of the characters {@link #text} replaces or removes, so that only
	 * its NFC form and its ends are left to settle: most cells, read without four passes of
	 * regular expressions (with the launchers' C1 they were 14% of an 800-file merge, half its reading).
	 */
	private static boolean plain(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c < ' ') {
				if (c != '\t' && c != '\n') {
					return false;
				}
			}
			else if (c >= '\u007F' && (c == '\u007F' || c == '\u00A0' || c == '\u00AD' || c == '\u0E4D'
					|| (c >= '\u2007' && c <= '\u2060') || c == '\uFEFF')) {
				return false;
			}
		}
		return true;
	}

	/** A whole number written with Thai or Arabic digits ("๒๕๖๖", "2566", "2566.0"). */
	public static OptionalInt wholeNumber(String raw) {
		String digits = ThaiDigits.toArabic(text(raw)).replace(",", "");
		if (!WHOLE_NUMBER.matcher(digits).matches()) {
			return OptionalInt.empty();
		}
		try {
			double number = Double.parseDouble(digits);
			if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
				return OptionalInt.empty();
			}
			return OptionalInt.of((int) number);
		}
		catch (NumberFormatException ex) {
			return OptionalInt.empty();
		}
	}

	/**
	 * A step on a scale of named levels (โอกาส or ผลกระทบ 1–5), 1-based: from its number in Thai or
	 * Arabic digits ("๓", "3", "3.0"), its name ("ปานกลาง") or both as the dropdown writes them
	 * ("๓ ปานกลาง", "3 - ปานกลาง"). A number and a name that disagree, or a number off the scale,
	 * give empty.
	 */
	public static OptionalInt scaleLevel(String raw, List<String> names) {
		String words = words(raw);
		for (int i = 0; i < names.size(); i++) {
			if (words(names.get(i)).equals(words)) {
				return OptionalInt.of(i + 1);
			}
		}
		Matcher numbered = LEVEL.matcher(ThaiDigits.toArabic(words));
		if (!numbered.matches()) {
			return OptionalInt.empty();
		}
		OptionalInt number = wholeNumber(numbered.group(1));
		if (number.isEmpty() || number.getAsInt() < 1 || number.getAsInt() > names.size()) {
			return OptionalInt.empty();
		}
		String name = numbered.group(2);
		if (!name.isEmpty() && !words(names.get(number.getAsInt() - 1)).equals(name)) {
			return OptionalInt.empty();
		}
		return number;
	}

	/**
	 * A year as the Buddhist era counts it. A year before 2400 is taken as Christian era (2023 →
	 * 2566); "พ.ศ." and "ค.ศ." prefixes are understood.
	 */
	public static OptionalInt buddhistYear(String raw) {
		String text = text(raw);
		boolean christian = text.startsWith("ค.ศ.");
		Matcher prefix = ERA_PREFIX.matcher(text);
		OptionalInt year = wholeNumber(prefix.replaceFirst(""));
		if (year.isEmpty()) {
			return year;
		}
		int value = year.getAsInt();
		if (christian || (value > 1900 && value < 2400)) {
			value += BUDDHIST_ERA_OFFSET;
		}
		return (value > 2400 && value < 2700) ? OptionalInt.of(value) : OptionalInt.empty();
	}

	/**
	 * The text a cell shows, for cells read as text: a number formatted as a date becomes the
	 * date as Thai offices write it (day/month/B.E. year, "15/3/2566"), whatever date system the
	 * workbook uses; anything else is {@link #text(String)}.
	 */
	public static String shown(String raw, boolean number, String numberFormat, boolean date1904) {
		if (number && numberFormat != null && DateUtil.isADateFormat(-1, numberFormat)) {
			try {
				Optional<LocalDate> date = excelDate(Double.parseDouble(raw.strip()), date1904);
				if (date.isPresent()) {
					return ThaiDate.inFigures(date.get());
				}
			}
			catch (NumberFormatException ex) {
				return text(raw);
			}
		}
		return text(raw);
	}

	/** A boolean cell as Excel shows it: TRUE or FALSE. */
	public static String shownBoolean(String raw) {
		return "1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()) ? "TRUE" : "FALSE";
	}

	/**
	 * A date from a cell, as Thai offices enter one: a date cell, in either date system (a year
	 * past 2400 is a Buddhist-era year that Excel, set to the Christian calendar, stored as typed:
	 * "31/3/2566" becomes 31 March 2566 C.E.); or text, with Thai or Arabic digits, an optional
	 * "ณ วันที่" before it and an optional era before the year: "๓๑ มีนาคม ๒๕๖๖",
	 * "31 มี.ค. พ.ศ. 2566", "31/3/2566", "31-03-2023". Years are read as {@link #buddhistYear}
	 * reads them. Empty when the cell holds no such date.
	 */
	public static Optional<LocalDate> date(String raw, boolean number, String numberFormat, boolean date1904) {
		if (number) {
			if (numberFormat == null || !DateUtil.isADateFormat(-1, numberFormat)) {
				return Optional.empty();
			}
			try {
				return excelDate(Double.parseDouble(raw.strip()), date1904).map(CellValues::christianEra);
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		String text = DATE_PREFIX.matcher(ThaiDigits.toArabic(words(raw))).replaceFirst("");
		Matcher figures = DATE_IN_FIGURES.matcher(text);
		if (figures.matches()) {
			return date(figures.group(1), OptionalInt.of(Integer.parseInt(figures.group(2))), figures.group(3));
		}
		Matcher named = DATE_WITH_MONTH_NAME.matcher(text);
		if (named.matches()) {
			return date(named.group(1), ThaiDate.month(named.group(2)), named.group(3));
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> date(String day, OptionalInt month, String year) {
		OptionalInt buddhist = buddhistYear(year);
		if (month.isEmpty() || buddhist.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(buddhist.getAsInt() - BUDDHIST_ERA_OFFSET, month.getAsInt(),
					Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** A date whose year is a Buddhist-era year stored as if it were Christian era, set right. */
	private static LocalDate christianEra(LocalDate date) {
		return (date.getYear() > 2400) ? date.minusYears(BUDDHIST_ERA_OFFSET) : date;
	}

	/** A date from an Excel serial number, in the workbook's date system. */
	public static Optional<LocalDate> excelDate(double serial, boolean date1904) {
		if (!DateUtil.isValidExcelDate(serial)) {
			return Optional.empty();
		}
		return Optional.of(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
	}

}
