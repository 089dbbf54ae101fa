package th.ita.merge.rollup;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.rollup.internal.PartitionFiles;
import th.ita.merge.rollup.internal.RollupProgress;
import th.ita.merge.rollup.internal.RollupStaging;
import th.ita.merge.value.Digits;

/**
 * Starts the province's roll-up job on a folder of organizations' consolidated workbooks: every
 * run recorded in the job repository the merge uses. What an earlier run left staged is dropped
 * first; a run still going elsewhere on a shared database keeps its own.
 */
@Service
public class RollupLauncher {

	/** The roll-up job's name in the job repository. */
	public static final String JOB_NAME = "rollupJob";

	private final JobOperator jobOperator;

	private final Job rollupJob;

	private final RollupStaging staging;

	private final RollupProgress progress;

	RollupLauncher(JobOperator jobOperator, Job rollupJob, RollupStaging staging, RollupProgress progress) {
		this.jobOperator = jobOperator;
		this.rollupJob = rollupJob;
		this.staging = staging;
		this.progress = progress;
	}

	/**
	 * What a run did: whether it completed, its totals (null when it did not get as far), why it
	 * did not complete (null when it did), and its id in the job repository.
	 */
	public record Outcome(BatchStatus status, RollupTotals totals, Throwable failure, long executionId) {

		public boolean completed() {
			return this.status == BatchStatus.COMPLETED;
		}

	}

	/** How many files of {@code input} a roll-up reads (office lock files and hidden files left out). */
	public static int filesIn(Path input) {
		return PartitionFiles.of(input).size();
	}

	/**
	 * Rolls up every workbook of {@code input} into {@code output}.
	 * @param roster the province's roster, already checked to be readable
	 * @param period the round to roll up; when empty, the one most files report
	 * @param files how many files the input folder holds, for the progress lines
	 */
	public Outcome rollup(Path input, Path output, Optional<Path> roster, Optional<ReportingPeriod> period,
			Digits digits, int files) throws Exception {
		JobParameters parameters = new JobParametersBuilder().addString("input", input.toAbsolutePath().toString())
			.addString("output", output.toAbsolutePath().toString())
			.addString("roster", roster.map((file) -> file.toAbsolutePath().toString()).orElse(""))
			.addLong("fiscalYear", period.map((p) -> (long) p.fiscalYear()).orElse(0L))
			.addLong("round", period.map((p) -> (long) p.round()).orElse(0L))
			.addString("digits", digits.name(), false)
			.addLong("run", System.nanoTime())
			.toJobParameters();
		this.staging.dropAbandoned();
		this.progress.starting(files);
		JobExecution execution = this.jobOperator.start(this.rollupJob, parameters);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			this.staging.drop(execution.getJobInstance().getInstanceId());
		}
		Throwable failure = (execution.getStatus() == BatchStatus.COMPLETED) ? null
				: execution.getAllFailureExceptions()
					.stream()
					.findFirst()
					.orElseGet(() -> new IllegalStateException("The roll-up job ended " + execution.getStatus()));
		return new Outcome(execution.getStatus(), RollupTotals.load(execution.getExecutionContext()), failure,
				execution.getId());
	}

}
