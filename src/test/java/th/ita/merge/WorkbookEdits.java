package th.ita.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.samples.TemplateFiller;

/**
 * Changes a filled division workbook the way a clerk might in Excel, to make the test cases.
 * POI ignores sheet protection, as a clerk who unprotects the sheet would.
 */
public final class WorkbookEdits {

	private WorkbookEdits() {
	}

	public static void edit(Path file, Consumer<XSSFWorkbook> change) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook) {
			change.accept(workbook);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	/** Sets a cell of a measure's row in the measures sheet; "" empties it. */
	public static void setMeasureCell(Path file, String measureId, MeasureColumn column, String value)
			throws IOException {
		edit(file, (workbook) -> {
			Row row = TemplateFiller.rowOf(workbook.getSheet(MeasureSheet.NAME), measureId);
			if (value.isEmpty()) {
				row.getCell(column.ordinal()).setBlank();
			}
			else {
				row.getCell(column.ordinal()).setCellValue(value);
			}
		});
	}

	/** The A1 reference of a measure's cell in the measures sheet. */
	public static String cellOf(Path file, String measureId, MeasureColumn column) throws IOException {
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Row row = TemplateFiller.rowOf(workbook.getSheet(MeasureSheet.NAME), measureId);
			return row.getCell(column.ordinal()).getAddress().formatAsString();
		}
	}

}
