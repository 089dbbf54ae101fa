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
	public static final int INPUT_ROWS = 200;

	private final Plan plan;

	public RiskSheet(Plan plan) {
		this.plan = plan;
	}

	@Override
	public List<String> instructions(Division division) {
		return List.of("ชีต \"" + NAME + "\" ให้กรอกความเสี่ยงการทุจริตในงานของ" + division.name()
				+ " แถวละหนึ่งความเสี่ยง เลือกประเภท โอกาส ผลกระทบ และสถานะจากรายการ คะแนนและระดับคำนวณให้เอง"
				+ " ความเสี่ยงระดับสูงขึ้นไปต้องมีมาตรการป้องกัน ผู้รับผิดชอบ และระยะเวลา");
	}

	@Override
	public void writeTemplate(XSSFWorkbook workbook, ThaiStyles styles, Division division, String sheetPassword) {
		new RiskTemplateSheet(this.plan, sheetPassword).write(workbook, styles, division);
	}

	@Override
	public SheetResult<RiskEntry> read(XlsxFile workbook, Location file, Division division) throws IOException {
		return RiskRowReader.read(this, workbook, file, division, this.plan.risk());
	}

}
