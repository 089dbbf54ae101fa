package th.ita.merge.plan;

import java.time.LocalDate;

import th.ita.merge.value.CellValues;
import th.ita.merge.value.Digits;
import th.ita.merge.value.ThaiDate;

/**
 * A fiscal year (ปีงบประมาณ, Buddhist era) and round: 1 is the six months October–March,
 * 2 the whole year October–September. FY2566 runs from 1 October 2565 to 30 September 2566.
 */
public record ReportingPeriod(int fiscalYear, int round) {

	public ReportingPeriod {
		if (round != 1 && round != 2) {
			throw new IllegalArgumentException("round must be 1 or 2, was " + round);
		}
	}

	/** The fiscal year a day falls in: FY2567 runs from 1 October 2566 to 30 September 2567. */
	public static int fiscalYearOf(LocalDate day) {
		int buddhistYear = day.getYear() + CellValues.BUDDHIST_ERA_OFFSET;
		return (day.getMonthValue() >= 10) ? buddhistYear + 1 : buddhistYear;
	}

	/** The B.E. year in which the fiscal year starts (its October). */
	public int startYear() {
		return this.fiscalYear - 1;
	}

	public String firstMonth() {
		return ThaiDate.monthName(10);
	}

	public String lastMonth() {
		return ThaiDate.monthName((this.round == 1) ? 3 : 9);
	}

	/** Months covered by the round: 6 or 12. */
	public int months() {
		return (this.round == 1) ? 6 : 12;
	}

	/** "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", as titles write it. */
	public String fiscalYearTitle(Digits digits) {
		return "ประจำปีงบประมาณ พ.ศ. " + digits.format(this.fiscalYear);
	}

	/** "รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖": the round named in a sentence, as when one round is compared with another. */
	public String title(Digits digits) {
		return "รอบ " + digits.format(months()) + " เดือน " + fiscalYearTitle(digits);
	}

	/** "รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)", as the seed's title writes it. */
	public String roundTitle(Digits digits) {
		return "รอบ " + digits.format(months()) + " เดือน (ตั้งแต่เดือน" + firstMonth() + " " + digits.format(startYear())
				+ " - เดือน" + lastMonth() + " " + digits.format(this.fiscalYear)
				+ ")";
	}

}
