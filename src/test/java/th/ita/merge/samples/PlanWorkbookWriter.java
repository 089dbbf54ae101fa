package th.ita.merge.samples;

import static th.ita.merge.plan.PlanLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.FollowUpStatus;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanLayout;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.ScaleLevel;
import th.ita.merge.plan.SignOff;
import th.ita.merge.plan.Signatory;
import th.ita.merge.value.Digits;
import th.ita.merge.value.ThaiDate;
import th.ita.merge.xlsx.ThaiStyles.Look;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * Writes a {@link Plan} as the plan workbook a legal officer fills in, so the samples and the
 * test fixtures are plan workbooks of the real shape.
 */
public final class PlanWorkbookWriter {

	private PlanWorkbookWriter() {
	}

	public static void write(Plan plan, Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			ThaiStyles styles = new ThaiStyles(workbook);
			Sheet organization = sheet(workbook, styles, ORGANIZATION_SHEET, List.of("รายการ", "ข้อมูล"), 40, 60);
			SignOff signOff = plan.signOff();
			Signatory none = new Signatory("", "");
			Signatory reviewer = signOff.reviewer().orElse(none);
			Signatory approver = signOff.approver().orElse(none);
			List<String> values = List.of(plan.organization().name(), plan.organization().code(),
					plan.organization().district(), plan.organization().province(),
					Integer.toString(plan.period().fiscalYear()), Integer.toString(plan.period().round()),
					signOff.preparer().name(), signOff.preparer().position(), reviewer.name(), reviewer.position(),
					approver.name(), approver.position(),
					signOff.reportDate().map((date) -> ThaiDate.of(date, Digits.THAI)).orElse(""));
			for (int i = 0; i < ORGANIZATION_LABELS.size(); i++) {
				row(organization, styles, i + 1, ORGANIZATION_LABELS.get(i), values.get(i));
			}
			Sheet divisions = sheet(workbook, styles, DIVISIONS_SHEET, DIVISION_HEADERS, 16, 32, 60);
			int r = 1;
			for (Division division : plan.divisions()) {
				row(divisions, styles, r++, division.code(), division.name(), String.join(" / ", division.units()));
			}
			Sheet indicators = sheet(workbook, styles, INDICATORS_SHEET, INDICATOR_HEADERS, 8, 12, 30, 100);
			r = 1;
			for (Indicator indicator : plan.indicators()) {
				row(indicators, styles, r++, indicator.tool().name(), Integer.toString(indicator.number()),
						indicator.name(), indicator.narrative());
			}
			Sheet measures = sheet(workbook, styles, MEASURES_SHEET, MEASURE_HEADERS, 12, 8, 10, 24, 40, 50, 24);
			r = 1;
			for (Measure measure : plan.measures()) {
				row(measures, styles, r++, measure.id(), measure.tool().name(), Integer.toString(measure.indicator()),
						measure.topic(), measure.weakness(), measure.guideline(), measure.responsible());
			}
			writeRisk(workbook, styles, plan.risk());
			Files.createDirectories(target.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
	}

	/** The risk settings sheets, filled with the plan's settings (the defaults in the samples). */
	private static void writeRisk(XSSFWorkbook workbook, ThaiStyles styles, RiskSettings risk) {
		Sheet categories = sheet(workbook, styles, PlanLayout.CATEGORIES_SHEET, List.of(PlanLayout.CATEGORY), 100);
		int r = 1;
		for (String category : risk.categories()) {
			row(categories, styles, r++, category);
		}
		Sheet scales = sheet(workbook, styles, PlanLayout.SCALES_SHEET, PlanLayout.SCALE_HEADERS, 20, 12, 16, 80);
		r = 1;
		for (ScaleLevel level : risk.likelihood()) {
			row(scales, styles, r++, PlanLayout.LIKELIHOOD, Integer.toString(level.value()), level.name(),
					level.description());
		}
		for (ScaleLevel level : risk.impact()) {
			row(scales, styles, r++, PlanLayout.IMPACT, Integer.toString(level.value()), level.name(),
					level.description());
		}
		Sheet bands = sheet(workbook, styles, PlanLayout.BANDS_SHEET, PlanLayout.BAND_HEADERS, 18, 14, 14, 26, 32);
		r = 1;
		for (RiskBand band : risk.bands()) {
			row(bands, styles, r++, band.name(), Integer.toString(band.from()), Integer.toString(band.to()),
					band.colour(), band.treatmentRequired() ? "ใช่" : "ไม่ใช่");
		}
		Sheet statuses = sheet(workbook, styles, PlanLayout.STATUSES_SHEET, PlanLayout.STATUS_HEADERS, 18, 26, 60);
		r = 1;
		for (FollowUpStatus status : risk.statuses()) {
			row(statuses, styles, r++, status.name(), status.colour(), status.meaning());
		}
	}

	private static Sheet sheet(XSSFWorkbook workbook, ThaiStyles styles, String name, List<String> headers,
			int... widths) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			header.createCell(i).setCellValue(headers.get(i));
			header.getCell(i).setCellStyle(styles.get(Look.TABLE_HEADER));
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static void row(Sheet sheet, ThaiStyles styles, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
			row.getCell(i).setCellStyle(styles.get(Look.CELL));
		}
	}

}
