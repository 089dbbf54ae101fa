package th.ita.merge.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * How every sheet we write prints: A4 landscape, fitted to the page width, as many pages long as
 * needed (or, for a chart-like sheet, on one page).
 */
public final class PrintLayout {

	private PrintLayout() {
	}

	public static void a4Landscape(Sheet sheet) {
		a4Landscape(sheet, 0);
	}

	/** A4 landscape on exactly one page, for a sheet that reads as one picture. */
	public static void a4LandscapeOnePage(Sheet sheet) {
		a4Landscape(sheet, 1);
	}

	private static void a4Landscape(Sheet sheet, int pagesHigh) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) pagesHigh);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setMargin(PageMargin.LEFT, 0.5);
		sheet.setMargin(PageMargin.RIGHT, 0.5);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
	}

}
