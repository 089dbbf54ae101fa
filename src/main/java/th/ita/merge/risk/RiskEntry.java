package th.ita.merge.risk;

/**
 * One corruption risk of a division as accepted from its file: what it is, how it scores (the
 * tool's own likelihood × impact, and {@code level} the name of the band of the office's settings
 * the score falls in, set once when the row is accepted, whatever the sheet showed), how it is
 * treated and followed up, and where it came from ({@code cell} is the risk event's cell).
 */
public record RiskEntry(String divisionCode, String category, String process, String event, String factors,
		String controls, int likelihood, int impact, String level, String measure, String owner, String timeline,
		String status, String file, String sheet, String cell) {

	public int score() {
		return new RiskScore(this.likelihood, this.impact).value();
	}

}
