package th.ita.merge.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import th.ita.merge.xlsx.ThaiStyles.Look;

/** A bold title line across the top of a template sheet, merged over its columns. */
public final class TitleRow {

	private TitleRow() {
	}

	public static void write(Sheet sheet, ThaiStyles styles, int rowIndex, String text, int lastColumn) {
		Row row = sheet.createRow(rowIndex);
		row.createCell(0).setCellValue(text);
		row.getCell(0).setCellStyle(styles.get(Look.HEADING));
		row.setHeightInPoints(RowHeights.points(1));
		sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
	}

}
