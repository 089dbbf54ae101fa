package th.ita.merge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;
import th.ita.merge.io.OutputLock;
import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.problem.ProblemCode;

/**
 * The folders and the plan every command works with, and the order a command checks them in:
 * the folders first, each answered by what is wrong with the folder itself, then the plan.
 * Their help texts are in {@code cli_th.properties}.
 */
class CommonOptions {

	@Option(names = "--input", paramLabel = "โฟลเดอร์", defaultValue = "input")
	Path input;

	@Option(names = "--output", paramLabel = "โฟลเดอร์", defaultValue = "output")
	Path output;

	@Option(names = "--plan", paramLabel = "ไฟล์")
	Path plan;

	Path planFile() {
		return (this.plan != null) ? this.plan : this.input.resolve("plan.xlsx");
	}

	/** What a command does once it has the plan. */
	@FunctionalInterface
	interface WithPlan {

		int run(Plan plan) throws Exception;

	}

	/**
	 * Runs a command once its folders and its plan are fine, or fails once the officer has been
	 * told, in one line, what to fix.
	 * @param readsInputFolder whether the command reads the division files of {@code --input}
	 * (without them it needs the folder only for the plan, when {@code --plan} is not given)
	 * @param writesInto the folder the command writes its outputs into
	 * @param alone whether the command must have the output folder to itself ({@link OutputLock})
	 */
	int withPlan(boolean readsInputFolder, Path writesInto, boolean alone, WithPlan command) {
		if (readsInputFolder || this.plan == null) {
			Optional<ProblemCode> input = inputFolderProblem();
			if (input.isPresent()) {
				return Console.refused(input.get(), this.input);
			}
		}
		if (readsInputFolder && inside(this.output, this.input)) {
			return Console.refused(ProblemCode.OUTPUT_INSIDE_INPUT, this.output);
		}
		Optional<OutputFolder.Trouble> output = OutputFolder.check(writesInto);
		if (output.isPresent()) {
			return Console.refused(output.get());
		}
		if (!alone) {
			return withPlanOrFailed(writesInto, command);
		}
		Optional<OutputLock> lock;
		try {
			lock = OutputLock.take(OutputFolder.work(this.output));
		}
		catch (IOException ex) {
			return Console.failed(this.output, OutputFolder.work(this.output), ex);
		}
		if (lock.isEmpty()) {
			return Console.refused(ProblemCode.OUTPUT_IN_USE, this.output);
		}
		try (OutputLock taken = lock.get()) {
			return withPlanOrFailed(writesInto, command);
		}
	}

	/**
	 * Whether a folder lies inside another (not the same): outputs written below the input folder
	 * would be listed among the divisions' files of a later run. The same folder is allowed; the
	 * merge recognises its own outputs there.
	 */
	private static boolean inside(Path folder, Path other) {
		Path inner = folder.toAbsolutePath().normalize();
		Path outer = other.toAbsolutePath().normalize();
		return !inner.equals(outer) && inner.startsWith(outer);
	}

	private Optional<ProblemCode> inputFolderProblem() {
		if (!Files.exists(this.input)) {
			return Optional.of(ProblemCode.INPUT_FOLDER_MISSING);
		}
		if (!Files.isDirectory(this.input)) {
			return Optional.of(ProblemCode.INPUT_NOT_A_FOLDER);
		}
		return Optional.empty();
	}

	/** Runs a command with the plan; any failure is told in one line, its details logged. */
	private int withPlanOrFailed(Path writesInto, WithPlan command) {
		try {
			Optional<Plan> plan = readPlan();
			return plan.isPresent() ? command.run(plan.get()) : Console.FAILED;
		}
		catch (Exception ex) {
			return Console.failed(this.output, writesInto, ex);
		}
	}

	/** The plan, or empty once the officer has been told what to fix in it. */
	private Optional<Plan> readPlan() {
		try {
			return Optional.of(PlanReader.read(planFile()));
		}
		catch (InvalidPlanException ex) {
			Console.planRefused(ex);
			return Optional.empty();
		}
	}

}
