package th.ita.merge.value;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * A day as Thai official documents write it: the day, the Thai month name and the Buddhist-era
 * year ("๓๑ มีนาคม พ.ศ. ๒๕๖๖"), or in figures as offices type it ("31/3/2566"). The one place for
 * these rules, whatever prints a date: a sheet, a document, a message.
 */
public final class ThaiDate {

	private static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
			"มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

	/** The abbreviations offices write (ม.ค., มี.ค.), compared without their dots. */
	private static final List<String> ABBREVIATIONS = List.of("มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย",
			"ตค", "พย", "ธค");

	private ThaiDate() {
	}

	/** The Thai name of a month, 1 (มกราคม) to 12 (ธันวาคม). */
	public static String monthName(int month) {
		return MONTHS.get(month - 1);
	}

	/** "๓๑ มีนาคม พ.ศ. ๒๕๖๖" with Thai digits, "31 มีนาคม พ.ศ. 2566" with Arabic ones. */
	public static String of(LocalDate date, Digits digits) {
		return digits.format(date.getDayOfMonth()) + " " + monthName(date.getMonthValue()) + " พ.ศ. "
				+ digits.format(buddhistYear(date));
	}

	/** "31/3/2566": day/month/Buddhist-era year, as offices type a date. */
	public static String inFigures(LocalDate date) {
		return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + buddhistYear(date);
	}

	/**
	 * The month (1–12) of a Thai month name, in full (มีนาคม), abbreviated with or without its
	 * dots (มี.ค., มีค) or after "เดือน"; empty for anything else.
	 */
	public static OptionalInt month(String name) {
		String word = CellValues.words(name).replace(" ", "");
		if (word.startsWith("เดือน")) {
			word = word.substring("เดือน".length());
		}
		int full = MONTHS.indexOf(word);
		if (full >= 0) {
			return OptionalInt.of(full + 1);
		}
		int abbreviated = ABBREVIATIONS.indexOf(word.replace(".", ""));
		return (abbreviated >= 0) ? OptionalInt.of(abbreviated + 1) : OptionalInt.empty();
	}

	private static int buddhistYear(LocalDate date) {
		return date.getYear() + CellValues.BUDDHIST_ERA_OFFSET;
	}

}
