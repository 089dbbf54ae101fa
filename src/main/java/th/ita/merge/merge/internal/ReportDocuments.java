package th.ita.merge.merge.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.merge.docx.LibreOffice;
import th.ita.merge.io.AtomicFiles;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.value.Digits;

/**
 * The report and the risk-assessment report as Word documents, each moved into place once
 * complete, and as PDFs when LibreOffice is installed. A PDF is a convenience: without
 * LibreOffice, or when the conversion fails, the merge still succeeds, no PDF older than its
 * document is left behind, and the console says in one Thai line how to make one in Word.
 */
final class ReportDocuments {

	private static final Logger LOGGER = LoggerFactory.getLogger(ReportDocuments.class);

	private final Plan plan;

	private final Digits digits;

	private final LocalDate runDate;

	private final PdfSettings pdf;

	private final PrintStream console;

	ReportDocuments(Plan plan, Digits digits, LocalDate runDate, PdfSettings pdf, PrintStream console) {
		this.plan = plan;
		this.runDate = runDate;
		this.digits = digits;
		this.pdf = pdf;
		this.console = console;
	}

	void write(MergeOutputs outputs, StagedRecords records, Path workFolder) throws IOException {
		AtomicFiles.write(outputs.report(),
				(out) -> new MeasureOutputs(this.plan, this.digits, this.runDate).writeDocument(out, records));
		AtomicFiles.write(outputs.riskReport(),
				(out) -> new RiskOutputs(this.plan, this.digits, this.runDate).writeDocument(out, records));
		if (this.pdf.enabled()) {
			pdf(outputs, workFolder);
		}
	}

	private void pdf(MergeOutputs outputs, Path workFolder) {
		for (Path document : outputs.documents()) {
			try {
				Files.deleteIfExists(MergeOutputs.pdfOf(document));
			}
			catch (IOException ex) {
				LOGGER.warn("Could not remove the PDF of the previous run {}", MergeOutputs.pdfOf(document), ex);
			}
		}
		String documents = outputs.report().getFileName() + ", " + outputs.riskReport().getFileName();
		Optional<LibreOffice> office = LibreOffice.find(this.pdf.office());
		if (office.isEmpty()) {
			this.console.println(ProblemCode.PDF_WITHOUT_LIBREOFFICE.message(documents));
			return;
		}
		try {
			office.get().convertToPdf(outputs.documents(), workFolder, this.pdf.timeout(), this.digits == Digits.THAI);
		}
		catch (IOException | RuntimeException ex) {
			LOGGER.warn("LibreOffice {} could not convert {}", office.get().program(), documents, ex);
			this.console.println(ProblemCode.PDF_CONVERSION_FAILED.message(documents,
					workFolder.resolve("ita-merge.log").toString()));
		}
	}

}
