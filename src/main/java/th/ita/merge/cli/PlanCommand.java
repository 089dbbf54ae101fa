package th.ita.merge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import th.ita.merge.problem.ProblemCode;

/**
 * {@code plan}: writes a plan workbook for the officer to fill in, a new one ({@code plan new}) or
 * next year's from this year's ({@code plan next}). A plan written here is the officer's to edit,
 * so neither command writes over a file that is there already.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "[คำสั่ง]",
		subcommands = { PlanNewCommand.class, PlanNextCommand.class })
class PlanCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(Console.OUT);
	}

	/**
	 * Refuses a plan file that is there already, told in Thai: it may be a plan the officer has
	 * edited since, or the very plan in use.
	 */
	static Optional<Integer> refuseExisting(Path target) {
		return Files.exists(target) ? Optional.of(Console.refused(ProblemCode.PLAN_OUTPUT_EXISTS, target))
				: Optional.empty();
	}

}
