package th.ita.merge.plan;

import static th.ita.merge.plan.PlanLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small plan workbooks written cell by cell, one sheet a list of rows, for the plan reader's tests. */
final class PlanWorkbooks {

	private PlanWorkbooks() {
	}

	/** A small plan that reads: two divisions, two indicators, two measures. */
	static Map<String, List<Object[]>> validPlan() {
		Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
		sheets.put(ORGANIZATION_SHEET, organization(FISCAL_YEAR, "2566"));
		sheets.put(DIVISIONS_SHEET, table(DIVISION_HEADERS, row("PALAD", "สำนักปลัด", "งานนิติการ / ผู้บริหาร"),
				row("FINANCE", "กองคลัง", "")));
		sheets.put(INDICATORS_SHEET,
				table(INDICATOR_HEADERS, row("IIT", "4", "การใช้ทรัพย์สินของทางราชการ", "เนื่องจากเจ้าหน้าที่ยังขาดความรู้"),
						row("OIT", "10", "การป้องกันการทุจริต", "เนื่องจากยังไม่มีการเผยแพร่")));
		sheets.put(MEASURES_SHEET, table(MEASURE_HEADERS,
				row("IIT-4.1", "IIT", "4", "", "การยืมทรัพย์สิน", "จัดทำคู่มือ", "กองคลัง"),
				row("OIT-10.1", "OIT", "10", "", "การมีส่วนร่วมของผู้บริหาร", "ประกาศเจตจำนง", "งานนิติการ / ผู้บริหาร")));
		return sheets;
	}

	/**
	 * The settings sheet: a header row, then one label and its value a row, as the layout lists
	 * them (fiscal year on row 6, round on row 7, the reviewer on rows 10 and 11, the approver on
	 * 12 and 13, the report date on 14), with settings typed as given in label, value pairs. The
	 * reviewer, approver and date are left empty unless given.
	 */
	static List<Object[]> organization(Object... labelsAndValues) {
		List<Object> values = new ArrayList<>(List.of("องค์การบริหารส่วนตำบลขามสะแกแสง", "", "ขามสะแกแสง", "นครราชสีมา",
				"2566", "1", "นายพศวัฒน์ หวังกลาง", "นิติกรปฏิบัติการ", "", "", "", "", ""));
		for (int i = 0; i < labelsAndValues.length; i += 2) {
			values.set(ORGANIZATION_LABELS.indexOf(labelsAndValues[i]), labelsAndValues[i + 1]);
		}
		List<Object[]> rows = new ArrayList<>();
		rows.add(row("รายการ", "ข้อมูล"));
		for (int i = 0; i < ORGANIZATION_LABELS.size(); i++) {
			rows.add(row(ORGANIZATION_LABELS.get(i), values.get(i)));
		}
		return rows;
	}

	static List<Object[]> table(List<String> headers, Object[]... rows) {
		List<Object[]> table = new ArrayList<>();
		table.add(headers.toArray());
		table.addAll(List.of(rows));
		return table;
	}

	static Object[] row(Object... values) {
		return values;
	}

	/** Writes the sheets in order, from row 1; strings as text, numbers as numbers, dates as date cells. */
	static Path write(Path file, Map<String, List<Object[]>> sheets) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
			sheets.forEach((name, rows) -> {
				Sheet sheet = workbook.createSheet(name);
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r);
					Object[] values = rows.get(r);
					for (int c = 0; c < values.length; c++) {
						if (values[c] instanceof Number number) {
							row.createCell(c).setCellValue(number.doubleValue());
						}
						else if (values[c] instanceof LocalDate day) {
							row.createCell(c).setCellValue(day);
							row.getCell(c).setCellStyle(date);
						}
						else {
							row.createCell(c).setCellValue(String.valueOf(values[c]));
						}
					}
				}
			});
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

}
