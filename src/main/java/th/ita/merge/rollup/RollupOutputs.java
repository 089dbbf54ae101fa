package th.ita.merge.rollup;

import java.nio.file.Path;

import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.plan.ReportingPeriod;

/**
 * What a roll-up writes into its output folder, named by fiscal year and round so that the
 * rounds of several years sit side by side: the provincial workbook, its log of what was received
 * and refused (CSV, in Thai), and the printable provincial summary (Word, with a PDF beside it
 * when LibreOffice is installed).
 */
public record RollupOutputs(Path workbook, Path log, Path report) {

	/** The PDF of the printable summary, beside its Word document. */
	public Path reportPdf() {
		return MergeOutputs.pdfOf(this.report);
	}

	public static RollupOutputs of(Path output, ReportingPeriod period) {
		String stem = "ita-" + period.fiscalYear() + "-round" + period.round() + "-province";
		return new RollupOutputs(output.resolve(stem + ".xlsx"), output.resolve(stem + "-log.csv"),
				output.resolve(stem + "-report.docx"));
	}

}
