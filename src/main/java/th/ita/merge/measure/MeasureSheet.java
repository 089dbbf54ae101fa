package th.ita.merge.measure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.division.DivisionSheet;
import th.ita.merge.division.SheetResult;
import th.ita.merge.measure.internal.MeasureRowReader;
import th.ita.merge.measure.internal.MeasureTemplateSheet;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.Location;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The measures sheet of the division workbook (ผลการดำเนินการ): written into each template with the
 * measures the division reports on, and read back from its returned file as one
 * {@link MeasureReport} per accepted row.
 */
public final class MeasureSheet implements DivisionSheet<MeasureReport> {

	public static final String NAME = "ผลการดำเนินการ";

	/** The physical row of the measures table's header; data starts on the next row. */
	public static final int HEADER_ROW = 5;

	/** The named range that holds the three states for the dropdown. */
	public static final String STATES_NAME = "ita_states";

	private final Plan plan;

	private final PreviousAnswers previous;

	public MeasureSheet(Plan plan) {
		this(plan, PreviousAnswers.NONE);
	}

	/** The sheet whose templates start from what the divisions reported in an earlier round. */
	public MeasureSheet(Plan plan, PreviousAnswers previous) {
		this.plan = plan;
		this.previous = previous;
	}

	@Override
	public List<String> instructions(Division division) {
		String states = String.join(" / ", Arrays.stream(ProgressState.values()).map(ProgressState::thai).toList());
		List<String> lines = new ArrayList<>(List.of("ไปที่ชีต \"" + NAME + "\" แต่ละแถวคือมาตรการที่" + division.name() + "รับผิดชอบตามแผน",
				"ช่อง \"สถานะ\" ให้เลือกจากรายการเพียงหนึ่งสถานะ: " + states,
				"ช่อง \"ผลการดำเนินการ\" ให้บรรยายสิ่งที่ได้ดำเนินการ ต้องกรอกเมื่อสถานะเป็น \"" + ProgressState.IN_PROGRESS.thai()
						+ "\" หรือ \"" + ProgressState.DONE.thai() + "\"",
				"ช่อง \"หมายเหตุ\" และ \"ลิงก์หลักฐาน\" กรอกเมื่อมี เช่น ลิงก์หน้าเว็บไซต์ของหน่วยงานที่เผยแพร่ผลงาน"));
		if (!this.previous.isEmpty()) {
			lines.add(1, MeasureTemplateSheet.startedFrom(this.previous));
		}
		return lines;
	}

	@Override
	public void writeTemplate(XSSFWorkbook workbook, ThaiStyles styles, Division division, String sheetPassword) {
		new MeasureTemplateSheet(this.plan, this.previous).write(workbook, styles, division, sheetPassword);
	}

	@Override
	public Map<String, List<String>> identityLists() {
		return Map.of(STATES_NAME, Arrays.stream(ProgressState.values()).map(ProgressState::thai).toList());
	}

	@Override
	public SheetResult<MeasureReport> read(XlsxFile workbook, Location file, Division division) throws IOException {
		return MeasureRowReader.read(this, this.plan, workbook, file, division);
	}

}
