package th.ita.merge.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.io.AtomicFiles;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ProgressState;
import th.ita.merge.risk.RiskLayout;
import th.ita.merge.risk.RiskTemplateSheet;
import th.ita.merge.template.TemplateLayout.MeasureColumn;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;
import th.ita.merge.xlsx.TitleRow;

/**
 * Writes the template workbook of one division (แบบรายงาน), pre-filled with the measures it
 * reports on, and with a sheet for its corruption risks. The division only picks from dropdowns
 * and types its texts in the yellow cells; all else is locked. A very hidden sheet identifies the
 * template for the merge.
 */
public final class DivisionTemplateWriter {

	private static final Digits DIGITS = Digits.THAI;

	/** Width of the instructions column, in characters: one A4 landscape line. */
	private static final int INSTRUCTIONS_WIDTH = 110;

	private final Plan plan;

	private final String sheetPassword;

	public DivisionTemplateWriter(Plan plan, String sheetPassword) {
		this.plan = plan;
		this.sheetPassword = sheetPassword;
	}

	/** The file name of a division's template, e.g. "ita-2566-รอบ1-กองคลัง.xlsx". */
	public String fileName(Division division) {
		return "ita-" + this.plan.period().fiscalYear() + "-รอบ" + this.plan.period().round() + "-"
				+ division.name().replaceAll("[\\\\/:*?\"<>|]", "-") + ".xlsx";
	}

	public void write(Division division, Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			ThaiStyles styles = new ThaiStyles(workbook);
			writeInstructions(workbook, styles, division);
			writeMeasures(workbook, styles, division);
			new RiskTemplateSheet(this.plan, this.sheetPassword).write(workbook, styles, division);
			writeIdentity(workbook, TemplateIdentity.of(this.plan, division));
			workbook.setActiveSheet(1);
			workbook.setSelectedTab(1);
			AtomicFiles.write(target, workbook::write);
		}
	}

	private void writeInstructions(XSSFWorkbook workbook, ThaiStyles styles, Division division) {
		XSSFSheet sheet = workbook.createSheet(TemplateLayout.INSTRUCTIONS_SHEET);
		sheet.setColumnWidth(0, INSTRUCTIONS_WIDTH * 256);
		String states = String.join(" / ", List.of(ProgressState.IN_PROGRESS.thai(), ProgressState.DONE.thai(),
				ProgressState.NOT_STARTED.thai()));
		List<String> lines = List.of("แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
				this.plan.organization().fullTitle(),
				this.plan.period().fiscalYearTitle(DIGITS) + " " + this.plan.period().roundTitle(DIGITS),
				"สำหรับ " + division.name(), "", "วิธีกรอก",
				"๑. ไปที่ชีต \"" + TemplateLayout.MEASURES_SHEET + "\" แต่ละแถวคือมาตรการที่" + division.name()
						+ "รับผิดชอบตามแผน",
				"๒. ช่อง \"สถานะ\" ให้เลือกจากรายการเพียงหนึ่งสถานะ: " + states,
				"๓. ช่อง \"ผลการดำเนินการ\" ให้บรรยายสิ่งที่ได้ดำเนินการ ต้องกรอกเมื่อสถานะเป็น \""
						+ ProgressState.IN_PROGRESS.thai() + "\" หรือ \"" + ProgressState.DONE.thai() + "\"",
				"๔. ช่อง \"หมายเหตุ\" และ \"ลิงก์หลักฐาน\" กรอกเมื่อมี เช่น ลิงก์หน้าเว็บไซต์ของหน่วยงานที่เผยแพร่ผลงาน",
				"๕. ชีต \"" + RiskLayout.TEMPLATE_SHEET + "\" ให้กรอกความเสี่ยงการทุจริตในงานของ" + division.name()
						+ " แถวละหนึ่งความเสี่ยง เลือกประเภท โอกาส ผลกระทบ และสถานะจากรายการ คะแนนและระดับคำนวณให้เอง"
						+ " ความเสี่ยงระดับสูงขึ้นไปต้องมีมาตรการป้องกัน ผู้รับผิดชอบ และระยะเวลา",
				"๖. กรอกได้เฉพาะช่องสีเหลือง ช่องอื่นล็อกไว้ ห้ามลบหรือย้ายแถวของมาตรการ และห้ามลบหรือเปลี่ยนชื่อชีต",
				"๗. บันทึกเป็นไฟล์ Excel (.xlsx) จะเปลี่ยนชื่อไฟล์ก็ได้ แล้วส่งกลับให้ผู้จัดทำรายงานภายในกำหนด",
				"๘. ก่อนส่ง ตรวจไฟล์ได้ด้วยคำสั่ง validate ซึ่งบอกช่องที่ต้องแก้ไข (ขอให้ผู้จัดทำรายงานช่วยตรวจได้)",
				"", "ผู้จัดทำรายงาน: " + this.plan.preparer().name() + " " + this.plan.preparer().position());
		for (int i = 0; i < lines.size(); i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(lines.get(i));
			row.getCell(0).setCellStyle(styles.get((i == 0 || i == 5) ? Look.HEADING : Look.PARAGRAPH));
			row.setHeightInPoints(RowHeights.points(RowHeights.lines(lines.get(i), INSTRUCTIONS_WIDTH)));
		}
		PrintLayout.a4Landscape(sheet);
		sheet.protectSheet(this.sheetPassword);
	}

	private void writeMeasures(XSSFWorkbook workbook, ThaiStyles styles, Division division) {
		XSSFSheet sheet = workbook.createSheet(TemplateLayout.MEASURES_SHEET);
		MeasureColumn[] columns = MeasureColumn.values();
		for (MeasureColumn column : columns) {
			sheet.setColumnWidth(column.ordinal(), column.width() * 256);
		}
		int last = columns.length - 1;
		TitleRow.write(sheet, styles, 0, "แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส " + division.name(), last);
		TitleRow.write(sheet, styles, 1, this.plan.organization().fullTitle() + " " + this.plan.period().fiscalYearTitle(DIGITS),
				last);
		TitleRow.write(sheet, styles, 2, this.plan.period().roundTitle(DIGITS), last);
		TitleRow.write(sheet, styles, 3, "กรอกเฉพาะช่องสีเหลือง: เลือกสถานะจากรายการ แล้วพิมพ์ผลการดำเนินการ หมายเหตุ และลิงก์หลักฐาน (ถ้ามี)",
				last);
		int headerIndex = TemplateLayout.HEADER_ROW - 1;
		Row header = sheet.createRow(headerIndex);
		for (MeasureColumn column : columns) {
			header.createCell(column.ordinal()).setCellValue(column.header());
			header.getCell(column.ordinal()).setCellStyle(styles.get(Look.TABLE_HEADER));
		}
		header.setHeightInPoints(RowHeights.points(2));
		List<Measure> measures = this.plan.measuresOf(division);
		int rowIndex = headerIndex + 1;
		for (Measure measure : measures) {
			writeMeasure(sheet.createRow(rowIndex++), styles, measure);
		}
		if (!measures.isEmpty()) {
			addStateDropdown(workbook, sheet, headerIndex + 1, rowIndex - 1);
		}
		sheet.createFreezePane(1, TemplateLayout.HEADER_ROW);
		sheet.setRepeatingRows(new CellRangeAddress(headerIndex, headerIndex, -1, -1));
		PrintLayout.a4Landscape(sheet);
		sheet.protectSheet(this.sheetPassword);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
	}

	private void writeMeasure(Row row, ThaiStyles styles, Measure measure) {
		String indicator = DIGITS.format(measure.indicator()) + " "
				+ this.plan.indicator(measure.indicator()).map(Indicator::name).orElse("");
		Map<MeasureColumn, String> values = Map.of(MeasureColumn.ID, measure.id(), MeasureColumn.TOOL,
				measure.tool().name(), MeasureColumn.INDICATOR, indicator, MeasureColumn.WEAKNESS, measure.weakness(),
				MeasureColumn.GUIDELINE, measure.guideline(), MeasureColumn.RESPONSIBLE, measure.responsible());
		int lines = 1;
		for (MeasureColumn column : MeasureColumn.values()) {
			String value = values.getOrDefault(column, "");
			row.createCell(column.ordinal()).setCellValue(value);
			row.getCell(column.ordinal()).setCellStyle(styles.get(column.editable() ? Look.INPUT : Look.CELL));
			lines = Math.max(lines, RowHeights.lines(value, column.width()));
		}
		row.setHeightInPoints(RowHeights.points(Math.max(lines, 3)));
	}

	private void addStateDropdown(XSSFWorkbook workbook, XSSFSheet sheet, int firstRow, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createFormulaListConstraint(TemplateLayout.STATES_NAME);
		int column = MeasureColumn.STATE.ordinal();
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(firstRow, lastRow, column, column));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox("สถานะไม่ถูกต้อง", "ให้เลือกสถานะจากรายการเท่านั้น");
		validation.setShowPromptBox(true);
		validation.createPromptBox("สถานะ", "เลือกจากรายการ");
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

	private void writeIdentity(XSSFWorkbook workbook, TemplateIdentity identity) {
		XSSFSheet sheet = workbook.createSheet(TemplateLayout.IDENTITY_SHEET);
		int index = 0;
		for (Map.Entry<String, String> entry : identity.entries().entrySet()) {
			Row row = sheet.createRow(index++);
			row.createCell(0).setCellValue(entry.getKey());
			row.createCell(1).setCellValue(entry.getValue());
		}
		ProgressState[] states = ProgressState.values();
		for (int i = 0; i < states.length; i++) {
			Row row = (sheet.getRow(i) != null) ? sheet.getRow(i) : sheet.createRow(i);
			row.createCell(3).setCellValue(states[i].thai());
		}
		Name name = workbook.createName();
		name.setNameName(TemplateLayout.STATES_NAME);
		name.setRefersToFormula("'" + TemplateLayout.IDENTITY_SHEET + "'!$D$1:$D$" + states.length);
		sheet.protectSheet(this.sheetPassword);
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

}
