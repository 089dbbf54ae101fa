package th.ita.merge.risk;

import java.io.IOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.division.DivisionSheet;
import th.ita.merge.division.SheetResult;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.Location;
import th.ita.merge.risk.internal.RiskRowReader;
import th.ita.merge.risk.internal.RiskTemplateSheet;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The corruption-risk sheet of the division workbook (ความเสี่ยงการทุจริต): written into each
 * template with dropdowns fed by the office's risk settings, and read back from its returned file
 * as one {@link RiskEntry} per accepted row.
 */
public final class RiskSheet implements DivisionSheet<RiskEntry> {

	public static final String NAME = "ความเสี่ยงการทุจริต";

	/** Very hidden: the lists the dropdowns of the risk sheet draw from. */
	public static final String LISTS_SHEET = "ita_risk_lists";

	/** The physical row of the risk table's header; data starts on the next row. */
	public static final int HEADER_ROW = 5;

	/** Rows prepared for input; a division may insert more inside the table. */
	public static final int INPUT_ROWS = 50;

	private final Plan plan;

	/** The risks each division sent in the round before, which its template starts from. */
	private final List<PreviousRisk> previous;

	public RiskSheet(Plan plan) {
		this(plan, List.of());
	}

	/** The sheet whose templates start from the risks each division sent in an earlier round. */
	public RiskSheet(Plan plan, List<PreviousRisk> previous) {
		this.plan = plan;
		this.previous = previous;
	}

	@Override
	public List<String> instructions(Division division) {
		String line = "ชีต \"" + NAME + "\" ให้กรอกความเสี่ยงการทุจริตในงานของ" + division.name()
				+ " แถวละหนึ่งความเสี่ยง เลือกประเภท โอกาส ผลกระทบ และสถานะจากรายการ คะแนนและระดับคำนวณให้เอง"
				+ " ความเสี่ยงระดับสูงขึ้นไปต้องมีมาตรการป้องกัน ผู้รับผิดชอบ และระยะเวลา";
		if (this.previous.stream().anyMatch((risk) -> risk.divisionName().equals(division.name()))) {
			line += " ความเสี่ยงที่ส่งในรอบก่อนกรอกไว้ให้แล้ว ให้ปรับสถานะการติดตามและแก้ไขให้เป็นปัจจุบัน"
					+ " ลบแถวของความเสี่ยงที่ไม่มีแล้ว และเพิ่มความเสี่ยงใหม่ในแถวว่าง";
		}
		return List.of(line);
	}

	@Override
	public void writeTemplate(XSSFWorkbook workbook, ThaiStyles styles, Division division, String sheetPassword) {
		new RiskTemplateSheet(this.plan, sheetPassword).write(workbook, styles, division,
				this.previous.stream().filter((risk) -> risk.divisionName().equals(division.name())).toList());
	}

	@Override
	public SheetResult<RiskEntry> read(XlsxFile workbook, Location file, Division division) throws IOException {
		return RiskRowReader.read(this, workbook, file, division, this.plan.risk());
	}

}
