package th.ita.merge.merge.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.merge.docx.LibreOffice;
import th.ita.merge.docx.PdfLastPage;
import th.ita.merge.docx.PdfSettings;
import th.ita.merge.docx.SignaturePlacement;
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

	/** The measures' outputs of the run, what changed since the round before among them. */
	private final MeasureOutputs measures;

	ReportDocuments(Plan plan, Digits digits, LocalDate runDate, PdfSettings pdf, PrintStream console,
			MeasureOutputs measures) {
		this.plan = plan;
		this.runDate = runDate;
		this.digits = digits;
		this.pdf = pdf;
		this.console = console;
		this.measures = measures;
	}

	void write(MergeOutputs outputs, StagedRecords records, Path workFolder) throws IOException {
		for (Path document : outputs.documents()) {
			write(outputs, document, records, SignaturePlacement.AFTER_TABLE);
		}
		if (this.pdf.enabled()) {
			pdf(outputs, records, workFolder);
		}
	}

	private void write(MergeOutputs outputs, Path document, StagedRecords records, SignaturePlacement signatures)
			throws IOException {
		if (document.equals(outputs.report())) {
			AtomicFiles.write(document, (out) -> this.measures.writeDocument(out, records, signatures));
		}
		else {
			AtomicFiles.write(document, (out) -> new RiskOutputs(this.plan, this.digits, this.runDate)
				.writeDocument(out, records, signatures));
		}
	}

	private void pdf(MergeOutputs outputs, StagedRecords records, Path workFolder) {
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
			for (Path document : outputs.documents()) {
				signaturesNeverAlone(office.get(), outputs, document, records, workFolder);
			}
		}
		catch (IOException | RuntimeException ex) {
			LOGGER.warn("LibreOffice {} could not convert {}", office.get().program(), documents, ex);
			this.console.println(ProblemCode.PDF_CONVERSION_FAILED.message(documents,
					workFolder.resolve("ita-merge.log").toString()));
		}
	}

	/**
	 * Where the PDF's last page holds the signatures alone, writes the document again with the
	 * last row of its last table on the signatures' page, and converts it again: LibreOffice
	 * ignores the keep-with-next that holds them together in Word.
	 */
	private void signaturesNeverAlone(LibreOffice office, MergeOutputs outputs, Path document, StagedRecords records,
			Path workFolder) throws IOException {
		List<String> signatures = this.plan.signOff().lines(this.digits, this.runDate);
		if (PdfLastPage.holdsOnly(MergeOutputs.pdfOf(document), signatures)) {
			LOGGER.info("The signatures of {} stood alone on its last page: its last row moves to that page", document);
			write(outputs, document, records, SignaturePlacement.WITH_LAST_ROW);
			office.convertToPdf(List.of(document), workFolder, this.pdf.timeout(), this.digits == Digits.THAI);
		}
	}

}
