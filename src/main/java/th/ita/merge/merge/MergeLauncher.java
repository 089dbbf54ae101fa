package th.ita.merge.merge;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

import th.ita.merge.io.AtomicFiles;
import th.ita.merge.merge.internal.PlanSource;
import th.ita.merge.merge.internal.RunHistory;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.value.Digits;

/**
 * Starts the merge job, or restarts the last run when it failed on the same input, output and
 * plan, so files already read are not read again. Every run is recorded in the job repository.
 */
@Service
public class MergeLauncher {

	/** The merge job's name in the job repository. */
	public static final String JOB_NAME = "mergeJob";

	/** The job parameter naming the previous round's consolidated workbook; empty when there is none. */
	public static final String PREVIOUS = "previous";

	/**
	 * The history database of an output folder: an H2 file in its work folder, opened by one
	 * process at a time (the one holding the output lock: a command, or the web page for as long as
	 * it runs). Not H2's mixed mode, whose server would listen to the whole office network with the
	 * default account. H2 logs through SLF4J to the technical log rather than to a trace file. The
	 * account every history was made with (sa, no password) is part of the URL, so that the
	 * properties leave a PostgreSQL URL's own user alone.
	 */
	public static String databaseUrl(Path workFolder) {
		return "jdbc:h2:file:" + workFolder.toAbsolutePath().resolve("history")
				+ ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=4;USER=sa;PASSWORD=";
	}

	private final JobOperator jobOperator;

	private final Job mergeJob;

	private final PlanSource plans;

	private final RunHistory history;

	private final RunProgress progress;

	MergeLauncher(JobOperator jobOperator, Job mergeJob, PlanSource plans, RunHistory history, RunProgress progress) {
		this.jobOperator = jobOperator;
		this.mergeJob = mergeJob;
		this.plans = plans;
		this.history = history;
		this.progress = progress;
	}

	/**
	 * What a run did: whether it completed, whether it restarted a failed run, its totals, and
	 * when it did not complete, why (kept whole, so the command line can tell a full disk from a
	 * file open in Excel; null when it completed), and the run's id in the job repository.
	 */
	public record Outcome(BatchStatus status, boolean restarted, RunTotals totals, Throwable failure,
			long executionId) {

		public boolean completed() {
			return this.status == BatchStatus.COMPLETED;
		}

	}

	/**
	 * The merge job's parameters. The paths identify a run together with {@code run}, the time it
	 * was asked for, so the same folders can be merged again and again.
	 */
	public static JobParameters parameters(Path input, Path output, Path plan, Digits digits) {
		return new JobParametersBuilder().addString("input", input.toAbsolutePath().toString())
			.addString("output", output.toAbsolutePath().toString())
			.addString("plan", plan.toAbsolutePath().toString())
			.addString("digits", digits.name(), false)
			.addLong("run", System.nanoTime())
			.toJobParameters();
	}

	/** Merges with the plan read from {@code planFile}. */
	public Outcome merge(Path input, Path output, Path planFile, Digits digits) throws Exception {
		return merge(input, output, planFile, PlanReader.read(planFile), digits);
	}

	/**
	 * Merges with a plan its caller already read from {@code planFile}, so it is not read again. The
	 * last run is restarted when it failed or was killed on the same folders and the same plan;
	 * what any other run left staged is dropped first.
	 */
	public Outcome merge(Path input, Path output, Path planFile, Plan plan, Digits digits) throws Exception {
		return merge(input, output, planFile, plan, digits, Optional.empty());
	}

	/**
	 * Merges, and shows what changed since the round of {@code previous}, a consolidated workbook
	 * its caller has checked with {@link PreviousRound#checkPrecedes}.
	 */
	public Outcome merge(Path input, Path output, Path planFile, Plan plan, Digits digits, Optional<Path> previous)
			throws Exception {
		this.progress.starting();
		try {
			return run(input, output, planFile, plan, digits, previous);
		}
		finally {
			this.progress.ended();
		}
	}

	private Outcome run(Path input, Path output, Path planFile, Plan plan, Digits digits, Optional<Path> previous)
			throws Exception {
		this.plans.use(planFile, plan);
		// a run killed while it wrote an output left that output's temporary file behind
		MergeOutputs outputs = MergeOutputs.of(output, plan);
		AtomicFiles.removeLeftovers(output);
		AtomicFiles.removeLeftovers(outputs.feedback());
		JobParameters parameters = new JobParametersBuilder(parameters(input, output, planFile, digits))
			.addString("planFingerprint", plan.fingerprint(), false)
			.addString(PREVIOUS, previous.map((file) -> file.toAbsolutePath().toString()).orElse(""), false)
			.toJobParameters();
		JobExecution failed = this.history.restartable(JOB_NAME, parameters).orElse(null);
		this.history.dropStagingExcept(parameters.getString("output"),
				(failed != null) ? failed.getJobInstance().getInstanceId() : null);
		JobExecution execution = (failed != null) ? this.jobOperator.restart(failed)
				: this.jobOperator.start(this.mergeJob, parameters);
		Throwable failure = (execution.getStatus() == BatchStatus.COMPLETED) ? null
				: execution.getAllFailureExceptions()
					.stream()
					.findFirst()
					.orElseGet(() -> new IllegalStateException("The merge job ended " + execution.getStatus()));
		return new Outcome(execution.getStatus(), failed != null, RunTotals.load(execution.getExecutionContext()),
				failure, execution.getId());
	}

}
