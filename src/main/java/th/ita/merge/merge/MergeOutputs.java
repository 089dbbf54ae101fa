package th.ita.merge.merge;

import java.nio.file.Path;
import java.util.List;

import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ReportingPeriod;

/**
 * Where a merge writes: {@code ita-<fiscal year>-round<round>.xlsx}, its error log beside it, the
 * report and the risk-assessment report as Word documents ({@code …-report.docx},
 * {@code …-risk-report.docx}) and as PDFs made of them, and the feedback copies in a folder below.
 */
public record MergeOutputs(Path workbook, Path errorLog, Path report, Path riskReport, Path feedback) {

	/** The consolidated workbook's sheet of every file received and every division that sent none. */
	public static final String SUBMISSIONS_SHEET = "การส่งไฟล์";

	/** The consolidated workbook's sheet of every problem, as the error log lists them. */
	public static final String ERRORS_SHEET = "ข้อผิดพลาด";

	/** The folder of the tool's own files in the output folder: the run history, the log, LibreOffice's profile. */
	public static final String WORK_FOLDER = ".ita-merge";

	public static MergeOutputs of(Path folder, Plan plan) {
		String base = baseName(plan.period());
		return new MergeOutputs(folder.resolve(base + ".xlsx"), folder.resolve(base + "-errors.csv"),
				folder.resolve(base + "-report.docx"), folder.resolve(base + "-risk-report.docx"),
				folder.resolve(FeedbackCopy.FOLDER));
	}

	/** "ita-2566-round1": the name every output of a round starts with. */
	private static String baseName(ReportingPeriod period) {
		return "ita-" + period.fiscalYear() + "-round" + period.round();
	}

	/** The consolidated workbook's file name of a round: "ita-2566-round1.xlsx". */
	public static String workbookName(ReportingPeriod period) {
		return baseName(period) + ".xlsx";
	}

	/** The Word documents, the report first. */
	public List<Path> documents() {
		return List.of(this.report, this.riskReport);
	}

	/** The tool's own folder beside the outputs. */
	public Path workFolder() {
		return this.workbook.resolveSibling(WORK_FOLDER);
	}

	/** The PDF made of a document: the same name, ending in .pdf. */
	public static Path pdfOf(Path document) {
		String name = document.getFileName().toString();
		return document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".pdf");
	}

}
