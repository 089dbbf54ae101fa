package th.ita.merge.plan.internal;

import static th.ita.merge.plan.PlanLayout.*;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.FollowUpStatus;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.ScaleLevel;
import th.ita.merge.plan.SignOff;
import th.ita.merge.plan.Signatory;
import th.ita.merge.value.Digits;
import th.ita.merge.value.ThaiDate;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The sheets of the plan workbook (see {@link th.ita.merge.plan.PlanLayout}) filled with a
 * {@link Plan}, in the order and with the headers the plan reader looks for, so a written plan
 * reads back as the same plan.
 */
public final class PlanSheets {

	private final XSSFWorkbook workbook;

	private final ThaiStyles styles;

	public PlanSheets(XSSFWorkbook workbook, ThaiStyles styles) {
		this.workbook = workbook;
		this.styles = styles;
	}

	/** Every sheet of the plan: the organization, roster, indicators, measures and risk settings. */
	public void write(Plan plan) {
		organization(plan);
		Sheet divisions = sheet(DIVISIONS_SHEET, DIVISION_HEADERS, 16, 32, 60);
		int r = 1;
		for (Division division : plan.divisions()) {
			row(divisions, r++, division.code(), division.name(), String.join(" / ", division.units()));
		}
		Sheet indicators = sheet(INDICATORS_SHEET, INDICATOR_HEADERS, 8, 12, 30, 100);
		r = 1;
		for (Indicator indicator : plan.indicators()) {
			row(indicators, r++, indicator.tool().name(), Integer.toString(indicator.number()), indicator.name(),
					indicator.narrative());
		}
		Sheet measures = sheet(MEASURES_SHEET, MEASURE_HEADERS, 12, 8, 10, 24, 40, 50, 24);
		r = 1;
		for (Measure measure : plan.measures()) {
			row(measures, r++, measure.id(), measure.tool().name(), Integer.toString(measure.indicator()),
					measure.topic(), measure.weakness(), measure.guideline(), measure.responsible());
		}
		risk(plan.risk());
	}

	/** The settings of the organization sheet, one label and its value a row. */
	private void organization(Plan plan) {
		Sheet organization = sheet(ORGANIZATION_SHEET, List.of("รายการ", "ข้อมูล"), 40, 60);
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
			row(organization, i + 1, ORGANIZATION_LABELS.get(i), values.get(i));
		}
	}

	/** The risk settings sheets, filled with the plan's settings (the defaults where the office set none). */
	private void risk(RiskSettings risk) {
		Sheet categories = sheet(CATEGORIES_SHEET, List.of(CATEGORY), 100);
		int r = 1;
		for (String category : risk.categories()) {
			row(categories, r++, category);
		}
		Sheet scales = sheet(SCALES_SHEET, SCALE_HEADERS, 20, 12, 16, 80);
		r = 1;
		for (ScaleLevel level : risk.likelihood()) {
			row(scales, r++, LIKELIHOOD, Integer.toString(level.value()), level.name(), level.description());
		}
		for (ScaleLevel level : risk.impact()) {
			row(scales, r++, IMPACT, Integer.toString(level.value()), level.name(), level.description());
		}
		Sheet bands = sheet(BANDS_SHEET, BAND_HEADERS, 18, 14, 14, 26, 32);
		r = 1;
		for (RiskBand band : risk.bands()) {
			row(bands, r++, band.name(), Integer.toString(band.from()), Integer.toString(band.to()), band.colour(),
					band.treatmentRequired() ? "ใช่" : "ไม่ใช่");
		}
		Sheet statuses = sheet(STATUSES_SHEET, STATUS_HEADERS, 18, 26, 60);
		r = 1;
		for (FollowUpStatus status : risk.statuses()) {
			row(statuses, r++, status.name(), status.colour(), status.meaning());
		}
	}

	private Sheet sheet(String name, List<String> headers, int... widths) {
		Sheet sheet = this.workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			header.createCell(i).setCellValue(headers.get(i));
			header.getCell(i).setCellStyle(this.styles.get(Look.TABLE_HEADER));
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
			row.getCell(i).setCellStyle(this.styles.get(Look.CELL));
		}
	}

}
