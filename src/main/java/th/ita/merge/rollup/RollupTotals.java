package th.ita.merge.rollup;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import th.ita.merge.plan.ReportingPeriod;

/**
 * What a roll-up run counted, kept in its job execution's context so the command can say it: the
 * round rolled up, how many organizations' workbooks were rolled up, how many on the roster sent
 * nothing, how many files were refused, and how many were superseded by a newer one.
 */
public record RollupTotals(ReportingPeriod period, int received, int notReceived, int refused, int superseded) {

	private static final String PREFIX = "rollup.";

	public void store(ExecutionContext context) {
		context.putInt(PREFIX + "fiscalYear", this.period.fiscalYear());
		context.putInt(PREFIX + "round", this.period.round());
		context.putInt(PREFIX + "received", this.received);
		context.putInt(PREFIX + "notReceived", this.notReceived);
		context.putInt(PREFIX + "refused", this.refused);
		context.putInt(PREFIX + "superseded", this.superseded);
	}

	/** The totals of a completed run; null when the run did not get as far as counting. */
	public static RollupTotals load(ExecutionContext context) {
		if (!context.containsKey(PREFIX + "round")) {
			return null;
		}
		return new RollupTotals(new ReportingPeriod(context.getInt(PREFIX + "fiscalYear"), context.getInt(PREFIX + "round")),
				context.getInt(PREFIX + "received"), context.getInt(PREFIX + "notReceived"),
				context.getInt(PREFIX + "refused"), context.getInt(PREFIX + "superseded"));
	}

}
