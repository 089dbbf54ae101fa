package th.ita.merge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook the tool wrote, read back the way a person looks at it: sheet by sheet, row by row,
 * the text each cell shows.
 */
public final class OutputWorkbook implements AutoCloseable {

	private final XSSFWorkbook workbook;

	private final DataFormatter formatter = new DataFormatter();

	private OutputWorkbook(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	public static OutputWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new OutputWorkbook(new XSSFWorkbook(in));
		}
	}

	public XSSFWorkbook workbook() {
		return this.workbook;
	}

	public Sheet sheet(String name) {
		Sheet sheet = this.workbook.getSheet(name);
		if (sheet == null) {
			throw new AssertionError("No sheet '" + name + "'");
		}
		return sheet;
	}

	/** The text of every row of a sheet, {@code columns} cells each ("" for empty cells). */
	public List<List<String>> rows(String sheet, int columns) {
		List<List<String>> rows = new ArrayList<>();
		Sheet s = sheet(sheet);
		for (int r = 0; r <= s.getLastRowNum(); r++) {
			rows.add(row(s.getRow(r), columns));
		}
		return rows;
	}

	private List<String> row(Row row, int columns) {
		List<String> values = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			Cell cell = (row != null) ? row.getCell(c) : null;
			values.add((cell != null) ? this.formatter.formatCellValue(cell) : "");
		}
		return values;
	}

	/**
	 * The entries of a printed sheet: a long entry runs over rows with no border between its
	 * parts, and is read back whole, each cell's parts put end to end.
	 */
	public List<List<String>> entries(String sheet, int columns) {
		List<List<String>> entries = new ArrayList<>();
		Sheet s = sheet(sheet);
		for (int r = 0; r <= s.getLastRowNum(); r++) {
			List<String> values = row(s.getRow(r), columns);
			if (!entries.isEmpty() && continues(s.getRow(r))) {
				List<String> entry = entries.get(entries.size() - 1);
				for (int c = 0; c < columns; c++) {
					entry.set(c, entry.get(c) + values.get(c));
				}
			}
			else {
				entries.add(new ArrayList<>(values));
			}
		}
		return entries;
	}

	/** A part of a bordered entry after its first: no border on top, a border at the side. */
	private static boolean continues(Row row) {
		if (row == null || row.getFirstCellNum() < 0) {
			return false;
		}
		CellStyle style = row.getCell(row.getFirstCellNum()).getCellStyle();
		return style.getBorderTop() == BorderStyle.NONE && style.getBorderLeft() != BorderStyle.NONE;
	}

	/** The index of the first row at or after {@code from} whose cell {@code column} equals {@code text}. */
	public static Optional<Integer> find(List<List<String>> rows, int from, int column, String text) {
		for (int r = Math.max(from, 0); r < rows.size(); r++) {
			if (rows.get(r).get(column).equals(text)) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

}
