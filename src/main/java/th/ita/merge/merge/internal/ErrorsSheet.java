package th.ita.merge.merge.internal;

import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.merge.internal.StagedRecords.StagedProblem;
import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.problem.ErrorLog;
import th.ita.merge.problem.Problem;
import th.ita.merge.xlsx.FileLinks;
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
		FileLinks links = new FileLinks(sheet);
		problems.accept((staged) -> {
			Problem problem = staged.problem();
			Row row = out.cells(ErrorLog.sheetValues(problem), Look.CELL);
			if (!problem.cell().isEmpty() && !staged.ofSupersededFile()) {
				linkToFeedbackCopy(row.getCell(CELL_COLUMN), problem, styles, links);
			}
		});
		out.finishRegister(ErrorLog.SHEET_HEADERS.size());
	}

	private static void linkToFeedbackCopy(Cell cell, Problem problem, ThaiStyles styles, FileLinks links) {
		links.link(cell, FeedbackCopy.relativeUri(problem.file()),
				"'" + problem.sheet().replace("'", "''") + "'!" + problem.cell());
		cell.setCellStyle(styles.get(Look.LINK));
	}

}
