package th.ita.merge.merge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.problem.Problem;

/**
 * Writes a feedback copy for every input file with problems of its own, from the problems staged
 * while the files were read, and removes the copies earlier runs left for files now in order. A
 * copy that cannot be written is logged and the run goes on: the problems are in the error log
 * either way.
 */
class WriteFeedbackTasklet implements Tasklet {

	private static final Logger LOGGER = LoggerFactory.getLogger(WriteFeedbackTasklet.class);

	private final MergeStaging staging;

	private final Path input;

	private final Path output;

	WriteFeedbackTasklet(MergeStaging staging, Path input, Path output) {
		this.staging = staging;
		this.input = input;
		this.output = output;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		for (String file : this.staging.fileNames(run)) {
			List<Problem> problems = this.staging.problemsOf(run, file);
			try {
				FeedbackCopy.write(this.input.resolve(file), this.output, problems);
			}
			catch (IOException | RuntimeException ex) {
				LOGGER.warn("No feedback copy for {}", file, ex);
			}
		}
		return RepeatStatus.FINISHED;
	}

}
