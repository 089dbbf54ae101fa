package th.ita.merge.risk.internal;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.FollowUpStatus;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskSheet;
import th.ita.merge.risk.PreviousRisk;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.RawCell;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;
import th.ita.merge.xlsx.TitleRow;

/**
 * Writes the risk sheet of a division template (แบบประเมินความเสี่ยงการทุจริต): one row per risk,
 * with room for {@value RiskSheet#INPUT_ROWS} of them. Category, likelihood, impact and status are
 * picked from dropdowns fed by named ranges on a very hidden lists sheet; the score and level are
 * computed in the sheet and coloured by band for the division's convenience, while the merge
 * computes them again itself. Beside the table, the office's scales, bands and statuses explain
 * what to pick.
 */
public final class RiskTemplateSheet {

	private static final Digits DIGITS = Digits.THAI;

	private static final String CATEGORIES_NAME = "ita_risk_categories";

	private static final String LIKELIHOOD_NAME = "ita_risk_likelihood";

	private static final String IMPACT_NAME = "ita_risk_impact";

	private static final String BAND_FROM_NAME = "ita_risk_band_from";

	private static final String BAND_NAMES_NAME = "ita_risk_band_names";

	private static final String STATUSES_NAME = "ita_risk_statuses";

	/** The first column of the legend, one empty column right of the table. */
	private static final int LEGEND = RiskColumn.values().length + 1;

	private final Plan plan;

	private final RiskSettings settings;

	private final String sheetPassword;

	public RiskTemplateSheet(Plan plan, String sheetPassword) {
		this.plan = plan;
		this.settings = plan.risk();
		this.sheetPassword = sheetPassword;
	}

	/**
	 * Adds the risk sheet and its hidden lists sheet to a template being written, its first rows
	 * filled with the risks the division sent in the round before, if any, as it wrote them.
	 */
	public void write(XSSFWorkbook workbook, ThaiStyles styles, Division division, List<PreviousRisk> previous) {
		XSSFSheet sheet = workbook.createSheet(RiskSheet.NAME);
		RiskColumn[] columns = RiskColumn.values();
		for (RiskColumn column : columns) {
			sheet.setColumnWidth(column.ordinal(), column.width() * 256);
		}
		int last = columns.length - 1;
		String mustTreat = String.join(" และ ", this.settings.bands().stream().filter(RiskBand::treatmentRequired)
			.map(RiskBand::name).toList());
		TitleRow.write(sheet, styles, 0, "แบบประเมินความเสี่ยงการทุจริต " + division.name(), last);
		TitleRow.write(sheet, styles, 1, this.plan.organizationAndYear(DIGITS), last);
		TitleRow.write(sheet, styles, 2, "กรอกหนึ่งแถวต่อหนึ่งความเสี่ยงในช่องสีเหลือง เลือกประเภท โอกาส ผลกระทบ และสถานะจากรายการ "
				+ "คะแนนและระดับความเสี่ยงคำนวณให้เอง ดูเกณฑ์ทางขวาของตาราง", last);
		TitleRow.write(sheet, styles, 3, "ความเสี่ยงระดับ" + mustTreat
				+ " ต้องกรอกมาตรการป้องกัน ผู้รับผิดชอบ และระยะเวลา หากมีความเสี่ยงมากกว่าจำนวนแถว ให้แทรกแถวภายในตาราง", last);
		int headerIndex = RiskSheet.HEADER_ROW - 1;
		Row header = sheet.createRow(headerIndex);
		for (RiskColumn column : columns) {
			header.createCell(column.ordinal()).setCellValue(column.header());
			header.getCell(column.ordinal()).setCellStyle(styles.get(Look.TABLE_HEADER));
		}
		header.setHeightInPoints(RowHeights.points(3));
		int first = headerIndex + 1;
		int lastRow = headerIndex + RiskSheet.INPUT_ROWS;
		writeLists(workbook);
		for (int r = first; r <= lastRow; r++) {
			Row row = sheet.createRow(r);
			inputRow(row, styles);
			if (r - first < previous.size()) {
				fill(row, previous.get(r - first));
			}
		}
		dropdown(sheet, RiskColumn.CATEGORY, CATEGORIES_NAME, first, lastRow, "ประเภทความเสี่ยง");
		dropdown(sheet, RiskColumn.LIKELIHOOD, LIKELIHOOD_NAME, first, lastRow, "โอกาสที่จะเกิด ๑-๕");
		dropdown(sheet, RiskColumn.IMPACT, IMPACT_NAME, first, lastRow, "ผลกระทบ ๑-๕");
		dropdown(sheet, RiskColumn.STATUS, STATUSES_NAME, first, lastRow, "สถานะการติดตาม");
		colourByBand(sheet, first, lastRow);
		RiskLegend.write(sheet, styles, this.settings, LEGEND, headerIndex);
		sheet.createFreezePane(0, RiskSheet.HEADER_ROW);
		sheet.setRepeatingRows(new CellRangeAddress(headerIndex, headerIndex, -1, -1));
		PrintLayout.a4Landscape(sheet);
		sheet.protectSheet(this.sheetPassword);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockInsertRows(false);
	}

	private void inputRow(Row row, ThaiStyles styles) {
		int excelRow = row.getRowNum() + 1;
		for (RiskColumn column : RiskColumn.values()) {
			Cell cell = row.createCell(column.ordinal());
			cell.setCellStyle(styles.get(column.input() ? Look.INPUT : Look.CELL_CENTRED));
		}
		String likelihood = level(RiskColumn.LIKELIHOOD, LIKELIHOOD_NAME, excelRow);
		String impact = level(RiskColumn.IMPACT, IMPACT_NAME, excelRow);
		row.getCell(RiskColumn.SCORE.ordinal()).setCellFormula("IFERROR(" + likelihood + "*" + impact + ",\"\")");
		String score = ref(RiskColumn.SCORE, excelRow);
		row.getCell(RiskColumn.LEVEL.ordinal()).setCellFormula("IF(ISNUMBER(" + score + "),LOOKUP(" + score + ","
				+ BAND_FROM_NAME + "," + BAND_NAMES_NAME + "),\"\")");
		row.setHeightInPoints(RowHeights.points(2));
	}

	/** A row as the division wrote the risk in the round before: likelihood and impact as numbers. */
	private static void fill(Row row, PreviousRisk risk) {
		Map<RiskColumn, String> values = new EnumMap<>(RiskColumn.class);
		values.put(RiskColumn.CATEGORY, risk.category());
		values.put(RiskColumn.PROCESS, risk.process());
		values.put(RiskColumn.EVENT, risk.event());
		values.put(RiskColumn.FACTORS, risk.factors());
		values.put(RiskColumn.CONTROLS, risk.controls());
		values.put(RiskColumn.MEASURE, risk.measure());
		values.put(RiskColumn.OWNER, risk.owner());
		values.put(RiskColumn.TIMELINE, risk.timeline());
		values.put(RiskColumn.STATUS, risk.status());
		values.forEach((column, value) -> {
			if (!value.isEmpty()) {
				row.getCell(column.ordinal()).setCellValue(value);
			}
		});
		for (RiskColumn column : List.of(RiskColumn.LIKELIHOOD, RiskColumn.IMPACT)) {
			String value = (column == RiskColumn.LIKELIHOOD) ? risk.likelihood() : risk.impact();
			if (value.matches("[1-5](\\.0)?")) {
				row.getCell(column.ordinal()).setCellValue(Double.parseDouble(value));
			}
			else if (!value.isEmpty()) {
				row.getCell(column.ordinal()).setCellValue(value);
			}
		}
		int lines = 2;
		for (RiskColumn column : RiskColumn.values()) {
			lines = Math.max(lines, RowHeights.lines(values.getOrDefault(column, ""), column.width()));
		}
		row.setHeightInPoints(RowHeights.points(lines));
	}

	/** The level picked in a cell: its place in the dropdown list, or a number 1–5 typed in. */
	private static String level(RiskColumn column, String list, int excelRow) {
		String cell = ref(column, excelRow);
		return "IFERROR(MATCH(" + cell + "," + list + ",0),IF(AND(ISNUMBER(" + cell + ")," + cell + ">=1," + cell
				+ "<=5)," + cell + ",\"\"))";
	}

	private static String ref(RiskColumn column, int excelRow) {
		return RawCell.reference(excelRow, column.ordinal());
	}

	/** The very hidden sheet of the dropdowns' lists and the bands the level formula looks up. */
	private void writeLists(XSSFWorkbook workbook) {
		XSSFSheet lists = workbook.createSheet(RiskSheet.LISTS_SHEET);
		column(workbook, lists, 0, CATEGORIES_NAME, this.settings.categories(), Function.identity());
		column(workbook, lists, 1, LIKELIHOOD_NAME, this.settings.likelihood(), RiskSettings::choice);
		column(workbook, lists, 2, IMPACT_NAME, this.settings.impact(), RiskSettings::choice);
		List<RiskBand> bands = this.settings.bands();
		for (int i = 0; i < bands.size(); i++) {
			row(lists, i).createCell(3).setCellValue(bands.get(i).from());
		}
		name(workbook, BAND_FROM_NAME, 3, bands.size());
		column(workbook, lists, 4, BAND_NAMES_NAME, bands, RiskBand::name);
		column(workbook, lists, 5, STATUSES_NAME, this.settings.statuses(), FollowUpStatus::name);
		lists.protectSheet(this.sheetPassword);
		workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
	}

	private static <T> void column(XSSFWorkbook workbook, XSSFSheet sheet, int column, String name, List<T> values,
			Function<T, String> text) {
		for (int i = 0; i < values.size(); i++) {
			row(sheet, i).createCell(column).setCellValue(text.apply(values.get(i)));
		}
		name(workbook, name, column, values.size());
	}

	private static Row row(XSSFSheet sheet, int index) {
		return (sheet.getRow(index) != null) ? sheet.getRow(index) : sheet.createRow(index);
	}

	private static void name(XSSFWorkbook workbook, String name, int column, int size) {
		Name range = workbook.createName();
		range.setNameName(name);
		String letter = RawCell.columnName(column);
		range.setRefersToFormula("'" + RiskSheet.LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + Math.max(size, 1));
	}

	private static void dropdown(XSSFSheet sheet, RiskColumn column, String list, int first, int last, String what) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(list),
				new CellRangeAddressList(first, last, column.ordinal(), column.ordinal()));
		// A warning, not a stop: a level typed by hand ("3", "๓") is still read by the merge.
		validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
		validation.setShowErrorBox(true);
		validation.createErrorBox("ไม่อยู่ในรายการ", "ควรเลือก" + what + "จากรายการ");
		validation.setShowPromptBox(true);
		validation.createPromptBox(what, "เลือกจากรายการ");
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

	/** Score and level cells take their band's colour, the status cell its traffic light. */
	private void colourByBand(XSSFSheet sheet, int first, int last) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		String score = "$" + ref(RiskColumn.SCORE, first + 1);
		CellRangeAddress[] scoreAndLevel = { new CellRangeAddress(first, last, RiskColumn.SCORE.ordinal(),
				RiskColumn.LEVEL.ordinal()) };
		for (RiskBand band : this.settings.bands()) {
			ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
					"AND(ISNUMBER(" + score + ")," + score + ">=" + band.from() + "," + score + "<=" + band.to() + ")");
			fill(rule, band.colour());
			formatting.addConditionalFormatting(scoreAndLevel, rule);
		}
		String status = "$" + ref(RiskColumn.STATUS, first + 1);
		CellRangeAddress[] statuses = { new CellRangeAddress(first, last, RiskColumn.STATUS.ordinal(),
				RiskColumn.STATUS.ordinal()) };
		for (FollowUpStatus followUp : this.settings.statuses()) {
			if (!followUp.colour().isEmpty()) {
				ConditionalFormattingRule rule = formatting
					.createConditionalFormattingRule(status + "=\"" + followUp.name().replace("\"", "\"\"") + "\"");
				fill(rule, followUp.colour());
				formatting.addConditionalFormatting(statuses, rule);
			}
		}
	}

	private static void fill(ConditionalFormattingRule rule, String rgb) {
		XSSFPatternFormatting pattern = (XSSFPatternFormatting) rule.createPatternFormatting();
		pattern.setFillBackgroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
		pattern.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
	}

}
