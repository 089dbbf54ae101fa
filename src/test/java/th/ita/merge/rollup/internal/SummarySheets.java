package th.ita.merge.rollup.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.value.Digits;
import th.ita.merge.value.ThaiDigits;
import th.ita.merge.xlsx.ThaiStyles;

/** The summary sheet as the tests read it back: written into a streaming workbook, saved and reopened. */
final class SummarySheets {

	private SummarySheets() {
	}

	/** The summary written into a streaming workbook, saved, and read back: each row's cell texts. */
	static List<List<String>> written(ProvinceSummary summary) throws IOException {
		return rows(sheet(summary));
	}

	static XSSFWorkbook sheet(ProvinceSummary summary) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try {
			SummaryReportSheet.write(workbook, new ThaiStyles(workbook), summary, Digits.THAI);
			workbook.write(bytes);
		}
		finally {
			workbook.close();
		}
		return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
	}

	static List<List<String>> rows(XSSFWorkbook workbook) throws IOException {
		try (workbook) {
			Sheet sheet = workbook.getSheet(SummaryReportSheet.SHEET);
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					cells.add((cell != null) ? cell.getStringCellValue() : "");
				}
				rows.add(cells.isEmpty() ? List.of("") : cells);
			}
			return rows;
		}
	}

	static int number(String thai) {
		return Integer.parseInt(ThaiDigits.toArabic(thai));
	}

}
