package th.ita.merge.division;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.plan.Division;
import th.ita.merge.problem.Location;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.XlsxFile;

/**
 * What a feature adds to the division workbook: its sheet of the template, the lines that explain
 * it on the instructions sheet, and the check of its rows in a returned file. The measures and the
 * risks are such features; the template and the returned file know them only through this.
 *
 * @param <R> a row of the sheet as accepted from a returned file
 */
public interface DivisionSheet<R> {

	/** The lines of the instructions sheet that explain this sheet, without their numbers. */
	List<String> instructions(Division division);

	/** Adds this feature's sheet (and any sheet of its own lists) to a template being written. */
	void writeTemplate(XSSFWorkbook workbook, ThaiStyles styles, Division division, String sheetPassword);

	/**
	 * Lists the template's dropdowns draw from that are kept on its very hidden identity sheet, by
	 * the name of their range.
	 */
	default Map<String, List<String>> identityLists() {
		return Map.of();
	}

	/** Streams this feature's sheet of a returned file and checks it row by row. */
	SheetResult<R> read(XlsxFile workbook, Location file, Division division) throws IOException;

}
