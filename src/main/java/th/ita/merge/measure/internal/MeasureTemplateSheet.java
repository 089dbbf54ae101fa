package th.ita.merge.measure.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.measure.PreviousAnswers;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;
import th.ita.merge.xlsx.TitleRow;

/**
 * The measures sheet of a division template (ผลการดำเนินการ): one row per measure the division
 * reports on, the plan's texts locked on the left, the state picked from a dropdown and the result,
 * remark and evidence link typed in yellow cells on the right.
 */
public final class MeasureTemplateSheet {

	private static final Digits DIGITS = Digits.THAI;

	private final Plan plan;

	private final PreviousAnswers previous;

	public MeasureTemplateSheet(Plan plan, PreviousAnswers previous) {
		this.plan = plan;
		this.previous = previous;
	}

	/** What the yellow cells of a template that starts from an earlier round hold, and what to do. */
	public static String startedFrom(PreviousAnswers previous) {
		return "ช่องสีเหลืองกรอกไว้ให้แล้วตามที่รายงานใน" + previous.roundTitle()
				+ " ให้ตรวจทานและแก้ไขสถานะ ผลการดำเนินการ หมายเหตุ และลิงก์หลักฐานให้เป็นผลล่าสุด (แก้ไขได้ทุกช่อง)"
				+ " มาตรการที่เพิ่มในรอบนี้ยังว่างอยู่";
	}

	public void write(XSSFWorkbook workbook, ThaiStyles styles, Division division, String sheetPassword) {
		XSSFSheet sheet = workbook.createSheet(MeasureSheet.NAME);
		MeasureColumn[] columns = MeasureColumn.values();
		for (MeasureColumn column : columns) {
			sheet.setColumnWidth(column.ordinal(), column.width() * 256);
		}
		int last = columns.length - 1;
		TitleRow.write(sheet, styles, 0, "แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส " + division.name(),
				last);
		TitleRow.write(sheet, styles, 1, this.plan.organizationAndYear(DIGITS), last);
		TitleRow.write(sheet, styles, 2, this.plan.period().roundTitle(DIGITS), last);
		TitleRow.write(sheet, styles, 3, this.previous.isEmpty()
				? "กรอกเฉพาะช่องสีเหลือง: เลือกสถานะจากรายการ แล้วพิมพ์ผลการดำเนินการ หมายเหตุ และลิงก์หลักฐาน (ถ้ามี)"
				: startedFrom(this.previous), last);
		int headerIndex = MeasureSheet.HEADER_ROW - 1;
		Row header = sheet.createRow(headerIndex);
		for (MeasureColumn column : columns) {
			header.createCell(column.ordinal()).setCellValue(column.header());
			header.getCell(column.ordinal()).setCellStyle(styles.get(Look.TABLE_HEADER));
		}
		header.setHeightInPoints(RowHeights.points(2));
		List<Measure> measures = this.plan.measuresOf(division);
		int rowIndex = headerIndex + 1;
		for (Measure measure : measures) {
			writeMeasure(sheet.createRow(rowIndex++), styles, measure, division);
		}
		if (!measures.isEmpty()) {
			addStateDropdown(sheet, headerIndex + 1, rowIndex - 1);
		}
		sheet.createFreezePane(1, MeasureSheet.HEADER_ROW);
		sheet.setRepeatingRows(new CellRangeAddress(headerIndex, headerIndex, -1, -1));
		PrintLayout.a4Landscape(sheet);
		sheet.protectSheet(sheetPassword);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
	}

	private void writeMeasure(Row row, ThaiStyles styles, Measure measure, Division division) {
		String indicator = DIGITS.format(measure.indicator()) + " "
				+ this.plan.indicator(measure.indicator()).map(Indicator::name).orElse("");
		Map<MeasureColumn, String> values = new EnumMap<>(Map.of(MeasureColumn.ID, measure.id(), MeasureColumn.TOOL,
				measure.tool().name(), MeasureColumn.INDICATOR, indicator, MeasureColumn.WEAKNESS, measure.weakness(),
				MeasureColumn.GUIDELINE, measure.guideline(), MeasureColumn.RESPONSIBLE, measure.responsible()));
		this.previous.of(measure.id(), division.name()).ifPresent((before) -> {
			values.put(MeasureColumn.STATE, before.state().thai());
			values.put(MeasureColumn.RESULT, before.result());
			values.put(MeasureColumn.REMARK, before.remark());
			values.put(MeasureColumn.EVIDENCE, before.evidenceLink());
		});
		int lines = 1;
		for (MeasureColumn column : MeasureColumn.values()) {
			String value = values.getOrDefault(column, "");
			row.createCell(column.ordinal()).setCellValue(value);
			row.getCell(column.ordinal()).setCellStyle(styles.get(column.editable() ? Look.INPUT : Look.CELL));
			lines = Math.max(lines, RowHeights.lines(value, column.width()));
		}
		row.setHeightInPoints(RowHeights.points(Math.max(lines, 3)));
	}

	private static void addStateDropdown(XSSFSheet sheet, int firstRow, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		int column = MeasureColumn.STATE.ordinal();
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(MeasureSheet.STATES_NAME),
				new CellRangeAddressList(firstRow, lastRow, column, column));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox("สถานะไม่ถูกต้อง", "ให้เลือกสถานะจากรายการเท่านั้น");
		validation.setShowPromptBox(true);
		validation.createPromptBox("สถานะ", "เลือกจากรายการ");
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

}
