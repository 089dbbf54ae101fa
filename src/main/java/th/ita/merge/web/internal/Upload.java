package th.ita.merge.web.internal;

import java.time.OffsetDateTime;

import th.ita.merge.value.ThaiTime;

/**
 * One file a division uploaded, as the pages show it: who sent it when, under which generated
 * name it is kept, what its check found, and where it stands.
 */
record Upload(String id, String roundKey, String divisionCode, String sender, OffsetDateTime receivedAt,
		String fileName, long sizeBytes, int errors, int warnings, State state, boolean feedback) {

	/** Where an upload stands. */
	enum State {

		/** In the input folder: the next merge uses it. */
		CURRENT("ใช้ในการรวมครั้งถัดไป"),
		/** Arrived while a merge ran: goes into the input folder when that merge ends. */
		WAITING("รอเข้ารวมหลังการรวมที่กำลังทำอยู่"),
		/** Replaced by a later upload of the same division. */
		SUPERSEDED("ถูกแทนด้วยไฟล์ที่ส่งภายหลัง"),
		/** Not taken: not this division's template, or not a workbook that can be read. */
		REFUSED("ไม่รับ");

		private final String thai;

		State(String thai) {
			this.thai = thai;
		}

		public String thai() {
			return this.thai;
		}

	}

	/** When it arrived, as the page writes it: "5/4/2566 09:30". */
	public String received() {
		return ThaiTime.of(this.receivedAt.toInstant());
	}

	public boolean clean() {
		return this.errors == 0 && this.warnings == 0;
	}

}
