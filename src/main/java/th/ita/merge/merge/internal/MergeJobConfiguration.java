package th.ita.merge.merge.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import th.ita.merge.division.InputLimits;
import th.ita.merge.division.SubmissionReader;
import th.ita.merge.docx.PdfSettings;
import th.ita.merge.io.Terminal;
import th.ita.merge.merge.MergeLauncher;
import th.ita.merge.merge.PreviousRound;
import th.ita.merge.merge.PreviousRoundException;
import th.ita.merge.merge.RunProgress;
import th.ita.merge.value.Digits;

/**
 * The merge job: read every division file once (and write its feedback copy), the files of a
 * chunk side by side, one per core, and stage them; then settle what only the whole run can tell
 * and write the consolidated workbook, the error log and the reports. The job's parameters carry
 * the paths, so it has no incrementer; each run is told apart by its {@code run} parameter. The
 * parameters are read once per execution into a {@link MergeRun} that every step is handed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ InputLimits.class, PdfSettings.class })
class MergeJobConfiguration {

	private static final Logger LOGGER = LoggerFactory.getLogger(MergeJobConfiguration.class);

	/**
	 * The files read at once per core, and so per chunk: each is read on its own thread, and the
	 * chunk's files are staged together. A chunk that fails is read again whole when the run is
	 * restarted, which reads only the files not yet staged anyway.
	 */
	private static final int FILES_PER_CORE = 4;

	@Bean
	Job mergeJob(JobRepository jobRepository, Step readDivisionFiles, Step writeOutputs, Step dropStaging) {
		return new JobBuilder(MergeLauncher.JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { "input", "output", "plan" },
					new String[] { "digits", "run", "planFingerprint", MergeLauncher.PREVIOUS }))
			.start(readDivisionFiles)
			.next(writeOutputs)
			.next(dropStaging)
			.build();
	}

	@Bean
	@JobScope
	MergeRun mergeRun(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['plan']}") String plan,
			@Value("#{jobParameters['digits']}") String digits,
			@Value("#{jobParameters['" + MergeLauncher.PREVIOUS + "']}") String previous,
			@Value("#{jobExecution.jobInstance.instanceId}") long id, PlanSource plans) {
		return new MergeRun(id, Path.of(input), Path.of(output), Path.of(plan), plans.plan(Path.of(plan)),
				(digits != null) ? Digits.valueOf(digits) : Digits.THAI, LocalDate.now(), previousRound(previous));
	}

	/** The previous round's workbook the command checked; none when it cannot be read again. */
	private static Optional<PreviousRound> previousRound(String previous) {
		if (previous == null || previous.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(PreviousRound.read(Path.of(previous)));
		}
		catch (PreviousRoundException ex) {
			LOGGER.warn("The previous round's workbook {} can no longer be read: no change sheet", previous, ex);
			return Optional.empty();
		}
	}

	@Bean
	Step readDivisionFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DivisionFileReader divisionFileReader, SubmissionProcessor submissionProcessor,
			StagingWriter stagingWriter, MergeProgress mergeProgress, RemovedFiles removedFiles) {
		int cores = Runtime.getRuntime().availableProcessors();
		return new StepBuilder("readDivisionFiles", jobRepository).<Path, ReadFile>chunk(FILES_PER_CORE * cores)
			.transactionManager(transactionManager)
			.reader(divisionFileReader)
			.processor(submissionProcessor)
			.taskExecutor(readers(cores))
			.writer(stagingWriter)
			.listener(removedFiles)
			.listener(mergeProgress)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * One thread per core for reading files. Spring Batch gives each the step's context but not the
	 * job's, which the run's beans are scoped to: it is handed over from the step's own thread.
	 */
	private static SimpleAsyncTaskExecutor readers(int cores) {
		SimpleAsyncTaskExecutor readers = new SimpleAsyncTaskExecutor("ita-read-");
		readers.setConcurrencyLimit(cores);
		readers.setTaskDecorator((task) -> {
			JobExecution job = JobSynchronizationManager.getContext().getJobExecution();
			return () -> {
				JobSynchronizationManager.register(job);
				try {
					task.run();
				}
				finally {
					JobSynchronizationManager.release();
				}
			};
		});
		return readers;
	}

	@Bean
	@StepScope
	DivisionFileReader divisionFileReader(MergeRun run) {
		return new DivisionFileReader(run.input(), run.planFile());
	}

	@Bean
	@StepScope
	SubmissionProcessor submissionProcessor(MergeRun run, InputLimits limits, StagingTables tables) {
		return new SubmissionProcessor(new SubmissionReader(run.plan(), run.features().sheets(), limits), tables,
				run.id(), run.output());
	}

	@Bean
	@StepScope
	RemovedFiles removedFiles(StagingTables tables, MergeRun run) {
		return new RemovedFiles(tables, run, Terminal.OUT);
	}

	@Bean
	@StepScope
	StagingWriter stagingWriter(StagingTables tables, MergeRun run) {
		return new StagingWriter(tables, run);
	}

	@Bean
	@StepScope
	MergeProgress mergeProgress(DivisionFileReader divisionFileReader, RunProgress progress) {
		return new MergeProgress(divisionFileReader, Terminal.OUT, progress);
	}

	@Bean
	Step writeOutputs(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WriteOutputsTasklet writeOutputsTasklet) {
		return new StepBuilder("writeOutputs", jobRepository).tasklet(writeOutputsTasklet, transactionManager).build();
	}

	@Bean
	Step dropStaging(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DropStagingTasklet dropStagingTasklet) {
		return new StepBuilder("dropStaging", jobRepository).tasklet(dropStagingTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	DropStagingTasklet dropStagingTasklet(StagingTables tables, MergeRun run) {
		return new DropStagingTasklet(tables, run.id());
	}

	@Bean
	@StepScope
	WriteOutputsTasklet writeOutputsTasklet(StagingTables tables, MergeRun run, PdfSettings pdf) {
		return new WriteOutputsTasklet(tables, run, Terminal.OUT, pdf);
	}

}
