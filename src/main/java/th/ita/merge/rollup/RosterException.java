package th.ita.merge.rollup;

import java.util.List;

import th.ita.merge.problem.Problem;

/** A roster workbook the roll-up cannot use, with every problem found in it, in Thai. */
public class RosterException extends Exception {

	private final transient List<Problem> problems;

	public RosterException(List<Problem> problems) {
		super(problems.isEmpty() ? "" : problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
