package th.ita.merge.division;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import th.ita.merge.problem.Problem;

/**
 * The one rule of what becomes of a row of a returned file: it is read, its checks run, and it is
 * accepted only when the checks gave a row and none of the problems found on it is an error;
 * otherwise it is rejected, and kept as the division wrote it with the reasons, so that it stays
 * visible. Accepted rows, rejected rows and rows read are counted each on their own, so that
 * read = accepted + rejected is a check, not a definition.
 *
 * @param <R> a row as accepted
 */
public final class RowTally<R> {

	private final List<R> accepted = new ArrayList<>();

	private final List<Problem> problems = new ArrayList<>();

	private final List<RejectedRow> rejectedRows = new ArrayList<>();

	private int read;

	private int rejected;

	/** A problem of the sheet or of the row being checked. */
	public void problem(Problem problem) {
		this.problems.add(problem);
	}

	/**
	 * One row read. {@code check} reports the row's problems through {@link #problem} and gives the
	 * row, or null when the row cannot be used; {@code asWritten} is the row as the division wrote
	 * it, kept when the row is rejected.
	 */
	public void row(Supplier<R> check, Supplier<RejectedRow.AsWritten> asWritten) {
		this.read++;
		int before = this.problems.size();
		R row = check.get();
		List<Problem> errors = this.problems.subList(before, this.problems.size())
			.stream()
			.filter(Problem::isError)
			.toList();
		if (row != null && errors.isEmpty()) {
			this.accepted.add(row);
		}
		else {
			this.rejected++;
			RejectedRow.AsWritten written = asWritten.get();
			this.rejectedRows.add(new RejectedRow(written.key(), written.cell(), written.written(),
					String.join("\n", errors.stream().map(Problem::message).toList())));
		}
	}

	public SheetResult<R> result(DivisionSheet<R> sheet) {
		return new SheetResult<>(sheet, this.accepted, this.rejectedRows, this.problems, this.read, this.rejected);
	}

}
