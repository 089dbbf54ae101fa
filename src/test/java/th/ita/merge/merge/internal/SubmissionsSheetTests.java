package th.ita.merge.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.ita.merge.merge.internal.SubmissionSummary.Status;
import th.ita.merge.xlsx.ThaiStyles;

/** Tests for {@link SubmissionsSheet}: what a legal officer reads of each file received. */
class SubmissionsSheetTests {

	@Test
	void writesWhenAFileWasSavedInTheBuddhistEraAndLocalTime() throws IOException {
		// given a file saved at 09:30 on 5 April 2023 (2566) on this machine's clock
		Instant saved = LocalDateTime.of(2023, 4, 5, 9, 30).atZone(ZoneId.systemDefault()).toInstant();
		SubmissionSummary finance = new SubmissionSummary("กองคลัง", "กองคลัง.xlsx", saved, 11, 11, 0, Status.MERGED, "");

		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(SubmissionsSheet.NAME);

			// when
			SubmissionsSheet.write(sheet, new ThaiStyles(workbook), List.of(finance));

			// then
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("บันทึกเมื่อ");
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("5/4/2566 09:30");
		}
	}

	@Test
	void leavesTheSavedTimeEmptyForADivisionThatSentNothing() throws IOException {
		// given
		SubmissionSummary works = new SubmissionSummary("กองช่าง", "", null, 0, 0, 0, Status.NOT_RECEIVED, "");

		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(SubmissionsSheet.NAME);

			// when
			SubmissionsSheet.write(sheet, new ThaiStyles(workbook), List.of(works));

			// then
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEmpty();
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("ยังไม่ได้รับไฟล์");
		}
	}

}
