package th.ita.merge.merge;

/**
 * The totals of a merge run: files read, rows read, accepted and rejected (read = accepted +
 * rejected), and problems by severity.
 */
public record RunTotals(int files, int rowsRead, int rowsAccepted, int rowsRejected, int errors, int warnings) {
}
