package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.samples.SeedData;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.TextMeasure;

/**
 * Every row of the printed report sheets holds its text as the report font lays it out, and no row
 * is taller than Excel allows, on a merge where five divisions share measures and write long,
 * differing results: the printout shows all of every text. Measuring needs the report font (TH
 * Sarabun New, or Laksaman from Debian's fonts-thai-tlwg); without it the test says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintedReportHeightsTests {

	private static final String LONG = "ดำเนินการจัดประชุมชี้แจงบุคลากรทุกระดับ เผยแพร่ประกาศผ่านเว็บไซต์ของหน่วยงาน "
			+ "และติดตามผลการปฏิบัติงานทุกเดือน โดยรายงานผลต่อผู้บริหารเป็นลายลักษณ์อักษร ";

	@TempDir
	private static Path work;

	private Path workbook;

	@BeforeAll
	void mergeFiveDivisionsWithLongResults() throws Exception {
		assumeTrue(TextMeasure.reportFont().isPresent(),
				"TH Sarabun New or Laksaman is not installed (Debian: apt-get install fonts-thai-tlwg): row heights cannot be measured");
		Path input = Fixtures.copySamples(work.resolve("input"));
		int n = 0;
		for (String file : List.of("ita-2566-รอบ1-สำนักปลัด.xlsx", "ita-2566-รอบ1-กองคลัง.xlsx", "ita-2566-รอบ1-กองช่าง.xlsx",
				"ita-2566-รอบ1-กองการศึกษา ศาสนาและวัฒนธรรม.xlsx", "ita-2566-รอบ1-หน่วยตรวจสอบภายใน.xlsx")) {
			n++;
			for (String measure : List.of("IIT-5.2", "EIT-7.3", "OIT-10.1")) {
				WorkbookEdits.setMeasureCell(input.resolve(file), measure, MeasureColumn.RESULT, LONG.repeat(n + 2));
			}
		}
		Path output = work.resolve("output");
		assertThat(ItaMergeCommand.execute("merge", "--input", input.toString(), "--output", output.toString()))
			.isIn(0, 2);
		this.workbook = output.resolve("ita-2566-round1.xlsx");
	}

	@Test
	void everyRowOfTheReportHoldsItsTextAndNoneIsTallerThanExcelAllows() throws Exception {
		assertRowsHoldTheirText(MeasureOutputs.reportSheetName(SeedData.plan(), Digits.THAI));
	}

	@Test
	void everyRowOfTheRiskReportHoldsItsTextAndNoneIsTallerThanExcelAllows() throws Exception {
		assertRowsHoldTheirText(RiskOutputs.REPORT_SHEET);
	}

	@Test
	void longResultsGetAWiderColumnThanUsualAndEveryHeaderLineStandsWhole() throws Exception {
		TextMeasure measure = TextMeasure.reportFont().orElseThrow();
		try (OutputWorkbook output = OutputWorkbook.open(this.workbook)) {
			Sheet sheet = output.sheet(MeasureOutputs.reportSheetName(SeedData.plan(), Digits.THAI));
			int widestState = Math.max(sheet.getColumnWidth(3), sheet.getColumnWidth(4)) / 256;
			assertThat(widestState).as("the usual width of a state column is 15").isGreaterThan(20);
			int total = 0;
			for (int column = 0; column < 7; column++) {
				total += sheet.getColumnWidth(column) / 256;
			}
			assertThat(total).as("the table still fills the page at the same scale").isEqualTo(119);
			for (String name : List.of(MeasureOutputs.reportSheetName(SeedData.plan(), Digits.THAI), RiskOutputs.REPORT_SHEET)) {
				assertHeaderLinesStandWhole(output.sheet(name), measure);
			}
		}
	}

	/** Each line of a header label fits its column (or columns) on one line: no word of it breaks. */
	private static void assertHeaderLinesStandWhole(Sheet sheet, TextMeasure measure) {
		int header = sheet.getRepeatingRows().getFirstRow();
		for (int r = header; r <= header + 1; r++) {
			for (Cell cell : sheet.getRow(r)) {
				for (String line : cell.getStringCellValue().split("\n")) {
					if (!line.isEmpty()) {
						assertThat(measure.lines(line, widthOf(sheet, cell), true)).as(sheet.getSheetName() + " " + line)
							.hasSize(1);
					}
				}
			}
		}
	}

	private void assertRowsHoldTheirText(String name) throws Exception {
		TextMeasure measure = TextMeasure.reportFont().orElseThrow();
		try (OutputWorkbook output = OutputWorkbook.open(this.workbook)) {
			Sheet sheet = output.sheet(name);
			List<String> failures = new ArrayList<>();
			int rows = 0;
			for (Row row : sheet) {
				rows++;
				float height = row.getHeightInPoints();
				if (height > RowHeights.MAX_POINTS) {
					failures.add("row " + (row.getRowNum() + 1) + " is " + height + " points high");
				}
				for (Cell cell : row) {
					String text = cell.getStringCellValue();
					if (text.isEmpty()) {
						continue;
					}
					boolean bold = output.workbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
					int lines = measure.lines(text, widthOf(sheet, cell), bold).size();
					float room = heightOf(sheet, cell);
					if (room + 0.1f < RowHeights.points(lines)) {
						failures.add(cell.getAddress() + " needs " + lines + " lines but has " + room + " points");
					}
				}
			}
			assertThat(rows).isGreaterThan(20);
			assertThat(failures).isEmpty();
		}
	}

	/** The width of a cell's column, or of all the columns it is merged across, in Excel's units. */
	private static int widthOf(Sheet sheet, Cell cell) {
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			if (range.isInRange(cell)) {
				int width = 0;
				for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
					width += sheet.getColumnWidth(c) / 256;
				}
				return width;
			}
		}
		return sheet.getColumnWidth(cell.getColumnIndex()) / 256;
	}

	/** The height of a cell's row, or of all the rows it is merged down over (a header), in points. */
	private static float heightOf(Sheet sheet, Cell cell) {
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			if (range.isInRange(cell)) {
				float height = 0;
				for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
					height += sheet.getRow(r).getHeightInPoints();
				}
				return height;
			}
		}
		return cell.getRow().getHeightInPoints();
	}

}
