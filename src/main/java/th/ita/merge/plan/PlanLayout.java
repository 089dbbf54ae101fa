package th.ita.merge.plan;

import java.util.List;

/**
 * The sheets and headers of the plan workbook (แผน) that the legal officer fills in. The reader
 * finds settings by their label and table columns by their header, so rows and columns may be
 * moved; only the texts below matter.
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

	public static final List<String> ORGANIZATION_LABELS = List.of(ORGANIZATION_NAME, ORGANIZATION_CODE, DISTRICT,
			PROVINCE, FISCAL_YEAR, ROUND, PREPARER_NAME, PREPARER_POSITION);

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

	private PlanLayout() {
	}

}
