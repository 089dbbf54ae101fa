package th.ita.merge.cli;

import java.io.PrintStream;

import th.ita.merge.io.Terminal;
import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/** What the commands print for people: UTF-8, in Thai. */
final class Console {

	/** Everything was read, and nothing had an error. */
	static final int OK = 0;

	/** Nothing could be done: the plan, a folder or the run itself failed. */
	static final int FAILED = 1;

	/** The files were checked or merged, and some had errors: see the error log or the list printed. */
	static final int INPUT_ERRORS = 2;

	static final PrintStream OUT = Terminal.OUT;

	static final PrintStream ERR = Terminal.ERR;

	private Console() {
	}

	static void planRefused(InvalidPlanException ex) {
		ERR.println("ใช้ไฟล์แผนนี้ไม่ได้ ให้แก้ไขตามรายการต่อไปนี้แล้วสั่งงานใหม่:");
		for (Problem problem : ex.problems()) {
			ERR.println("- " + place(problem) + problem.message());
		}
	}

	/** A problem of the command line itself, such as a folder that is not there: printed, in Thai. */
	static int refused(ProblemCode code, Object value) {
		ERR.println(Problem.of(code, Location.ofFile(""), String.valueOf(value)).message());
		return FAILED;
	}

	/** "[file ชีต sheet เซลล์ A1] ", or "" when the problem has no place. */
	static String place(Problem problem) {
		return bracket(problem.file() + " " + cellOf(problem));
	}

	/** "[ชีต sheet เซลล์ A1] ", for lines already grouped under their file. */
	static String sheetAndCell(Problem problem) {
		return bracket(cellOf(problem));
	}

	private static String cellOf(Problem problem) {
		StringBuilder place = new StringBuilder();
		if (!problem.sheet().isEmpty()) {
			place.append("ชีต ").append(problem.sheet());
		}
		if (!problem.cell().isEmpty()) {
			place.append(" เซลล์ ").append(problem.cell());
		}
		return place.toString();
	}

	private static String bracket(String place) {
		return place.isBlank() ? "" : "[" + place.strip() + "] ";
	}

}
