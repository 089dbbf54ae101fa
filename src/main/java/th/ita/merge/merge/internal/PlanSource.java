package th.ita.merge.merge.internal;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;

/**
 * Hands a run the plan its launcher already read, so the plan is parsed once per run; a run
 * started some other way (a test, a restart in a new process) has its plan read here.
 */
@Component
public class PlanSource {

	private Path file;

	private Plan plan;

	/** The plan read from {@code file}, to be used by the next run that names it. */
	public synchronized void use(Path file, Plan plan) {
		this.file = file.toAbsolutePath();
		this.plan = plan;
	}

	synchronized Plan plan(Path file) {
		if (this.plan == null || !file.toAbsolutePath().equals(this.file)) {
			try {
				use(file, PlanReader.read(file));
			}
			catch (InvalidPlanException ex) {
				throw new IllegalStateException("The plan cannot be used: " + ex.getMessage(), ex);
			}
		}
		return this.plan;
	}

}
