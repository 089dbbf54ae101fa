package th.ita.merge.plan;

import java.util.List;

import th.ita.merge.problem.Problem;

/** The plan workbook cannot be used; nothing can be generated or merged until it is fixed. */
public class InvalidPlanException extends Exception {

	private final List<Problem> problems;

	public InvalidPlanException(List<Problem> problems) {
		super(problems.isEmpty() ? "invalid plan" : problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
