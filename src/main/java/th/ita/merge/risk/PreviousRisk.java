package th.ita.merge.risk;

/**
 * A risk as an earlier round's consolidated workbook registered it, as written: the division by its
 * name, and whether it was counted (a risk sent but not counted has no level).
 */
public record PreviousRisk(String divisionName, String category, String process, String event, String factors,
		String controls, String likelihood, String impact, String level, String measure, String owner, String timeline,
		String status, boolean counted) {

	/** What makes a risk the same from one round to the next: its division, category and event. */
	public String key() {
		return this.divisionName + "\u0000" + this.category + "\u0000" + this.event.strip();
	}

}
