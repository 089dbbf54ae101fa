package th.ita.merge.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskSheet;

/**
 * Fills in a division template the way a division clerk does in Excel: picks the state and types
 * the result, remark and evidence link in the row of each measure, and lists the division's risks.
 */
public final class TemplateFiller {

	private TemplateFiller() {
	}

	public static void fill(Path template, Path target, List<SeedData.Report> reports) throws IOException {
		fill(template, target, reports, List.of());
	}

	/** Fills the measures and lists the risks, one row each from the top of the risk table. */
	public static void fill(Path template, Path target, List<SeedData.Report> reports, List<SampleRisks.Risk> risks)
			throws IOException {
		fill(template, target, reports, risks, RiskSettings.defaults());
	}

	/** As above, picking categories and levels from the given settings' dropdowns. */
	public static void fill(Path template, Path target, List<SeedData.Report> reports, List<SampleRisks.Risk> risks,
			RiskSettings settings) throws IOException {
		try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet riskSheet = workbook.getSheet(RiskSheet.NAME);
			for (int i = 0; i < risks.size(); i++) {
				SampleRisks.Risk risk = risks.get(i);
				Map<RiskColumn, String> values = new EnumMap<>(RiskColumn.class);
				values.put(RiskColumn.CATEGORY, settings.categories().get(risk.category() - 1));
				values.put(RiskColumn.PROCESS, risk.process());
				values.put(RiskColumn.EVENT, risk.event());
				values.put(RiskColumn.FACTORS, risk.factors());
				values.put(RiskColumn.CONTROLS, risk.controls());
				values.put(RiskColumn.LIKELIHOOD, RiskSettings.choice(settings.likelihood().get(risk.likelihood() - 1)));
				values.put(RiskColumn.IMPACT, RiskSettings.choice(settings.impact().get(risk.impact() - 1)));
				values.put(RiskColumn.MEASURE, risk.measure());
				values.put(RiskColumn.OWNER, risk.owner());
				values.put(RiskColumn.TIMELINE, risk.timeline());
				values.put(RiskColumn.STATUS, risk.status());
				int index = i;
				values.forEach((column, value) -> setRisk(riskSheet, index, column, value));
			}
			Sheet sheet = workbook.getSheet(MeasureSheet.NAME);
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

	/** Types a value into the risk table's {@code index}-th row (0 = the first under the header). */
	public static void setRisk(Sheet sheet, int index, RiskColumn column, String value) {
		Row row = sheet.getRow(RiskSheet.HEADER_ROW + index);
		if (row == null) {
			row = sheet.createRow(RiskSheet.HEADER_ROW + index);
		}
		Cell cell = row.getCell(column.ordinal());
		if (cell == null) {
			cell = row.createCell(column.ordinal());
		}
		cell.setBlank();
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(value);
		}
	}

	/** The row of a measure in a template's measures sheet. */
	public static Row rowOf(Sheet sheet, String measureId) {
		for (Row row : sheet) {
			Cell id = row.getCell(MeasureColumn.ID.ordinal());
			if (row.getRowNum() >= MeasureSheet.HEADER_ROW && id != null && measureId.equals(id.getStringCellValue())) {
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
