package th.ita.merge.risk;

import java.util.Arrays;
import java.util.List;

/**
 * The shape of everything the risk assessment reads and writes: the risk settings sheets of the
 * plan, the risk sheet of the division template with its columns, and the hidden lists its
 * dropdowns draw from. Readers find sheets by name and columns by header, so only these texts
 * matter.
 */
public final class RiskLayout {

	// the plan workbook: each sheet optional, the defaults stand in for a missing one

	public static final String CATEGORIES_SHEET = "ความเสี่ยง-ประเภท";

	public static final String CATEGORY = "ประเภทความเสี่ยง";

	public static final String SCALES_SHEET = "ความเสี่ยง-เกณฑ์";

	public static final String SCALE_DIMENSION = "มิติ (โอกาส/ผลกระทบ)";

	public static final String LIKELIHOOD = "โอกาส";

	public static final String IMPACT = "ผลกระทบ";

	public static final String SCALE_VALUE = "ระดับ (๑-๕)";

	public static final String SCALE_NAME = "ชื่อระดับ";

	public static final String SCALE_DESCRIPTION = "คำอธิบาย";

	public static final List<String> SCALE_HEADERS = List.of(SCALE_DIMENSION, SCALE_VALUE, SCALE_NAME,
			SCALE_DESCRIPTION);

	public static final String BANDS_SHEET = "ความเสี่ยง-ระดับ";

	public static final String BAND_NAME = "ระดับความเสี่ยง";

	public static final String BAND_FROM = "คะแนนตั้งแต่";

	public static final String BAND_TO = "คะแนนถึง";

	public static final String BAND_COLOUR = "สี (เช่น FF0000 หรือ แดง)";

	public static final String BAND_TREATMENT = "ต้องมีมาตรการป้องกัน (ใช่/ไม่ใช่)";

	public static final List<String> BAND_HEADERS = List.of(BAND_NAME, BAND_FROM, BAND_TO, BAND_COLOUR,
			BAND_TREATMENT);

	public static final String STATUSES_SHEET = "ความเสี่ยง-สถานะ";

	public static final String STATUS_NAME = "สถานะการติดตาม";

	public static final String STATUS_COLOUR = "สี (เช่น 92D050 หรือ เขียว)";

	public static final String STATUS_MEANING = "ความหมาย";

	public static final List<String> STATUS_HEADERS = List.of(STATUS_NAME, STATUS_COLOUR, STATUS_MEANING);

	// the division template

	public static final String TEMPLATE_SHEET = "ความเสี่ยงการทุจริต";

	/** Very hidden: the lists the dropdowns of the risk sheet draw from. */
	public static final String LISTS_SHEET = "ita_risk_lists";

	public static final String CATEGORIES_NAME = "ita_risk_categories";

	public static final String LIKELIHOOD_NAME = "ita_risk_likelihood";

	public static final String IMPACT_NAME = "ita_risk_impact";

	public static final String BAND_FROM_NAME = "ita_risk_band_from";

	public static final String BAND_NAMES_NAME = "ita_risk_band_names";

	public static final String STATUSES_NAME = "ita_risk_statuses";

	/** The physical row of the risk table's header; data starts on the next row. */
	public static final int HEADER_ROW = 5;

	/** Rows prepared for input; a division may insert more inside the table. */
	public static final int INPUT_ROWS = 200;

	private RiskLayout() {
	}

	/** The columns of the template's risk table, in the order the template writes them. */
	public enum RiskColumn {

		CATEGORY("ประเภทความเสี่ยง (เลือกจากรายการ)", 30, true),
		PROCESS("กระบวนงาน/ขั้นตอน", 20, true),
		EVENT("เหตุการณ์ความเสี่ยง", 30, true),
		FACTORS("ปัจจัยเสี่ยง", 24, true),
		CONTROLS("การควบคุมที่มีอยู่", 24, true),
		LIKELIHOOD("โอกาส (เลือก ๑-๕)", 13, true),
		IMPACT("ผลกระทบ (เลือก ๑-๕)", 13, true),
		SCORE("คะแนน (โอกาส × ผลกระทบ)", 11, false),
		LEVEL("ระดับความเสี่ยง", 11, false),
		MEASURE("มาตรการป้องกัน", 30, true),
		OWNER("ผู้รับผิดชอบ", 18, true),
		TIMELINE("ระยะเวลา", 16, true),
		STATUS("สถานะการติดตาม (เลือกจากรายการ)", 16, true);

		private final String header;

		private final int width;

		private final boolean input;

		RiskColumn(String header, int width, boolean input) {
			this.header = header;
			this.width = width;
			this.input = input;
		}

		public String header() {
			return this.header;
		}

		public int width() {
			return this.width;
		}

		/** Whether the division types or picks this column; the others are computed in the sheet. */
		public boolean input() {
			return this.input;
		}

		public static List<String> headers() {
			return Arrays.stream(values()).map(RiskColumn::header).toList();
		}

		public static List<String> inputHeaders() {
			return Arrays.stream(values()).filter(RiskColumn::input).map(RiskColumn::header).toList();
		}

	}

}
