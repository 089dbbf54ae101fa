package th.ita.merge.merge.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The runs recorded in the output folder's history, as the next run needs them: the folder's last
 * run, when it failed or was killed (left STARTED, since a killed process records nothing) on the
 * same input, output and plan, is the one to restart; the staging rows of the folder's other runs
 * are dropped, so the history does not grow with each failure. On a PostgreSQL server that several
 * output folders share, each folder's runs are found by its "output" job parameter.
 */
@Component
public class RunHistory {

	private static final Logger LOGGER = LoggerFactory.getLogger(RunHistory.class);

	/** The parameters that must be the same for a run to go on from a failed one. */
	private static final List<String> SAME = List.of("input", "output", "plan", "planFingerprint");

	/**
	 * The runs (job instances) that wrote into an output folder, from the job repository's own
	 * tables: on a server that several output folders share, each keeps to its own runs.
	 */
	static final String RUNS_INTO = "SELECT E.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION E "
			+ "JOIN BATCH_JOB_EXECUTION_PARAMS P ON P.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID "
			+ "WHERE P.PARAMETER_NAME = 'output' AND P.PARAMETER_VALUE = ?";

	private final JobRepository jobRepository;

	private final StagingTables tables;

	RunHistory(JobRepository jobRepository, StagingTables tables) {
		this.jobRepository = jobRepository;
		this.tables = tables;
	}

	/**
	 * The failed or killed last run of {@code job} into the same output folder, to restart for these
	 * parameters, if there is one. Only that folder's runs count: the last run of all may be another
	 * folder's, on a server they share, and still running.
	 */
	public Optional<JobExecution> restartable(String job, JobParameters wanted) {
		JobInstance last = this.tables.jdbc()
			.sql("SELECT I.JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE I WHERE I.JOB_NAME = ? AND I.JOB_INSTANCE_ID IN ("
					+ RUNS_INTO + ") ORDER BY I.JOB_INSTANCE_ID DESC")
			.params(job, wanted.getString("output"))
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.map(this.jobRepository::getJobInstance)
			.orElse(null);
		JobExecution execution = (last != null) ? this.jobRepository.getLastJobExecution(last) : null;
		if (execution == null) {
			return Optional.empty();
		}
		if (execution.isRunning()) {
			abandon(execution);
		}
		if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
			return Optional.empty();
		}
		JobParameters previous = execution.getJobParameters();
		boolean same = SAME.stream().allMatch((key) -> Objects.equals(previous.getString(key), wanted.getString(key)));
		return same ? Optional.of(execution) : Optional.empty();
	}

	/**
	 * Drops what every run into {@code output} but {@code keep} staged (all of it when {@code keep}
	 * is null).
	 */
	public void dropStagingExcept(String output, Long keep) {
		this.tables.deleteRunsInto(output, keep);
	}

	/**
	 * Records a run that was killed as failed, with its steps: only one merge runs on an output
	 * folder at a time, so a run still marked running is one whose process is gone.
	 */
	private void abandon(JobExecution execution) {
		LOGGER.warn("Run {} was left unfinished (the process ended without recording it); recording it as failed",
				execution.getJobInstance().getInstanceId());
		LocalDateTime now = LocalDateTime.now();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED);
				step.setEndTime(now);
				this.jobRepository.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription("the process ended before the run did"));
		execution.setEndTime(now);
		this.jobRepository.update(execution);
	}

}
