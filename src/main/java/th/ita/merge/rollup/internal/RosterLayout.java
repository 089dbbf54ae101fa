package th.ita.merge.rollup.internal;

import java.util.List;
import java.util.Optional;

import th.ita.merge.plan.Organization;
import th.ita.merge.value.CellValues;

/**
 * The shape of the province's roster workbook (ทะเบียน อปท.), shared by its reader and the writer
 * of its template: the roster sheet, one organization a row under a header found by its text; and
 * the settings sheet, a label in column A and its value in column B, as the plan's organization
 * sheet has them. The reader looks for nothing but these names, so the officer may add columns,
 * rows above the header or notes beside the settings.
 */
public final class RosterLayout {

	public static final String INSTRUCTIONS_SHEET = "วิธีกรอก";

	public static final String ROSTER_SHEET = "ทะเบียน อปท.";

	public static final String SETTINGS_SHEET = "ตั้งค่า";

	public static final String CODE = "รหัส อปท.";

	public static final String NAME = "ชื่อ อปท.";

	public static final String TYPE = "ประเภท";

	public static final String DISTRICT = "อำเภอ";

	public static final List<String> HEADERS = List.of(CODE, NAME, TYPE, DISTRICT);

	public static final String PROVINCE = "จังหวัด";

	public static final String PREPARER_NAME = "ผู้จัดทำ (ชื่อ-สกุล)";

	public static final String PREPARER_POSITION = "ตำแหน่งผู้จัดทำ";

	public static final String REVIEWER_NAME = "ผู้ตรวจสอบ (ชื่อ-สกุล)";

	public static final String REVIEWER_POSITION = "ตำแหน่งผู้ตรวจสอบ";

	public static final String APPROVER_NAME = "ผู้อนุมัติ (ชื่อ-สกุล)";

	public static final String APPROVER_POSITION = "ตำแหน่งผู้อนุมัติ";

	public static final String REPORT_DATE = "วันที่ของรายงาน";

	public static final List<String> SETTINGS = List.of(PROVINCE, PREPARER_NAME, PREPARER_POSITION, REVIEWER_NAME,
			REVIEWER_POSITION, APPROVER_NAME, APPROVER_POSITION, REPORT_DATE);

	private RosterLayout() {
	}

	/**
	 * The type as typed, in the form {@link Organization#TYPES} names it: the short form with or
	 * without its dot, or the full name of the kind (องค์การบริหารส่วนตำบล, เทศบาลเมือง); empty when it
	 * names no kind of local government.
	 */
	public static Optional<String> type(String typed) {
		String type = CellValues.words(typed).replace(" ", "");
		if (type.equals("อบต") || type.equals("อบจ")) {
			type = type + ".";
		}
		String kind = Organization.typeOf(type);
		return kind.isEmpty() ? Optional.empty() : Optional.of(kind);
	}

}
