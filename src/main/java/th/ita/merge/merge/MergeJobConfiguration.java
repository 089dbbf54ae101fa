package th.ita.merge.merge;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.submission.InputLimits;
import th.ita.merge.submission.Submission;
import th.ita.merge.submission.SubmissionReader;
import th.ita.merge.value.Digits;

/**
 * The merge job: read every division file into the staging tables, one file per chunk, then write
 * the consolidated workbook and the error log from them. The job's parameters carry the paths, so
 * it has no incrementer; each run is told apart by its {@code run} parameter.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InputLimits.class)
class MergeJobConfiguration {

	static final String JOB_NAME = "mergeJob";

	@Bean
	Job mergeJob(JobRepository jobRepository, Step readDivisionFiles, Step writeFeedback, Step writeOutputs) {
		return new JobBuilder(JOB_NAME, jobRepository).start(readDivisionFiles)
			.next(writeFeedback)
			.next(writeOutputs)
			.build();
	}

	@Bean
	Step readDivisionFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DivisionFileReader divisionFileReader, SubmissionProcessor submissionProcessor,
			StagingWriter stagingWriter, MergeProgress mergeProgress) {
		return new StepBuilder("readDivisionFiles", jobRepository).<Path, Submission>chunk(1)
			.transactionManager(transactionManager)
			.reader(divisionFileReader)
			.processor(submissionProcessor)
			.writer(stagingWriter)
			.listener(mergeProgress)
			.build();
	}

	@Bean
	@StepScope
	DivisionFileReader divisionFileReader(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['plan']}") String plan) {
		return new DivisionFileReader(Path.of(input), Path.of(plan));
	}

	@Bean
	@StepScope
	SubmissionProcessor submissionProcessor(@Value("#{jobParameters['plan']}") String plan, InputLimits limits) {
		return new SubmissionProcessor(new SubmissionReader(plan(plan), limits.fileCheck()));
	}

	@Bean
	@StepScope
	StagingWriter stagingWriter(MergeStaging staging, @Value("#{jobParameters['plan']}") String plan,
			@Value("#{jobParameters['input']}") String input,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long run) {
		return new StagingWriter(staging, plan(plan), run, Path.of(input));
	}

	@Bean
	Step writeFeedback(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WriteFeedbackTasklet writeFeedbackTasklet) {
		return new StepBuilder("writeFeedback", jobRepository).tasklet(writeFeedbackTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	WriteFeedbackTasklet writeFeedbackTasklet(MergeStaging staging, @Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['output']}") String output) {
		return new WriteFeedbackTasklet(staging, Path.of(input), Path.of(output));
	}

	@Bean
	@StepScope
	MergeProgress mergeProgress(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['plan']}") String plan) {
		return new MergeProgress(Path.of(input), Path.of(plan), System.out);
	}

	@Bean
	Step writeOutputs(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WriteOutputsTasklet writeOutputsTasklet) {
		return new StepBuilder("writeOutputs", jobRepository).tasklet(writeOutputsTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	WriteOutputsTasklet writeOutputsTasklet(MergeStaging staging, @Value("#{jobParameters['plan']}") String plan,
			@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['digits']}") String digits) {
		return new WriteOutputsTasklet(staging, plan(plan), Path.of(output),
				(digits != null) ? Digits.valueOf(digits) : Digits.THAI);
	}

	private static Plan plan(String path) {
		try {
			return PlanReader.read(Path.of(path));
		}
		catch (InvalidPlanException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

}
