package th.ita.merge.merge.internal;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Clears the staging rows of a run whose outputs are written, {@value #FILES} files per
 * transaction (each call is one): deleted in the writing step's one transaction, the rows of 3,200
 * files took some 70 MB of H2's memory until it committed. Run again after a failure, it goes on
 * with the files left.
 */
class DropStagingTasklet implements Tasklet {

	static final int FILES = 100;

	private final StagingTables tables;

	private final long run;

	DropStagingTasklet(StagingTables tables, long run) {
		this.tables = tables;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (this.tables.deleteFiles(this.run, FILES) > 0) {
			return RepeatStatus.CONTINUABLE;
		}
		this.tables.delete(this.run);
		return RepeatStatus.FINISHED;
	}

}
