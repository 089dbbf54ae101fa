package th.ita.merge.rollup.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import th.ita.merge.docx.PdfSettings;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.problem.ErrorLog;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.rollup.ProvinceRoster;
import th.ita.merge.rollup.RollupOutputs;
import th.ita.merge.rollup.RollupTotals;
import th.ita.merge.value.Digits;

/**
 * Settles the run once every file is read (the round, each organization's newest workbook, who
 * sent nothing), writes the provincial workbook, the log and the printable summary (Word, and its
 * PDF when it can), records the run's totals in the job's
 * context for the command to print. The launcher clears the run's staging rows after the job,
 * outside its transactions.
 */
class WriteProvinceTasklet implements Tasklet {

	private static final Logger LOGGER = LoggerFactory.getLogger(WriteProvinceTasklet.class);

	private final RollupStaging staging;

	private final RollupRun run;

	private final PrintStream console;

	private final PdfSettings pdf;

	WriteProvinceTasklet(RollupStaging staging, RollupRun run, PrintStream console, PdfSettings pdf) {
		this.staging = staging;
		this.run = run;
		this.console = console;
		this.pdf = pdf;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long id = this.run.id();
		ProvinceRoster roster = this.run.roster().isPresent() ? ProvinceRoster.read(this.run.roster().get())
				: ProvinceRoster.none();
		Settlement.Settled settled = Settlement.settle(this.staging.files(id), roster, this.run.period());
		ProvinceSummary summary = new ProvinceSummary(settled.province(), settled.period(), settled.organizations(),
				riskLevels(settled.organizations()), roster.signOff(), LocalDate.now());
		this.console.println("กำลังเขียนรายงานรวมของจังหวัด…");
		RollupOutputs outputs = RollupOutputs.of(this.run.output(), settled.period());
		Digits digits = this.run.digits();
		FutureTask<Void> report = new FutureTask<>(() -> {
			ProvinceReportDocument.write(summary, digits, outputs.report());
			return null;
		});
		new Thread(report, "province-report").start();
		try {
			ProvincialWorkbook.write(outputs.workbook(), summary, settled.problems(), this.staging, id, digits);
			ErrorLog.write(outputs.log(), (log) -> settled.problems().forEach(log));
		}
		catch (IOException | RuntimeException ex) {
			// the summary is not left writing after the step has failed, nor does its failure hide this one
			try {
				report.get();
			}
			catch (ExecutionException alsoFailed) {
				ex.addSuppressed(alsoFailed.getCause());
			}
			throw ex;
		}
		finish(report);
		pdf(summary, outputs.report());
		ExecutionContext context = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		new RollupTotals(settled.period(), (int) summary.received(), count(settled, ProblemCode.ROLLUP_NOT_RECEIVED),
				(int) settled.problems().stream().filter((problem) -> problem.isError()).count(),
				count(settled, ProblemCode.ROLLUP_SUPERSEDED)).store(context);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Waits for the Word summary, written on a thread of its own while this one writes the
	 * workbook: it needs only the summary, and the reading step's second core is idle by then
	 * (7,852 organizations: 5.0 s beside the workbook's 7.3 s, one after the other before). Its
	 * failure is this step's.
	 */
	private static void finish(FutureTask<Void> report) throws IOException, InterruptedException {
		try {
			report.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * The summary's PDF, when LibreOffice is there and PDFs are not turned off; never a reason to
	 * fail the roll-up: the console says in Thai how to make one in Word instead.
	 */
	private void pdf(ProvinceSummary summary, Path document) {
		if (!this.pdf.enabled()) {
			return;
		}
		Path work = this.run.output().resolve(".ita-merge");
		String name = document.getFileName().toString();
		try {
			if (!ProvinceReportDocument.writePdf(summary, this.run.digits(), document, this.pdf.office(),
					this.pdf.timeout(), work)) {
				this.console.println(ProblemCode.PDF_WITHOUT_LIBREOFFICE.message(name));
			}
		}
		catch (IOException | RuntimeException ex) {
			LOGGER.warn("LibreOffice could not convert {}", document, ex);
			this.console.println(ProblemCode.PDF_CONVERSION_FAILED.message(name, work.resolve("ita-merge.log").toString()));
		}
	}

	private static int count(Settlement.Settled settled, ProblemCode code) {
		return (int) settled.problems().stream().filter((problem) -> problem.code() == code).count();
	}

	/** The levels the guide names, low to high, then any other level an organization's own settings named. */
	private static List<String> riskLevels(List<OrganizationProgress> organizations) {
		Set<String> levels = new LinkedHashSet<>();
		for (RiskBand band : RiskSettings.defaults().bands()) {
			levels.add(band.name());
		}
		for (OrganizationProgress organization : organizations) {
			levels.addAll(organization.risksByLevel().keySet());
		}
		return new ArrayList<>(levels);
	}

}
