package th.ita.merge.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.template.TemplateLayout;
import th.ita.merge.template.TemplateLayout.MeasureColumn;

/**
 * Fills in a division template the way a division clerk does in Excel: picks the state and types
 * the result, remark and evidence link in the row of each measure.
 */
public final class TemplateFiller {

	private TemplateFiller() {
	}

	public static void fill(Path template, Path target, List<SeedData.Report> reports) throws IOException {
		try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(TemplateLayout.MEASURES_SHEET);
			for (SeedData.Report report : reports) {
				Row row = rowOf(sheet, report.measureId());
				set(row, MeasureColumn.STATE, (report.state() != null) ? report.state().thai() : "");
				set(row, MeasureColumn.RESULT, report.result());
				set(row, MeasureColumn.REMARK, report.remark());
				set(row, MeasureColumn.EVIDENCE, report.evidenceLink());
			}
			Files.createDirectories(target.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
	}

	/** The row of a measure in a template's measures sheet. */
	public static Row rowOf(Sheet sheet, String measureId) {
		for (Row row : sheet) {
			Cell id = row.getCell(MeasureColumn.ID.ordinal());
			if (row.getRowNum() >= TemplateLayout.HEADER_ROW && id != null && measureId.equals(id.getStringCellValue())) {
				return row;
			}
		}
		throw new IllegalArgumentException("No row for measure " + measureId + " in " + sheet.getSheetName());
	}

	private static void set(Row row, MeasureColumn column, String value) {
		Cell cell = row.getCell(column.ordinal());
		if (value == null || value.isEmpty()) {
			cell.setBlank();
		}
		else {
			cell.setCellValue(value);
		}
	}

}
