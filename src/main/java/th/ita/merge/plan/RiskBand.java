package th.ita.merge.plan;

/**
 * A band of risk scores (ระดับความเสี่ยง) such as สูง 9–14: its Thai name, the colour it is shown
 * in (RGB hex, "FFC000"), its score range and whether a risk in it must have a preventive
 * measure, an owner and a timeline.
 */
public record RiskBand(String name, String colour, int from, int to, boolean treatmentRequired) {

	public boolean contains(int score) {
		return score >= this.from && score <= this.to;
	}

}
