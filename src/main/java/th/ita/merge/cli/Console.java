package th.ita.merge.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import th.ita.merge.io.Terminal;
import th.ita.merge.merge.PreviousRoundException;
import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/**
 * What the commands print for people: UTF-8, in Thai, one line for what stopped a command and
 * never a stack trace (those go to the {@link TechnicalLog}). The streams write through to
 * whatever {@code System.out} and {@code System.err} are at the time, so a test that captures
 * them sees exactly what the officer would.
 */
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
	static int refused(ProblemCode code, Object value, String... details) {
		return refusedLine(message(code, value, details));
	}

	/** A line already made from a problem code: printed, and the command could not run. */
	static int refusedLine(String message) {
		ERR.println(message);
		return FAILED;
	}

	/**
	 * A previous round's workbook that cannot serve: one Thai line, and, when it could not be read,
	 * why in the technical log.
	 */
	static int previousRefused(Path output, PreviousRoundException refusal) {
		if (refusal.getCause() != null) {
			TechnicalLog.record(output, refusal);
		}
		return refusedLine(refusal.getMessage());
	}

	static int refused(OutputFolder.Trouble trouble) {
		return refused(trouble.code(), trouble.path());
	}

	/**
	 * A command that failed while it ran: the details go to the technical log, and the officer
	 * reads one line that says what to do, about the folder {@code writingInto} when the failure
	 * shows what is wrong with it.
	 */
	static int failed(Path output, Path writingInto, Throwable failure) {
		return refusedLine(explain(output, writingInto, failure));
	}

	/** The one Thai line for a failure; its details are written to the technical log. */
	static String explain(Path output, Path writingInto, Throwable failure) {
		Path log = TechnicalLog.record(output, failure);
		Optional<OutputFolder.Trouble> trouble = OutputFolder.explain(writingInto, failure);
		return trouble.map((found) -> message(found.code(), found.path()))
			.orElseGet(() -> message(ProblemCode.RUN_FAILED, "", log.toString()));
	}

	static String message(ProblemCode code, Object value, String... details) {
		return Problem.of(code, Location.ofFile(""), String.valueOf(value), details).message();
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
