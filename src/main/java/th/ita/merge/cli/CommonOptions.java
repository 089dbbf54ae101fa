package th.ita.merge.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;
import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;

/** The folders and the plan every command works with. */
class CommonOptions {

	@Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
			description = "โฟลเดอร์ที่เก็บแผนและไฟล์ของสำนัก/กอง (ค่าเริ่มต้น: ${DEFAULT-VALUE})")
	Path input;

	@Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
			description = "โฟลเดอร์ที่เขียนผลลัพธ์ (ค่าเริ่มต้น: ${DEFAULT-VALUE})")
	Path output;

	@Option(names = "--plan", paramLabel = "FILE",
			description = "ไฟล์แผน (ค่าเริ่มต้น: <input>/plan.xlsx)")
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
