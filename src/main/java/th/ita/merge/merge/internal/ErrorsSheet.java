package th.ita.merge.merge.internal;

import java.util.function.Consumer;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;

import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.merge.internal.StagedRecords.StagedProblem;
import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.problem.ErrorLog;
import th.ita.merge.problem.Problem;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The errors sheet (ข้อผิดพลาด): the same rows as the error log, in words a legal officer reads (the
 * severity and the kind of problem in Thai, the stable code beside them), each problem's cell
 * linked to the same cell of the division's feedback copy beside the workbook (a superseded file
 * has no copy).
 */
final class ErrorsSheet {

	static final String NAME = MergeOutputs.ERRORS_SHEET;

	/** The column of the errors sheet that holds the cell, linked to the feedback copy. */
	private static final int CELL_COLUMN = ErrorLog.SHEET_HEADERS.indexOf("เซลล์ (cell)");

	private ErrorsSheet() {
	}

	/** Writes the problems {@code problems} hands over one at a time, as {@link StagedRecords#forEachProblem} does. */
	static void write(Sheet sheet, ThaiStyles styles, Consumer<Consumer<StagedProblem>> problems) {
		SheetWriter out = new SheetWriter(sheet, styles, 12, 30, 24, 36, 16, 8, 24, 30, 80);
		out.header(ErrorLog.SHEET_HEADERS);
		problems.accept((staged) -> {
			Problem problem = staged.problem();
			Row row = out.cells(ErrorLog.sheetValues(problem), Look.CELL);
			if (!problem.cell().isEmpty() && !staged.ofSupersededFile()) {
				linkToFeedbackCopy(row.getCell(CELL_COLUMN), problem, styles, sheet);
			}
		});
		out.finishRegister(ErrorLog.SHEET_HEADERS.size());
	}

	private static void linkToFeedbackCopy(Cell cell, Problem problem, ThaiStyles styles, Sheet sheet) {
		XSSFHyperlink link = (XSSFHyperlink) sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
		link.setAddress(FeedbackCopy.relativeUri(problem.file()));
		link.setLocation("'" + problem.sheet().replace("'", "''") + "'!" + problem.cell());
		cell.setHyperlink(link);
		cell.setCellStyle(styles.get(Look.LINK));
	}

}
