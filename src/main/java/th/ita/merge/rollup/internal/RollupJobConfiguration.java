package th.ita.merge.rollup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import th.ita.merge.docx.PdfSettings;
import th.ita.merge.io.Terminal;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.rollup.RollupLauncher;
import th.ita.merge.rollup.internal.RollupStaging.StagedWorkbook;
import th.ita.merge.value.Digits;

/**
 * The roll-up job: read every organization's workbook, in parallel over the machine's cores (a
 * partitioned step: each partition a share of the folder, read a few files per transaction, staged
 * in the database), then settle the run and write the province's outputs streaming from staging.
 * Runs in the same job repository as the merge.
 */
@Configuration(proxyBeanMethods = false)
class RollupJobConfiguration {

	/** Files read and staged per transaction. */
	private static final int FILES_PER_CHUNK = 32;

	/** The run's id in the job repository, as a step sees it. */
	private static final String RUN_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	@Bean
	Job rollupJob(JobRepository jobRepository, Step readWorkbooks, Step writeProvince) {
		return new JobBuilder(RollupLauncher.JOB_NAME, jobRepository).start(readWorkbooks).next(writeProvince).build();
	}

	@Bean
	@JobScope
	RollupRun rollupRun(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['roster']}") String roster,
			@Value("#{jobParameters['fiscalYear']}") Long fiscalYear, @Value("#{jobParameters['round']}") Long round,
			@Value("#{jobParameters['digits']}") String digits, @Value("#{jobExecution.jobInstance.instanceId}") long id) {
		Optional<ReportingPeriod> period = (fiscalYear != null && fiscalYear > 0 && round != null && round > 0)
				? Optional.of(new ReportingPeriod(fiscalYear.intValue(), round.intValue())) : Optional.empty();
		return new RollupRun(id, Path.of(input), Path.of(output),
				(roster == null || roster.isEmpty()) ? Optional.empty() : Optional.of(Path.of(roster)), period,
				(digits != null) ? Digits.valueOf(digits) : Digits.THAI);
	}

	@Bean
	Step readWorkbooks(JobRepository jobRepository, Step readWorkbook) {
		int cores = Runtime.getRuntime().availableProcessors();
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("rollup-");
		threads.setConcurrencyLimit(cores);
		return new StepBuilder("readWorkbooks", jobRepository).partitioner("readWorkbook", partitioner())
			.step(readWorkbook)
			.gridSize(cores)
			.taskExecutor(threads)
			.build();
	}

	/** Each partition knows its place and the number of partitions; the folder is listed by each. */
	private static Partitioner partitioner() {
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = new HashMap<>();
			for (int i = 0; i < gridSize; i++) {
				ExecutionContext context = new ExecutionContext();
				context.putInt("index", i);
				context.putInt("partitions", gridSize);
				partitions.put("partition" + i, context);
			}
			return partitions;
		};
	}

	@Bean
	Step readWorkbook(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PartitionFiles partitionFiles, StagingWriter workbookStagingWriter) {
		return new StepBuilder("readWorkbook", jobRepository).<Path, StagedWorkbook>chunk(FILES_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(partitionFiles)
			.processor((file) -> new StagedWorkbook(OrganizationWorkbook.read(file), lastModified(file)))
			.writer(workbookStagingWriter)
			.build();
	}

	// the partitions run on threads of their own, where the job scope is not at hand: the step scope is

	@Bean
	@StepScope
	PartitionFiles partitionFiles(RollupStaging staging, @Value("#{jobParameters['input']}") String input,
			@Value(RUN_ID) long run, @Value("#{stepExecutionContext['index']}") int index,
			@Value("#{stepExecutionContext['partitions']}") int partitions) {
		return new PartitionFiles(Path.of(input), index, partitions, staging.staged(run));
	}

	@Bean
	@StepScope
	StagingWriter workbookStagingWriter(RollupStaging staging, @Value(RUN_ID) long run, RollupProgress progress) {
		return new StagingWriter(staging, run, progress);
	}

	@Bean
	Step writeProvince(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WriteProvinceTasklet writeProvinceTasklet) {
		return new StepBuilder("writeProvince", jobRepository).tasklet(writeProvinceTasklet, transactionManager).build();
	}

	@Bean
	@JobScope
	WriteProvinceTasklet writeProvinceTasklet(RollupStaging staging, RollupRun rollupRun, PdfSettings pdf) {
		return new WriteProvinceTasklet(staging, rollupRun, Terminal.OUT, pdf);
	}

	private static Instant lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			return Instant.EPOCH;
		}
	}

}
