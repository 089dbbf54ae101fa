package th.ita.merge.merge.internal;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.merge.RunTotals;
import th.ita.merge.problem.ErrorLog;

/**
 * Settles the run (superseded files, missing divisions, unreported measures), writes the
 * consolidated workbook and the error log, records the run's totals in the job's context and
 * clears the staging rows.
 */
class WriteOutputsTasklet implements Tasklet {

	private final StagingTables tables;

	private final MergeRun run;

	WriteOutputsTasklet(StagingTables tables, MergeRun run) {
		this.tables = tables;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long id = this.run.id();
		new CrossFileRules(this.tables).settle(id, this.run.plan());
		StagedRecords records = new StagedRecords(this.tables.jdbc(), id);
		MergeOutputs outputs = MergeOutputs.of(this.run.output(), this.run.plan());
		new ConsolidatedWorkbook(this.run.plan(), this.run.digits()).write(outputs.workbook(), records,
				SubmissionsSheet.summaries(this.tables.files(id), this.run.plan()));
		ErrorLog.write(outputs.errorLog(), records::forEachProblem);
		RunTotals totals = this.tables.totals(id);
		totals.store(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
		this.tables.delete(id);
		return RepeatStatus.FINISHED;
	}

}
