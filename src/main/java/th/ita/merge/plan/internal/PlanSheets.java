package th.ita.merge.plan.internal;

import static th.ita.merge.plan.PlanLayout.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.FollowUpStatus;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanWriter.MeasureNotes;
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
 * reads back as the same plan. What it may add for the officer is what the reader passes over: a
 * line above a table, a fill, a column of notes under a header of its own.
 */
public final class PlanSheets {

	/** The fill of the notes column: grey, as it is read by people only. */
	private static final String NOTES_FILL = "F2F2F2";

	private final XSSFWorkbook workbook;

	private final ThaiStyles styles;

	private final Map<String, String> banners = new HashMap<>();

	private CellStyle entered;

	private CellStyle example;

	private Optional<MeasureNotes> notes = Optional.empty();

	public PlanSheets(XSSFWorkbook workbook, ThaiStyles styles) {
		this.workbook = workbook;
		this.styles = styles;
		this.entered = styles.get(Look.CELL);
		this.example = this.entered;
	}

	/**
	 * A line above the table of a sheet, for the officer: the reader finds a table by its header
	 * and a setting by its label, so a line above either is not read.
	 */
	public PlanSheets banner(String sheet, String text) {
		this.banners.put(sheet, text);
		return this;
	}

	/**
	 * Fills what the officer is to replace with a colour: the values of the organization sheet and
	 * the rows of the roster, indicators and measures (the risk settings are defaults, not examples).
	 */
	public PlanSheets examplesFilled(String rgb) {
		this.example = this.styles.filled(Look.CELL, rgb);
		return this;
	}

	/** One more column on the measures sheet, after the plan's own, which the reader does not read. */
	public PlanSheets notes(MeasureNotes notes) {
		this.notes = Optional.of(notes);
		return this;
	}

	/** Every sheet of the plan: the organization, roster, indicators, measures and risk settings. */
	public void write(Plan plan) {
		organization(plan);
		Sheet divisions = sheet(DIVISIONS_SHEET, DIVISION_HEADERS, 16, 32, 60);
		for (Division division : plan.divisions()) {
			row(divisions, this.example, division.code(), division.name(), String.join(" / ", division.units()));
		}
		Sheet indicators = sheet(INDICATORS_SHEET, INDICATOR_HEADERS, 8, 12, 30, 100);
		for (Indicator indicator : plan.indicators()) {
			row(indicators, this.example, indicator.tool().name(), Integer.toString(indicator.number()),
					indicator.name(), indicator.narrative());
		}
		measures(plan);
		risk(plan.risk());
	}

	private void measures(Plan plan) {
		List<String> headers = new ArrayList<>(MEASURE_HEADERS);
		this.notes.ifPresent((column) -> headers.add(column.header()));
		Sheet measures = sheet(MEASURES_SHEET, headers, 12, 8, 10, 24, 40, 50, 24, 30);
		CellStyle noted = this.styles.filled(Look.CELL, NOTES_FILL);
		for (Measure measure : plan.measures()) {
			Row row = row(measures, this.example, measure.id(), measure.tool().name(),
					Integer.toString(measure.indicator()), measure.topic(), measure.weakness(), measure.guideline(),
					measure.responsible());
			this.notes.ifPresent((column) -> cell(row, MEASURE_HEADERS.size(), column.text(measure.id()), noted));
		}
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
			Row row = row(organization, this.entered, ORGANIZATION_LABELS.get(i));
			cell(row, 1, values.get(i), this.example);
		}
	}

	/** The risk settings sheets, filled with the plan's settings (the defaults where the office set none). */
	private void risk(RiskSettings risk) {
		Sheet categories = sheet(CATEGORIES_SHEET, List.of(CATEGORY), 100);
		for (String category : risk.categories()) {
			row(categories, this.entered, category);
		}
		Sheet scales = sheet(SCALES_SHEET, SCALE_HEADERS, 20, 12, 16, 80);
		for (ScaleLevel level : risk.likelihood()) {
			row(scales, this.entered, LIKELIHOOD, Integer.toString(level.value()), level.name(), level.description());
		}
		for (ScaleLevel level : risk.impact()) {
			row(scales, this.entered, IMPACT, Integer.toString(level.value()), level.name(), level.description());
		}
		Sheet bands = sheet(BANDS_SHEET, BAND_HEADERS, 18, 14, 14, 26, 32);
		for (RiskBand band : risk.bands()) {
			row(bands, this.entered, band.name(), Integer.toString(band.from()), Integer.toString(band.to()), band.colour(),
					band.treatmentRequired() ? "ใช่" : "ไม่ใช่");
		}
		Sheet statuses = sheet(STATUSES_SHEET, STATUS_HEADERS, 18, 26, 60);
		for (FollowUpStatus status : risk.statuses()) {
			row(statuses, this.entered, status.name(), status.colour(), status.meaning());
		}
	}

	/** A sheet with its banner, if any, and the header row of its table, frozen so it stays in view. */
	private Sheet sheet(String name, List<String> headers, int... widths) {
		Sheet sheet = this.workbook.createSheet(name);
		String banner = this.banners.get(name);
		if (banner != null) {
			cell(sheet.createRow(0), 0, banner, this.styles.get(Look.HEADING));
		}
		Row header = sheet.createRow((banner != null) ? 1 : 0);
		for (int i = 0; i < headers.size(); i++) {
			cell(header, i, headers.get(i), this.styles.get(Look.TABLE_HEADER));
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.createFreezePane(0, header.getRowNum() + 1);
		return sheet;
	}

	/** A row after the last of the sheet, its values in one style. */
	private static Row row(Sheet sheet, CellStyle style, String... values) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		for (int i = 0; i < values.length; i++) {
			cell(row, i, values[i], style);
		}
		return row;
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		row.createCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(style);
	}

}
