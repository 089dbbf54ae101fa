package th.ita.merge.feedback;

import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import th.ita.merge.problem.Problem;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/** The first sheet of a feedback copy: every problem of the file, what is wrong and how to fix it. */
final class ProblemListSheet {

	static final String NAME = "ข้อผิดพลาด";

	static final List<String> HEADERS = List.of("ลำดับ", "ระดับ", "ชีต", "เซลล์", "ช่องข้อมูล", "ค่าที่พบ",
			"สิ่งที่ผิดและวิธีแก้ไข");

	static final int[] WIDTHS = { 7, 12, 18, 9, 22, 30, 80 };

	private ProblemListSheet() {
	}

	static void write(XSSFWorkbook workbook, List<Problem> problems) {
		Sheet sheet = workbook.createSheet(uniqueName(workbook));
		ThaiStyles styles = new ThaiStyles(workbook);
		for (int i = 0; i < WIDTHS.length; i++) {
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		Row header = sheet.createRow(0);
		for (int i = 0; i < HEADERS.size(); i++) {
			Cell cell = header.createCell(i);
			text(cell, HEADERS.get(i));
			cell.setCellStyle(styles.get(Look.TABLE_HEADER));
		}
		int index = 1;
		for (Problem problem : problems) {
			Row row = sheet.createRow(index);
			List<String> values = values(index, problem);
			int lines = 1;
			for (int i = 0; i < values.size(); i++) {
				Cell cell = row.createCell(i);
				text(cell, SheetWriter.fit(values.get(i)));
				cell.setCellStyle(styles.get(Look.CELL));
				lines = Math.max(lines, RowHeights.lines(values.get(i), WIDTHS[i]));
			}
			row.setHeightInPoints(RowHeights.points(lines));
			if (!problem.cell().isEmpty() && workbook.getSheet(problem.sheet()) != null) {
				Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
				link.setAddress(address(problem));
				row.getCell(3).setHyperlink(link);
				row.getCell(3).setCellStyle(styles.get(Look.LINK));
			}
			index++;
		}
		sheet.createFreezePane(0, 1);
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		PrintLayout.a4Landscape(sheet);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(index - 1, 1), 0, HEADERS.size() - 1));
		workbook.setSheetOrder(sheet.getSheetName(), 0);
		for (Sheet other : workbook) {
			other.setSelected(false);
		}
		workbook.setActiveSheet(0);
		workbook.setFirstVisibleTab(0);
		sheet.setSelected(true);
	}

	/** What the list says of a problem, column by column. */
	static List<String> values(int index, Problem problem) {
		return List.of(Integer.toString(index), problem.severity().thai(), problem.sheet(), problem.cell(),
				problem.field(), problem.value(), problem.message());
	}

	/** Where a problem's link leads: its cell, as {@code 'sheet'!H12}. */
	static String address(Problem problem) {
		return "'" + problem.sheet().replace("'", "''") + "'!" + problem.cell();
	}

	/**
	 * Writes a text into the cell itself (an inline string) rather than into the workbook's shared
	 * strings, so the division's own shared strings are copied into the feedback copy untouched.
	 */
	private static void text(Cell cell, String text) {
		CTCell xml = ((XSSFCell) cell).getCTCell();
		xml.setT(STCellType.INLINE_STR);
		xml.setIs(new XSSFRichTextString(text).getCTRst());
	}

	/** "ข้อผิดพลาด", or with a number when the division already has a sheet of that name. */
	private static String uniqueName(XSSFWorkbook workbook) {
		String name = NAME;
		for (int i = 2; workbook.getSheet(name) != null; i++) {
			name = NAME + " " + i;
		}
		return name;
	}

}
