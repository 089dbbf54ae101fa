package th.ita.merge.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;
import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;

/** The folders and the plan every command works with; their help texts are in {@code cli_th.properties}. */
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

	/** Runs a command with the plan, or fails once the officer has been told what to fix in it. */
	int withPlan(WithPlan command) throws Exception {
		Optional<Plan> plan = readPlan();
		return plan.isPresent() ? command.run(plan.get()) : Console.FAILED;
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
