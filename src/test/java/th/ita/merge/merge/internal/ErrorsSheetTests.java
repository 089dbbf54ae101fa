package th.ita.merge.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.merge.internal.StagedRecords.StagedProblem;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * Tests for {@link ErrorsSheet}: a legal officer reads each problem's severity and kind in Thai,
 * with the stable code beside them, and follows its cell to the feedback copy.
 */
class ErrorsSheetTests {

	private static final Location STATE_CELL = Location.ofFile("กองคลัง.xlsx").at("ผลการดำเนินการ", "F7", "สถานะ");

	@Test
	void showsSeverityAndKindInThaiBesideTheStableCode() throws IOException {
		// given an error and a warning
		List<StagedProblem> problems = List.of(
				new StagedProblem(Problem.of(ProblemCode.STATE_UNKNOWN, STATE_CELL, "เสร็จ", "OIT-10.1"), false),
				new StagedProblem(Problem.of(ProblemCode.DIVISION_NOT_SUBMITTED, Location.ofFile(""), "", "กองช่าง", "๒"),
						false));

		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(ErrorsSheet.NAME);

			// when
			ErrorsSheet.write(sheet, new ThaiStyles(workbook), problems::forEach);

			// then
			assertThat(text(sheet.getRow(0)).subList(0, 3)).containsExactly("ระดับ (severity)", "ประเภทปัญหา (kind)",
					"รหัส (code)");
			assertThat(text(sheet.getRow(1)).subList(0, 6)).containsExactly("ข้อผิดพลาด", "สถานะไม่ถูกต้อง",
					"STATE_UNKNOWN", "กองคลัง.xlsx", "ผลการดำเนินการ", "F7");
			assertThat(text(sheet.getRow(2)).subList(0, 3)).containsExactly("ข้อผิดพลาด", "สำนัก/กองยังไม่ส่งแบบรายงาน",
					"DIVISION_NOT_SUBMITTED");
		}
	}

	@Test
	void linksAProblemsCellToTheFeedbackCopy() throws IOException {
		// given
		List<StagedProblem> problems = List
			.of(new StagedProblem(Problem.of(ProblemCode.STATE_TYPED, STATE_CELL, "ดำเนินการ แล้ว", "OIT-10.1"), false));

		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(ErrorsSheet.NAME);

			// when
			ErrorsSheet.write(sheet, new ThaiStyles(workbook), problems::forEach);

			// then
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("คำเตือน");
			XSSFHyperlink link = (XSSFHyperlink) sheet.getRow(1).getCell(5).getHyperlink();
			assertThat(link).isNotNull();
			assertThat(link.getAddress()).startsWith(FeedbackCopy.relativeUri("กองคลัง.xlsx"));
			assertThat(link.getLocation()).isEqualTo("'ผลการดำเนินการ'!F7");
		}
	}

	private static List<String> text(Row row) {
		List<String> cells = new java.util.ArrayList<>();
		row.forEach((cell) -> cells.add(cell.getStringCellValue()));
		return cells;
	}

}
