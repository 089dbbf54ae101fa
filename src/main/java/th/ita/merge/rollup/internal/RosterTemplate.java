package th.ita.merge.rollup.internal;

import static th.ita.merge.rollup.internal.RosterLayout.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.io.AtomicFiles;
import th.ita.merge.plan.Organization;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * A new roster for a provincial officer to fill in: how to fill it, the roster sheet with its
 * header and a few example organizations, and the settings sheet with example values, every cell
 * to fill in yellow. The examples are valid as they stand, so the roll-up can be tried at once;
 * the officer writes over them.
 */
public final class RosterTemplate {

	/** The rows the type list and the text format of the code are laid over, header included. */
	private static final int ROWS = 2000;

	private static final List<List<String>> EXAMPLES = List.of(
			List.of("5300101", "องค์การบริหารส่วนจังหวัดนครราชสีมา", "อบจ.", "เมืองนครราชสีมา"),
			List.of("5300201", "เทศบาลนครนครราชสีมา", "เทศบาล", "เมืองนครราชสีมา"),
			List.of("5301501", "องค์การบริหารส่วนตำบลขามสะแกแสง", "อบต.", "ขามสะแกแสง"),
			List.of("5301502", "เทศบาลตำบลขามสะแกแสง", "", "ขามสะแกแสง"));

	private static final List<List<String>> SETTINGS_EXAMPLE = List.of(List.of(PROVINCE, "นครราชสีมา"),
			List.of(PREPARER_NAME, "นางสาวตัวอย่าง ใจดี"), List.of(PREPARER_POSITION, "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
			List.of(REVIEWER_NAME, ""), List.of(REVIEWER_POSITION, ""), List.of(APPROVER_NAME, "นายตัวอย่าง รักษ์ถิ่น"),
			List.of(APPROVER_POSITION, "ท้องถิ่นจังหวัดนครราชสีมา"), List.of(REPORT_DATE, ""));

	private RosterTemplate() {
	}

	public static void write(Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			ThaiStyles styles = new ThaiStyles(workbook);
			RosterInstructions.write(workbook.createSheet(INSTRUCTIONS_SHEET), styles);
			roster(workbook, styles);
			settings(workbook.createSheet(SETTINGS_SHEET), styles);
			workbook.setActiveSheet(0);
			AtomicFiles.write(target, workbook::write);
		}
	}

	/** The roster sheet: codes stored as text, so leading zeros stay; the type chosen from a list. */
	private static void roster(XSSFWorkbook workbook, ThaiStyles styles) {
		Sheet sheet = workbook.createSheet(ROSTER_SHEET);
		SheetWriter out = new SheetWriter(sheet, styles, 14, 44, 18, 24);
		out.span("ช่องสีเหลืองเป็นตัวอย่าง ให้เขียนทับด้วย อปท. ของจังหวัด หนึ่งแห่งต่อหนึ่งแถว แล้วลบแถวที่ไม่ใช้ (ดูชีต "
				+ INSTRUCTIONS_SHEET + ")", Look.PARAGRAPH, 0, 3);
		out.header(HEADERS);
		sheet.createFreezePane(0, 2);
		CellStyle code = workbook.createCellStyle();
		code.cloneStyleFrom(styles.get(Look.INPUT));
		code.setDataFormat(workbook.createDataFormat().getFormat("@"));
		for (List<String> example : EXAMPLES) {
			Row row = out.cells(example, Look.INPUT);
			row.getCell(0).setCellStyle(code);
		}
		sheet.setDefaultColumnStyle(0, code);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation types = helper.createValidation(
				helper.createExplicitListConstraint(Organization.TYPES.toArray(String[]::new)),
				new CellRangeAddressList(2, ROWS, 2, 2));
		types.setShowErrorBox(true);
		types.setEmptyCellAllowed(true);
		sheet.addValidationData(types);
		PrintLayout.register(sheet);
		sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
	}

	/** The settings sheet: a label in column A, the value to fill in column B. */
	private static void settings(Sheet sheet, ThaiStyles styles) {
		SheetWriter out = new SheetWriter(sheet, styles, 26, 50);
		out.span("กรอกค่าในช่องสีเหลือง ช่องที่เว้นว่างได้บอกไว้ในชีต " + INSTRUCTIONS_SHEET, Look.PARAGRAPH, 0, 1);
		for (List<String> setting : SETTINGS_EXAMPLE) {
			out.cells(setting, List.of(Look.CELL_BOLD, Look.INPUT));
		}
		PrintLayout.a4Portrait(sheet);
	}

}
