package th.ita.merge.division;

import java.util.List;

import th.ita.merge.problem.Problem;

/**
 * What one feature's sheet of a returned file gave: the rows accepted, the rows rejected as the
 * division wrote them, the problems found, how many rows were read and how many rejected. Kept
 * with the sheet it came from.
 */
public record SheetResult<R>(DivisionSheet<R> sheet, List<R> accepted, List<RejectedRow> rejectedRows,
		List<Problem> problems, int read, int rejected) {

	public SheetResult {
		accepted = List.copyOf(accepted);
		rejectedRows = List.copyOf(rejectedRows);
		problems = List.copyOf(problems);
	}

	/** A sheet that gave no rows, only problems (missing, or its table not found). */
	public static <R> SheetResult<R> none(DivisionSheet<R> sheet, List<Problem> problems) {
		return new SheetResult<>(sheet, List.of(), List.of(), problems, 0, 0);
	}

	/** The same rows with the problems of the sheet itself before those of its rows. */
	SheetResult<R> after(List<Problem> sheetProblems) {
		List<Problem> all = new java.util.ArrayList<>(sheetProblems);
		all.addAll(this.problems);
		return new SheetResult<>(this.sheet, this.accepted, this.rejectedRows, all, this.read, this.rejected);
	}

}
