package th.ita.merge.measure.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;

import th.ita.merge.measure.MeasureReport;
import th.ita.merge.measure.MeasureStanding;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.xlsx.RegisterRows;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Every measure of the plan with its state as the report gives it, in a very hidden sheet of the
 * consolidated workbook, for the province's roll-up. The register alone cannot tell it: a measure
 * no division reported on has no row there, and one that some of its divisions left unreported is
 * in progress in the report even when every report on it says done.
 */
public final class StandingsSheet {

	static final List<String> HEADERS = List.of("รหัสมาตรการ", "ด้าน", "ตัวชี้วัดที่",
			"ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน", "สำนัก/กองที่รายงาน", "สถานะ");

	private StandingsSheet() {
	}

	/** Writes the sheet with each measure's state and divisions as the report's lines give them. */
	public static void write(Sheet sheet, Plan plan, ReportLines lines) {
		write(sheet.createRow(0), HEADERS);
		int row = 1;
		for (Measure measure : plan.measures()) {
			write(sheet.createRow(row++), List.of(measure.id(), measure.tool().name(), Integer.toString(measure.indicator()),
					measure.weakness(), lines.divisionsOf(measure), lines.stateOf(measure).thai()));
		}
		sheet.getWorkbook().setSheetVisibility(sheet.getWorkbook().getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	/** The measures of a sheet {@link #write} wrote, read back by its headers; a row of no state is skipped. */
	public static List<MeasureStanding> read(XlsxFile workbook, SheetInfo sheet) throws IOException {
		List<MeasureStanding> standings = new ArrayList<>();
		RegisterRows.read(workbook, sheet, (cells) -> ProgressState.ofThai(cells.apply(HEADERS.get(5)))
			.ifPresent((state) -> standings.add(new MeasureStanding(cells.apply(HEADERS.get(0)), cells.apply(HEADERS.get(1)),
					cells.apply(HEADERS.get(2)), cells.apply(HEADERS.get(3)), cells.apply(HEADERS.get(4)), state))));
		return standings;
	}

	/** The names of the divisions that reported on a measure, once each, in roster order, as a cell holds them. */
	static String divisions(Plan plan, List<MeasureReport> reports) {
		return SheetWriter.fit(String.join(", ", reports.stream()
			.map(MeasureReport::divisionCode)
			.map(plan::divisionName)
			.distinct()
			.toList()));
	}

	/** A cell holds at most 32,767 characters: the names of 3,200 divisions are cut, marked so. */
	private static void write(Row row, List<String> values) {
		for (int column = 0; column < values.size(); column++) {
			row.createCell(column).setCellValue(SheetWriter.fit(values.get(column)));
		}
	}

}
