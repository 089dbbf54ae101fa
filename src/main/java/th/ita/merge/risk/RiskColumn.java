package th.ita.merge.risk;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the template's risk sheet, in the order the template writes them. The merge finds
 * columns by these headers; score and level are computed in the sheet for the division's
 * convenience and computed again by the merge.
 */
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
