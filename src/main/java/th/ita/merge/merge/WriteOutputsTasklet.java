package th.ita.merge.merge;

import java.nio.file.Path;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.ita.merge.plan.Plan;
import th.ita.merge.problem.ErrorLog;
import th.ita.merge.report.ConsolidatedWorkbookWriter;
import th.ita.merge.report.MergeRecords;
import th.ita.merge.value.Digits;

/**
 * Settles the run (superseded files, missing divisions, unreported measures), writes the
 * consolidated workbook and the error log, records the run's totals in the job's context and
 * clears the staging rows.
 */
class WriteOutputsTasklet implements Tasklet {

	private final MergeStaging staging;

	private final Plan plan;

	private final Path output;

	private final Digits digits;

	WriteOutputsTasklet(MergeStaging staging, Plan plan, Path output, Digits digits) {
		this.staging = staging;
		this.plan = plan;
		this.output = output;
		this.digits = digits;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long run = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		this.staging.settle(run, this.plan);
		MergeRecords records = this.staging.records(run, this.plan);
		MergeOutputs outputs = MergeOutputs.of(this.output, this.plan);
		new ConsolidatedWorkbookWriter(this.plan, this.digits).write(outputs.workbook(), records);
		ErrorLog.write(outputs.errorLog(), records::forEachProblem);
		RunTotals totals = this.staging.totals(run);
		ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		MergeOutcome.store(totals, job);
		this.staging.delete(run);
		return RepeatStatus.FINISHED;
	}

}
