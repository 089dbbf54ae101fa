package th.ita.merge.measure;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the template's measures sheet, in the order the template writes them: the plan's
 * measure on the left, locked, and the division's report on the right, in yellow. The merge finds
 * columns by these headers, so a division may move them.
 */
public enum MeasureColumn {

	ID("รหัสมาตรการ", 13, false),
	TOOL("ด้าน", 7, false),
	INDICATOR("ตัวชี้วัด", 20, false),
	WEAKNESS("ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อนจากการประเมิน", 36, false),
	GUIDELINE("แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ", 42, false),
	RESPONSIBLE("ผู้รับผิดชอบ", 16, false),
	STATE("สถานะ (เลือกจากรายการ)", 20, true),
	RESULT("ผลการดำเนินการ", 40, true),
	REMARK("หมายเหตุ", 24, true),
	EVIDENCE("ลิงก์หลักฐาน (ถ้ามี)", 26, true);

	private final String header;

	private final int width;

	private final boolean editable;

	MeasureColumn(String header, int width, boolean editable) {
		this.header = header;
		this.width = width;
		this.editable = editable;
	}

	public String header() {
		return this.header;
	}

	public int width() {
		return this.width;
	}

	public boolean editable() {
		return this.editable;
	}

	public static List<String> headers() {
		return Arrays.stream(values()).map(MeasureColumn::header).toList();
	}

	/** The headers of the columns a division fills in. */
	public static List<String> editableHeaders() {
		return Arrays.stream(values()).filter(MeasureColumn::editable).map(MeasureColumn::header).toList();
	}

}
