package th.ita.merge.plan;

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

	/** The B.E. year in which the fiscal year starts (its October). */
	public int startYear() {
		return this.fiscalYear - 1;
	}

	public String firstMonth() {
		return "ตุลาคม";
	}

	public String lastMonth() {
		return (this.round == 1) ? "มีนาคม" : "กันยายน";
	}

	/** Months covered by the round: 6 or 12. */
	public int months() {
		return (this.round == 1) ? 6 : 12;
	}

}
