package th.ita.merge.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** How every sheet we write prints: A4 landscape, fitted to the page width, as many pages long as needed. */
public final class PrintLayout {

	private PrintLayout() {
	}

	public static void a4Landscape(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setMargin(PageMargin.LEFT, 0.5);
		sheet.setMargin(PageMargin.RIGHT, 0.5);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
	}

}
