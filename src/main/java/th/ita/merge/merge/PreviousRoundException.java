package th.ita.merge.merge;

import th.ita.merge.problem.ProblemCode;

/**
 * A workbook given as an earlier round's consolidated workbook that cannot serve as one; its
 * message says in Thai which file, what is wrong and what to do.
 */
public final class PreviousRoundException extends Exception {

	private static final long serialVersionUID = 1L;

	private final ProblemCode code;

	PreviousRoundException(ProblemCode code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	public ProblemCode code() {
		return this.code;
	}

}
