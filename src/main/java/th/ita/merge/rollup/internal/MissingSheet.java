package th.ita.merge.rollup.internal;

import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;

import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * ยังไม่ส่งและไม่ได้รวม: what the provincial officer follows up. The organizations on the roster that
 * sent nothing first, then each file not rolled up and why (refused, or superseded by a newer one
 * of the same organization), then what was noticed of files rolled up (no code, not on the
 * roster); each with what to do, in Thai.
 */
final class MissingSheet {

	static final String NAME = "ยังไม่ส่งและไม่ได้รวม";

	/** What the sheet says when every organization sent and every file was rolled up. */
	static final String NOTHING = "ไม่มี: ทุกไฟล์ได้นำมารวม และไม่มี อปท. ในทะเบียนที่ยังไม่ส่ง";

	private static final int[] WIDTHS = { 22, 30, 80 };

	private MissingSheet() {
	}

	static void write(Workbook workbook, ThaiStyles styles, List<Problem> problems) {
		DataSheet sheet = new DataSheet(workbook, styles, NAME).header(List.of("เรื่อง", "ไฟล์หรือรหัส อปท.", "สิ่งที่ต้องทำ"),
				WIDTHS);
		for (int part = 0; part < 3; part++) {
			for (Problem problem : problems) {
				if (partOf(problem) == part) {
					sheet.wrapped(List.of(problem.code().title(), problem.value(), problem.message()), WIDTHS);
				}
			}
		}
		if (problems.isEmpty()) {
			sheet.wrapped(List.of(NOTHING, "", ""), WIDTHS);
		}
		sheet.finishToRead();
	}

	private static int partOf(Problem problem) {
		if (problem.code() == ProblemCode.ROLLUP_NOT_RECEIVED) {
			return 0;
		}
		return (problem.isError() || problem.code() == ProblemCode.ROLLUP_SUPERSEDED) ? 1 : 2;
	}

}
