package th.ita.merge.division.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.division.DivisionSheet;
import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.io.AtomicFiles;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.Signatory;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.RawCell;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * Writes the template workbook of one division (แบบรายงาน): the instructions sheet in front, then
 * each feature's sheet, then a very hidden sheet that identifies the template for the merge and
 * holds the lists some dropdowns draw from. The division only picks from dropdowns and types in
 * the yellow cells; all else is locked.
 */
public final class TemplateWriter {

	private static final Digits DIGITS = Digits.THAI;

	/**
	 * Width of the instructions column, in characters: one A4 landscape line at full size (LibreOffice
	 * does not shrink this sheet to the page, so a wider column was cut at the right margin).
	 */
	private static final int INSTRUCTIONS_WIDTH = 85;

	/** The first column of the identity sheet that holds dropdown lists, right of the identity. */
	private static final int FIRST_LIST_COLUMN = 3;

	private final Plan plan;

	private final List<DivisionSheet<?>> sheets;

	private final String sheetPassword;

	public TemplateWriter(Plan plan, List<DivisionSheet<?>> sheets, String sheetPassword) {
		this.plan = plan;
		this.sheets = List.copyOf(sheets);
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
			for (DivisionSheet<?> sheet : this.sheets) {
				sheet.writeTemplate(workbook, styles, division, this.sheetPassword);
			}
			writeIdentity(workbook, TemplateIdentity.of(this.plan, division));
			workbook.setActiveSheet(1);
			workbook.setSelectedTab(1);
			AtomicFiles.write(target, workbook::write);
		}
	}

	private void writeInstructions(XSSFWorkbook workbook, ThaiStyles styles, Division division) {
		XSSFSheet sheet = workbook.createSheet(DivisionWorkbook.INSTRUCTIONS_SHEET);
		sheet.setColumnWidth(0, INSTRUCTIONS_WIDTH * 256);
		List<String> steps = new ArrayList<>();
		this.sheets.forEach((feature) -> steps.addAll(feature.instructions(division)));
		steps.add("กรอกได้เฉพาะช่องสีเหลือง ช่องอื่นล็อกไว้ ห้ามลบหรือย้ายแถวของมาตรการ และห้ามลบหรือเปลี่ยนชื่อชีต");
		steps.add("บันทึกเป็นไฟล์ Excel (.xlsx) จะเปลี่ยนชื่อไฟล์ก็ได้ แล้วส่งกลับให้ผู้จัดทำรายงานภายในกำหนด");
		steps.add("ก่อนส่ง ตรวจไฟล์ได้ด้วยคำสั่ง validate ซึ่งบอกช่องที่ต้องแก้ไข (ขอให้ผู้จัดทำรายงานช่วยตรวจได้)");
		List<String> lines = new ArrayList<>(List.of("แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
				this.plan.organization().fullTitle(),
				this.plan.period().fiscalYearTitle(DIGITS) + " " + this.plan.period().roundTitle(DIGITS),
				"สำหรับ " + division.name(), "", "วิธีกรอก"));
		for (int i = 0; i < steps.size(); i++) {
			lines.add(DIGITS.format(i + 1) + ". " + steps.get(i));
		}
		lines.add("");
		Signatory preparer = this.plan.signOff().preparer();
		lines.add("ผู้จัดทำรายงาน: " + preparer.name() + " " + preparer.position());
		for (int i = 0; i < lines.size(); i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(lines.get(i));
			row.getCell(0).setCellStyle(styles.get((i == 0 || i == 5) ? Look.HEADING : Look.PARAGRAPH));
			row.setHeightInPoints(RowHeights.points(RowHeights.lines(lines.get(i), INSTRUCTIONS_WIDTH)));
		}
		PrintLayout.a4Landscape(sheet);
		sheet.protectSheet(this.sheetPassword);
	}

	/** The identity in columns A and B, and the features' lists from column D on, each a named range. */
	private void writeIdentity(XSSFWorkbook workbook, TemplateIdentity identity) {
		XSSFSheet sheet = workbook.createSheet(DivisionWorkbook.IDENTITY_SHEET);
		int index = 0;
		for (Map.Entry<String, String> entry : identity.entries().entrySet()) {
			Row row = sheet.createRow(index++);
			row.createCell(0).setCellValue(entry.getKey());
			row.createCell(1).setCellValue(entry.getValue());
		}
		int column = FIRST_LIST_COLUMN;
		for (DivisionSheet<?> feature : this.sheets) {
			for (Map.Entry<String, List<String>> list : feature.identityLists().entrySet()) {
				writeList(workbook, sheet, column++, list.getKey(), list.getValue());
			}
		}
		sheet.protectSheet(this.sheetPassword);
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	private static void writeList(XSSFWorkbook workbook, XSSFSheet sheet, int column, String name, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Row row = (sheet.getRow(i) != null) ? sheet.getRow(i) : sheet.createRow(i);
			row.createCell(column).setCellValue(values.get(i));
		}
		Name range = workbook.createName();
		range.setNameName(name);
		String letter = RawCell.columnName(column);
		range.setRefersToFormula("'" + DivisionWorkbook.IDENTITY_SHEET + "'!$" + letter + "$1:$" + letter + "$"
				+ Math.max(values.size(), 1));
	}

}
