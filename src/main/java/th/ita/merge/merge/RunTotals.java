package th.ita.merge.merge;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The totals of a merge run: files read, rows read, accepted and rejected, and problems by
 * severity. Rows accepted are counted from the rows staged, rows rejected from the files, so that
 * read = accepted + rejected checks one against the other. Carried to whoever launched the run
 * through the job's execution context.
 */
public record RunTotals(int files, int rowsRead, int rowsAccepted, int rowsRejected, int errors, int warnings) {

	private static final String PREFIX = "ita.totals.";

	public void store(ExecutionContext context) {
		context.putInt(PREFIX + "files", this.files);
		context.putInt(PREFIX + "rowsRead", this.rowsRead);
		context.putInt(PREFIX + "rowsAccepted", this.rowsAccepted);
		context.putInt(PREFIX + "rowsRejected", this.rowsRejected);
		context.putInt(PREFIX + "errors", this.errors);
		context.putInt(PREFIX + "warnings", this.warnings);
	}

	public static RunTotals load(ExecutionContext context) {
		return new RunTotals(context.getInt(PREFIX + "files", 0), context.getInt(PREFIX + "rowsRead", 0),
				context.getInt(PREFIX + "rowsAccepted", 0), context.getInt(PREFIX + "rowsRejected", 0),
				context.getInt(PREFIX + "errors", 0), context.getInt(PREFIX + "warnings", 0));
	}

}
