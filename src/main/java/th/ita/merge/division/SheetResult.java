package th.ita.merge.division;

import java.util.List;

import th.ita.merge.problem.Problem;

/**
 * What one feature's sheet of a returned file gave: the rows accepted, the problems found, how many
 * rows were read and how many rejected. Kept with the sheet it came from.
 */
public record SheetResult<R>(DivisionSheet<R> sheet, List<R> accepted, List<Problem> problems, int read,
		int rejected) {

	public SheetResult {
		accepted = List.copyOf(accepted);
		problems = List.copyOf(problems);
	}

	/** A sheet that gave no rows, only problems (missing, or its table not found). */
	public static <R> SheetResult<R> none(DivisionSheet<R> sheet, List<Problem> problems) {
		return new SheetResult<>(sheet, List.of(), problems, 0, 0);
	}

}
