package th.ita.merge.merge;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Carries a run's totals through the job's execution context to whoever launched it. */
final class MergeOutcome {

	private static final String PREFIX = "ita.totals.";

	private MergeOutcome() {
	}

	static void store(RunTotals totals, ExecutionContext context) {
		context.putInt(PREFIX + "files", totals.files());
		context.putInt(PREFIX + "rowsRead", totals.rowsRead());
		context.putInt(PREFIX + "rowsAccepted", totals.rowsAccepted());
		context.putInt(PREFIX + "rowsRejected", totals.rowsRejected());
		context.putInt(PREFIX + "errors", totals.errors());
		context.putInt(PREFIX + "warnings", totals.warnings());
	}

	static RunTotals load(ExecutionContext context) {
		return new RunTotals(context.getInt(PREFIX + "files", 0), context.getInt(PREFIX + "rowsRead", 0),
				context.getInt(PREFIX + "rowsAccepted", 0), context.getInt(PREFIX + "rowsRejected", 0),
				context.getInt(PREFIX + "errors", 0), context.getInt(PREFIX + "warnings", 0));
	}

}
