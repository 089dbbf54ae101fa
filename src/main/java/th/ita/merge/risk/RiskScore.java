package th.ita.merge.risk;

import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;

/**
 * The one rule of the assessment: score = likelihood × impact (1–25), and the level is the band of
 * the office's settings the score falls in.
 */
public record RiskScore(int likelihood, int impact) {

	public RiskScore {
		if (likelihood < 1 || likelihood > RiskSettings.SCALE_MAX || impact < 1 || impact > RiskSettings.SCALE_MAX) {
			throw new IllegalArgumentException("Likelihood and impact run from 1 to 5: " + likelihood + ", " + impact);
		}
	}

	public int value() {
		return this.likelihood * this.impact;
	}

	public RiskBand band(RiskSettings settings) {
		return settings.band(value());
	}

}
