package th.ita.merge.measure.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;

import th.ita.merge.measure.MeasureReports;
import th.ita.merge.measure.PreviousReport;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.xlsx.RegisterRows;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The measures register (ทะเบียนมาตรการ): one row per measure per reporting division, with the
 * file, sheet and cell it came from, the full texts uncut, ready to filter.
 */
public final class RegisterSheet {

	static final List<String> HEADERS = List.of("รหัสมาตรการ", "ด้าน", "ตัวชี้วัดที่",
			"ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน", "สำนัก/กอง", "สถานะ", "ผลการดำเนินการ", "หมายเหตุ", "ลิงก์หลักฐาน", "ไฟล์",
			"ชีต", "เซลล์");

	/** The measure's code, then its tool, indicator and weakness. */
	private static final int ID = 0;

	private static final int DIVISION = 4;

	/** The state, then the result, the remark and the evidence link. */
	private static final int STATE = 5;

	private final Plan plan;

	private final SheetWriter out;

	public RegisterSheet(Sheet sheet, ThaiStyles styles, Plan plan) {
		this.plan = plan;
		this.out = new SheetWriter(sheet, styles, 12, 6, 8, 40, 20, 18, 45, 25, 25, 30, 14, 8);
	}

	public void write(MeasureReports reports) {
		this.out.header(HEADERS);
		Map<String, Measure> measures = this.plan.measures()
			.stream()
			.collect(Collectors.toMap(Measure::id, Function.identity()));
		reports.forEachReport((report) -> {
			Measure measure = measures.get(report.measureId());
			this.out.cells(List.of(report.measureId(), measure.tool().name(), Integer.toString(measure.indicator()),
					measure.weakness(), this.plan.divisionName(report.divisionCode()), report.state().thai(),
					report.result(), report.remark(), report.evidenceLink(), report.file(), report.sheet(),
					report.cell()), Look.CELL);
		});
		this.out.finishRegister(HEADERS.size());
	}

	/**
	 * The reports of a measures register written by {@link #write}, read back by its headers; a
	 * row whose state is not one of the states is skipped.
	 */
	public static List<PreviousReport> read(XlsxFile workbook, SheetInfo sheet) throws IOException {
		List<PreviousReport> reports = new ArrayList<>();
		RegisterRows.read(workbook, sheet, (cells) -> {
			Function<Integer, String> value = (column) -> cells.apply(HEADERS.get(column));
			ProgressState.ofThai(value.apply(STATE)).ifPresent((state) -> reports.add(new PreviousReport(value.apply(ID),
					value.apply(ID + 1), value.apply(ID + 2), value.apply(ID + 3), value.apply(DIVISION), state, value.apply(STATE + 1),
					value.apply(STATE + 2), value.apply(STATE + 3))));
		});
		return reports;
	}

}
