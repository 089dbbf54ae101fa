package th.ita.merge.rollup.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.ColumnShares;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The printable provincial summary (รายงานสรุปจังหวัด) as a sheet of the provincial workbook: the
 * title naming the province, fiscal year and round; a paragraph of the whole province; one table
 * whose two header rows repeat on every printed page, in it per district its heading, its
 * organizations (one not yet sent shows ยังไม่ส่ง) and its subtotal, then the province's total;
 * and the sign-off block kept with the total. The rows are written top down only, as an
 * {@code SXSSFWorkbook} streams them.
 */
public final class SummaryReportSheet {

	public static final String SHEET = "รายงานสรุปจังหวัด";

	/** The width of the table, in characters of the default font: it fills an A4 landscape page. */
	private static final int TOTAL_WIDTH = 125;

	private static final int LAST = SummaryOutline.HEADER_TOP.size() - 1;

	/** A subtotal's shade, and the province total's darker one. */
	static final String SUBTOTAL_FILL = "F2F2F2";

	static final String TOTAL_FILL = "D9D9D9";

	/** The name on the left, the figures centred. */
	private static final List<Look> LOOKS = IntStream.rangeClosed(0, LAST)
		.mapToObj((column) -> (column == 1) ? Look.CELL : Look.CELL_CENTRED)
		.toList();

	private static final List<Look> TOTAL_LOOKS = IntStream.rangeClosed(0, LAST)
		.mapToObj((column) -> (column == 1) ? Look.CELL_BOLD : Look.CELL_CENTRED)
		.toList();

	private SummaryReportSheet() {
	}

	public static void write(Workbook workbook, ThaiStyles styles, ProvinceSummary summary, Digits digits) {
		int[] widths = SummaryOutline.widths(ColumnShares.Page.sheet(TOTAL_WIDTH), summary, digits);
		SheetWriter out = new SheetWriter(workbook.createSheet(SHEET), styles, widths).printed();
		out.title(LAST, SummaryOutline.title(summary, digits).toArray(String[]::new));
		out.skip();
		out.span("\u2003\u2003" + SummaryOutline.overview(summary, digits), Look.PARAGRAPH, 0, LAST);
		out.skip();
		int headerRow = out.tableHeader(SummaryOutline.HEADER_TOP, SummaryOutline.HEADER_BOTTOM);
		int lastDistrict = 0;
		for (Map.Entry<String, List<OrganizationProgress>> district : summary.byDistrict().entrySet()) {
			List<OrganizationProgress> organizations = district.getValue();
			out.span(SummaryOutline.districtHeading(district.getKey(), organizations.size(), digits), Look.CELL_BOLD, 0,
					LAST);
			out.keepWithNext();
			lastDistrict = out.nextRow() - 1;
			int number = 0;
			for (OrganizationProgress organization : organizations) {
				out.cells(SummaryOutline.row(++number, organization, digits), LOOKS);
			}
			total(out, SummaryOutline.total(SummaryOutline.districtTotal(district.getKey()), organizations, digits),
					SUBTOTAL_FILL);
		}
		int totalRow = out.nextRow();
		total(out, SummaryOutline.total(SummaryOutline.provinceTotal(summary), summary.organizations(), digits),
				TOTAL_FILL);
		out.signOff(summary.signOffLines(digits), SummaryOutline.SIGN_OFF_FROM, LAST);
		out.paginate(headerRow, headerRow + 1);
		signaturesNeverAlone(out.sheet(), totalRow, lastDistrict);
	}

	/**
	 * Where a page breaks after the province's total, leaving the sign-off block alone on the last
	 * page (the total, the block and the blank rows in it run just over half a page, which the
	 * layout will not move whole), breaks instead before the last organization, so it, its
	 * district's subtotal and the total stand above the signatures; before the district's heading
	 * when that organization is its first. The page after has room: it held the block alone.
	 */
	private static void signaturesNeverAlone(Sheet sheet, int totalRow, int lastDistrict) {
		boolean alone = false;
		for (int row = totalRow; row <= sheet.getLastRowNum(); row++) {
			if (sheet.isRowBroken(row)) {
				sheet.removeRowBreak(row);
				alone = true;
			}
		}
		if (alone) {
			int lastOrganization = totalRow - 2;
			sheet.setRowBreak((lastOrganization - 1 == lastDistrict) ? lastDistrict - 1 : lastOrganization - 1);
		}
	}

	/** A total row, shaded so it is not read as one more organization. */
	private static void total(SheetWriter out, List<String> cells, String fill) {
		Row row = out.cells(cells, TOTAL_LOOKS);
		for (int column = 0; column <= LAST; column++) {
			out.fill(row, column, TOTAL_LOOKS.get(column), fill);
		}
	}

}
