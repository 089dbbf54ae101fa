package th.ita.merge.xlsx;

import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet we write prints: A4 landscape with page numbers in the footer. A printed report
 * gets an explicit scale, the widest that fits its columns on the page, and page breaks placed from
 * its own row heights so that a heading never ends a page (fit-to-width would leave the scale, and
 * so the breaks, to each program). A register prints at a scale that keeps 16-point text readable
 * on paper, across as many pages as it needs, its header row and first column on each. A chart-like
 * sheet fits one page. A page of text to read, such as instructions, prints A4 portrait, as
 * letters do.
 */
public final class PrintLayout {

	/** The margins left and right, and top and bottom, in inches. */
	public static final double SIDE_MARGIN = 0.5;

	public static final double END_MARGIN = 0.6;

	/** The centre of every page's footer: its number. */
	public static final String FOOTER = "หน้า &P";

	/**
	 * Printable height and width of A4 landscape within the margins above, in points; the height
	 * less the page-number footer, which some programs print inside the margins and some outside.
	 */
	static final float PAGE_HEIGHT = 595.3f - 2 * (float) END_MARGIN * 72 - 40f;

	static final float PAGE_WIDTH = 841.9f - 2 * (float) SIDE_MARGIN * 72;

	/** The scale a register prints at: 16 pt text comes out at 10 pt or more. */
	static final int REGISTER_SCALE = 65;

	private PrintLayout() {
	}

	/** A4 landscape, fitted to the page width, as many pages long as needed. */
	public static void a4Landscape(Sheet sheet) {
		fitted(sheet, 0);
	}

	/** A4 landscape on exactly one page, for a sheet that reads as one picture. */
	public static void a4LandscapeOnePage(Sheet sheet) {
		fitted(sheet, 1);
	}

	/** A page of text: A4 portrait, fitted to the page width, as many pages long as needed. */
	public static void a4Portrait(Sheet sheet) {
		fitted(sheet, 0);
		sheet.getPrintSetup().setLandscape(false);
	}

	/** A register: readable on paper, its header row and first column on every page. */
	public static void register(Sheet sheet) {
		page(sheet);
		sheet.setFitToPage(false);
		sheet.getPrintSetup().setScale((short) REGISTER_SCALE);
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
	}

	/**
	 * A printed report: the widest scale its columns allow, and a page break wherever the rows
	 * after the repeated header would run past the page, or a heading would be left at its foot.
	 * @param heights the height of every row, in points, from the first
	 * @param headings the rows to keep on the page of the row after them
	 * @param header the first and last row of the header repeated on every page; none when empty
	 */
	public static void report(Sheet sheet, float widthPoints, List<Float> heights, Set<Integer> headings,
			int[] header) {
		page(sheet);
		int scale = Math.min(100, (int) Math.floor(PAGE_WIDTH / widthPoints * 100));
		sheet.setFitToPage(false);
		sheet.getPrintSetup().setScale((short) scale);
		sheet.setAutobreaks(false);
		float room = PAGE_HEIGHT * 100 / scale;
		float repeated = 0;
		if (header.length == 2) {
			sheet.setRepeatingRows(new CellRangeAddress(header[0], header[1], -1, -1));
			for (int r = header[0]; r <= header[1]; r++) {
				repeated += heights.get(r);
			}
		}
		float used = 0;
		for (int r = 0; r < heights.size(); r++) {
			float needed = heights.get(r);
			for (int k = r; headings.contains(k) && k + 1 < heights.size(); k++) {
				needed += heights.get(k + 1);
			}
			// headings and what follows them move to the next page together, unless that would
			// leave more than half a page blank: then they stay, the text after them breaking
			if (needed > (room - repeated) / 2) {
				needed = heights.get(r);
			}
			if (used + needed > room && used > repeated) {
				sheet.setRowBreak(r - 1);
				used = repeated;
			}
			used += heights.get(r);
		}
	}

	/** A4 landscape fitted to the page width, and {@code pagesHigh} pages high (0: as many as needed). */
	private static void fitted(Sheet sheet, int pagesHigh) {
		page(sheet);
		PrintSetup print = sheet.getPrintSetup();
		print.setFitWidth((short) 1);
		print.setFitHeight((short) pagesHigh);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
	}

	private static void page(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
		sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
		sheet.setMargin(PageMargin.TOP, END_MARGIN);
		sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
		sheet.getFooter().setCenter(FOOTER);
	}

}
