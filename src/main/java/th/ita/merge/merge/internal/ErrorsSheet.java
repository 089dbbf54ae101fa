package th.ita.merge.merge.internal;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;

import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.problem.ErrorLog;
import th.ita.merge.problem.Problem;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The errors sheet (ข้อผิดพลาด): the same rows as the error log, each problem's cell linked to the
 * same cell of the division's feedback copy beside the workbook (a superseded file has no copy).
 */
final class ErrorsSheet {

	static final String NAME = MergeOutputs.ERRORS_SHEET;

	/** The column of the errors sheet that holds the cell, linked to the feedback copy. */
	private static final int CELL_COLUMN = ErrorLog.HEADERS.indexOf("เซลล์ (cell)");

	private ErrorsSheet() {
	}

	static void write(Sheet sheet, ThaiStyles styles, StagedRecords records) {
		SheetWriter out = new SheetWriter(sheet, styles, 10, 24, 36, 16, 8, 24, 30, 80);
		out.header(ErrorLog.HEADERS);
		records.forEachProblem((staged) -> {
			Problem problem = staged.problem();
			Row row = out.cells(ErrorLog.values(problem), Look.CELL);
			if (!problem.cell().isEmpty() && !staged.ofSupersededFile()) {
				linkToFeedbackCopy(row.getCell(CELL_COLUMN), problem, styles, sheet);
			}
		});
		out.finishRegister(ErrorLog.HEADERS.size());
	}

	private static void linkToFeedbackCopy(Cell cell, Problem problem, ThaiStyles styles, Sheet sheet) {
		XSSFHyperlink link = (XSSFHyperlink) sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
		link.setAddress(FeedbackCopy.relativeUri(problem.file()));
		link.setLocation("'" + problem.sheet().replace("'", "''") + "'!" + problem.cell());
		cell.setHyperlink(link);
		cell.setCellStyle(styles.get(Look.LINK));
	}

}
