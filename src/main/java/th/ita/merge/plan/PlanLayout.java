package th.ita.merge.plan;

import java.util.List;

/**
 * The sheets and headers of the plan workbook (แผน) that the legal officer fills in. The reader
 * finds settings by their label and table columns by their header, so rows and columns may be
 * moved; only the texts below matter. The risk settings sheets are optional: an office that has
 * none gets {@link RiskSettings#defaults()}.
 */
public final class PlanLayout {

	public static final String ORGANIZATION_SHEET = "หน่วยงาน";

	public static final String DIVISIONS_SHEET = "สำนัก-กอง";

	public static final String INDICATORS_SHEET = "ตัวชี้วัด";

	public static final String MEASURES_SHEET = "มาตรการ";

	public static final String ORGANIZATION_NAME = "ชื่อหน่วยงาน (ชื่อเต็มพร้อมประเภท)";

	public static final String ORGANIZATION_CODE = "รหัสหน่วยงาน (ถ้ามี)";

	public static final String DISTRICT = "อำเภอ";

	public static final String PROVINCE = "จังหวัด";

	public static final String FISCAL_YEAR = "ปีงบประมาณ (พ.ศ.)";

	public static final String ROUND = "รอบการรายงาน (1 = รอบ ๖ เดือน, 2 = รอบ ๑๒ เดือน)";

	public static final String PREPARER_NAME = "ผู้จัดทำ (ชื่อ-สกุล)";

	public static final String PREPARER_POSITION = "ตำแหน่งผู้จัดทำ";

	// the optional signatories and date of the sign-off block: a signatory given needs both name and position

	public static final String REVIEWER_NAME = "ผู้ตรวจสอบ (ชื่อ-สกุล)";

	public static final String REVIEWER_POSITION = "ตำแหน่งผู้ตรวจสอบ";

	public static final String APPROVER_NAME = "ผู้อนุมัติ (ชื่อ-สกุล)";

	public static final String APPROVER_POSITION = "ตำแหน่งผู้อนุมัติ";

	/** A date cell or a date typed as text; left empty, the report carries the date it is made. */
	public static final String REPORT_DATE = "วันที่ของรายงาน";

	public static final List<String> ORGANIZATION_LABELS = List.of(ORGANIZATION_NAME, ORGANIZATION_CODE, DISTRICT,
			PROVINCE, FISCAL_YEAR, ROUND, PREPARER_NAME, PREPARER_POSITION, REVIEWER_NAME, REVIEWER_POSITION,
			APPROVER_NAME, APPROVER_POSITION, REPORT_DATE);

	public static final String DIVISION_CODE = "รหัสสำนัก/กอง";

	public static final String DIVISION_NAME = "ชื่อสำนัก/กอง";

	public static final String DIVISION_UNITS = "รายงานแทนหน่วย (คั่นด้วย /)";

	public static final List<String> DIVISION_HEADERS = List.of(DIVISION_CODE, DIVISION_NAME, DIVISION_UNITS);

	public static final String INDICATOR_TOOL = "ด้าน";

	public static final String INDICATOR_NUMBER = "ตัวชี้วัดที่";

	public static final String INDICATOR_NAME = "ชื่อตัวชี้วัด";

	public static final String INDICATOR_NARRATIVE = "คำอธิบาย (ย่อหน้าในรายงาน)";

	public static final List<String> INDICATOR_HEADERS = List.of(INDICATOR_TOOL, INDICATOR_NUMBER, INDICATOR_NAME,
			INDICATOR_NARRATIVE);

	public static final String MEASURE_ID = "รหัสมาตรการ";

	public static final String MEASURE_TOOL = "ด้าน";

	public static final String MEASURE_INDICATOR = "ตัวชี้วัดที่";

	public static final String MEASURE_TOPIC = "หัวข้อ (ถ้ามี)";

	public static final String MEASURE_WEAKNESS = "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อนจากการประเมิน";

	public static final String MEASURE_GUIDELINE = "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ";

	public static final String MEASURE_RESPONSIBLE = "ผู้รับผิดชอบ";

	public static final List<String> MEASURE_HEADERS = List.of(MEASURE_ID, MEASURE_TOOL, MEASURE_INDICATOR,
			MEASURE_TOPIC, MEASURE_WEAKNESS, MEASURE_GUIDELINE, MEASURE_RESPONSIBLE);

	// the risk settings: each sheet optional, the defaults stand in for a missing one

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

	private PlanLayout() {
	}

}
