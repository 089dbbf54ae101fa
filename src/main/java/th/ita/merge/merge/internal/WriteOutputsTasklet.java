package th.ita.merge.merge.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.ita.merge.docx.PdfSettings;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.merge.ConsolidatedIdentity;
import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.merge.RunTotals;
import th.ita.merge.problem.ErrorLog;

/**
 * Settles the run (superseded files, missing divisions, unreported measures), writes the
 * consolidated workbook and the error log, and meanwhile on a second thread the report documents
 * (Word, and PDF when it can), and records the run's totals in the job's context; {@link DropStagingTasklet} then clears the
 * staging rows.
 */
class WriteOutputsTasklet implements Tasklet {

	private final StagingTables tables;

	private final MergeRun run;

	private final PrintStream console;

	private final PdfSettings pdf;

	WriteOutputsTasklet(StagingTables tables, MergeRun run, PrintStream console, PdfSettings pdf) {
		this.tables = tables;
		this.run = run;
		this.console = console;
		this.pdf = pdf;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long id = this.run.id();
		new CrossFileRules(this.tables).settle(this.run);
		StagedRecords records = new StagedRecords(this.tables.jdbc(), id);
		MergeOutputs outputs = MergeOutputs.of(this.run.output(), this.run.plan());
		List<StagedFile> files = this.tables.files(id);
		for (StagedFile file : files) {
			if (file.superseded()) {
				superseded(file, outputs);
			}
		}
		Optional<RoundChanges> changes = this.run.previous()
			.map((previous) -> RoundChanges.of(this.run.plan(), previous, records));
		RunTotals totals = this.tables.totals(id);
		// one for the run: the report's widths and states are made once, for the totals, the workbook and the document
		MeasureOutputs measures = new MeasureOutputs(this.run.plan(), this.run.digits(), this.run.date())
			.comparedWith(changes.map(RoundChanges::measures));
		ConsolidatedIdentity.Totals identity = identityTotals(totals, records, measures);
		ReportDocuments documents = new ReportDocuments(this.run.plan(), this.run.digits(), this.run.date(), this.pdf,
				this.console, measures);
		SideBySide.run(() -> documents.write(outputs, records, outputs.workFolder()), () -> {
			new ConsolidatedWorkbook(this.run.plan(), this.run.digits(), this.run.date(), measures)
				.write(outputs.workbook(), records, SubmissionsSheet.summaries(files, this.run.plan()), changes, identity);
			ErrorLog.write(outputs.errorLog(), records::forEachLoggedProblem);
		});
		totals.store(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
		return RepeatStatus.FINISHED;
	}

	/**
	 * A file a newer one of its division replaced: said on the console, since its line there was
	 * printed when it was read, and left without a feedback copy, since nothing in it is merged.
	 */
	private void superseded(StagedFile file, MergeOutputs outputs) throws IOException {
		Files.deleteIfExists(outputs.feedback().resolve(file.name()));
		this.console.printf("ไม่นำไฟล์ %s มารวม (%d แถว): ถูกแทนที่ด้วยไฟล์ %s ของสำนัก/กองเดียวกันที่บันทึกภายหลัง%n",
				file.name(), file.read(), file.supersededBy());
	}

	/** The totals the workbook carries in its identity sheet, for the province's roll-up. */
	private ConsolidatedIdentity.Totals identityTotals(RunTotals totals, StagedRecords records,
			MeasureOutputs measures) {
		Map<String, Integer> risks = new LinkedHashMap<>();
		this.run.plan().risk().bands().forEach((band) -> risks.put(band.name(), 0));
		records.riskCounts().byCategory().forEach((tally) -> risks.merge(tally.level(), tally.count(), Integer::sum));
		return new ConsolidatedIdentity.Totals(totals, measures.stateCounts(records), risks);
	}

}
