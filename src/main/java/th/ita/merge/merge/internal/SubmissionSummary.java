package th.ita.merge.merge.internal;

import java.time.Instant;

/**
 * One line of the submissions sheet: a file received, or a division on the roster for which none
 * was. {@code file} is "" when nothing was received; {@code divisionName} is "" when the file could
 * not be told apart as any division's.
 */
record SubmissionSummary(String divisionName, String file, Instant savedAt, int rowsRead, int rowsAccepted,
		int rowsRejected, Status status, String supersededBy) {

	enum Status {

		MERGED("นำมารวมแล้ว"),
		MERGED_WITH_ERRORS("นำมารวมแล้ว บางแถวมีข้อผิดพลาด"),
		SUPERSEDED("ไม่นำมารวม มีไฟล์ที่ใหม่กว่า"),
		REJECTED("ไม่นำมารวม ดูสาเหตุในชีตข้อผิดพลาด"),
		NOT_RECEIVED("ยังไม่ได้รับไฟล์");

		private final String thai;

		Status(String thai) {
			this.thai = thai;
		}

		String thai() {
			return this.thai;
		}

	}

}
