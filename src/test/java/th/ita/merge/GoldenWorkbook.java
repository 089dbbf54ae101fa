package th.ita.merge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written out as lines of text a person can diff: every sheet in order with its
 * visibility, merged ranges and print setup, then every non-empty cell with what it shows, its
 * formula, fill, boldness, wrap, link and comment. Two workbooks that describe alike look alike
 * to whoever opens or prints them.
 */
public final class GoldenWorkbook {

	private GoldenWorkbook() {
	}

	public static List<String> describe(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
				XSSFSheet sheet = workbook.getSheetAt(s);
				lines.add("sheet " + sheet.getSheetName() + " " + workbook.getSheetVisibility(s) + " landscape="
						+ sheet.getPrintSetup().getLandscape() + " repeat=" + sheet.getRepeatingRows());
				List<String> merged = new ArrayList<>();
				for (CellRangeAddress range : sheet.getMergedRegions()) {
					merged.add(range.formatAsString());
				}
				merged.sort(null);
				lines.add("merged " + merged);
				for (Row row : sheet) {
					if (isTimeOfTheRun(sheet, row)) {
						lines.add(row.getCell(0).getStringCellValue() + " <the time of the run>");
						continue;
					}
					for (Cell cell : row) {
						String line = cell((XSSFCell) cell, formatter);
						if (line != null) {
							lines.add(line);
						}
					}
				}
			}
		}
		return lines;
	}

	/** The identity sheet's row saying when the workbook was made, which differs from run to run. */
	private static boolean isTimeOfTheRun(XSSFSheet sheet, Row row) {
		return sheet.getSheetName().equals(th.ita.merge.division.DivisionWorkbook.CONSOLIDATED_SHEET)
				&& row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("made_at");
	}

	private static String cell(XSSFCell cell, DataFormatter formatter) {
		String shown = formatter.formatCellValue(cell);
		XSSFCellStyle style = cell.getCellStyle();
		XSSFColor fill = style.getFillForegroundColorColor();
		String rgb = (fill != null && fill.getARGBHex() != null) ? fill.getARGBHex() : "";
		if (shown.isEmpty() && rgb.isEmpty() && cell.getCellComment() == null && cell.getHyperlink() == null) {
			return null;
		}
		StringBuilder line = new StringBuilder(cell.getReference()).append(' ').append(cell.getCellType());
		if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
			line.append(" =").append(cell.getCellFormula());
		}
		line.append(" [").append(shown).append(']');
		line.append(" fill=").append(rgb);
		line.append(" bold=").append(style.getFont().getBold());
		line.append(" wrap=").append(style.getWrapText());
		line.append(" locked=").append(style.getLocked());
		if (cell.getHyperlink() != null) {
			line.append(" link=").append(cell.getHyperlink().getAddress());
		}
		if (cell.getCellComment() != null) {
			line.append(" comment=").append(cell.getCellComment().getString().getString());
		}
		return line.toString();
	}

}
