package th.ita.merge.web.internal;

/** File sizes as the pages say them. */
final class Sizes {

	private Sizes() {
	}

	static String megabytes(long bytes) {
		return String.format("%.0f MB", bytes / 1_048_576.0);
	}

	static String tooLarge(long cap) {
		return "ไฟล์ใหญ่เกิน " + megabytes(cap) + " ซึ่งใหญ่กว่าแบบรายงานใด ๆ มาก ระบบจึงไม่รับ ให้ตรวจสอบว่าเลือกไฟล์ถูกต้อง "
				+ "ลบรูปภาพหรือชีตที่ไม่เกี่ยวข้องออก แล้วส่งใหม่";
	}

}
