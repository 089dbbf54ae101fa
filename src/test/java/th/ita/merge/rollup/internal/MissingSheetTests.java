package th.ita.merge.rollup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.xlsx.ThaiStyles;

/** What the provincial officer follows up: who sent nothing first, then the files not rolled up. */
class MissingSheetTests {

	@Test
	void listsWhoSentNothingBeforeTheFilesSetAsideAndSaysSoWhenThereIsNothingToFollowUp() throws Exception {
		List<Problem> problems = List.of(
				Problem.of(ProblemCode.ROLLUP_NOT_CONSOLIDATED, Location.ofFile("plan.xlsx"), "plan.xlsx"),
				Problem.of(ProblemCode.ROLLUP_NOT_RECEIVED, Location.ofFile(""), "5300401", "อบต.หนองไม่ส่ง", "สีคิ้ว"));
		Sheet listed = written(problems);
		assertThat(listed.getRow(1).getCell(1).getStringCellValue()).isEqualTo("5300401");
		assertThat(listed.getRow(2).getCell(1).getStringCellValue()).isEqualTo("plan.xlsx");
		assertThat(listed.getRow(2).getCell(2).getStringCellValue()).contains("ไม่ใช่รายงานรวม");
		Sheet empty = written(List.of());
		assertThat(empty.getRow(1).getCell(0).getStringCellValue()).isEqualTo(MissingSheet.NOTHING);
	}

	private static Sheet written(List<Problem> problems) throws Exception {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			MissingSheet.write(workbook, new ThaiStyles(workbook), problems);
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheet(MissingSheet.NAME);
	}

}
