package th.ita.merge.template;

import java.util.Arrays;
import java.util.List;

/**
 * The shape of a division template, shared by the writer and the merge: sheet names, the header
 * row of the measures table and its columns. The merge finds columns by these headers.
 */
public final class TemplateLayout {

	/** Raised when a change to the template would stop older templates from merging correctly. */
	public static final int VERSION = 1;

	public static final String INSTRUCTIONS_SHEET = "คำแนะนำ";

	public static final String MEASURES_SHEET = "ผลการดำเนินการ";

	/** Very hidden: identifies the template whatever the file is called. */
	public static final String IDENTITY_SHEET = "ita_template";

	/** The named range that holds the three states for the dropdown. */
	public static final String STATES_NAME = "ita_states";

	/** The physical row of the measures table's header; data starts on the next row. */
	public static final int HEADER_ROW = 5;

	private TemplateLayout() {
	}

	/** The columns of the measures table, in the order the template writes them. */
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

}
