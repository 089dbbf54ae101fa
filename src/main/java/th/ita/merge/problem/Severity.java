package th.ita.merge.problem;

/** An error keeps the row or file out of the merge; a warning keeps it in and points at it. */
public enum Severity {

	ERROR("error", "ข้อผิดพลาด"), WARNING("warning", "คำเตือน");

	private final String code;

	private final String thai;

	Severity(String code, String thai) {
		this.code = code;
		this.thai = thai;
	}

	/** The stable word written in the error log. */
	public String code() {
		return this.code;
	}

	public String thai() {
		return this.thai;
	}

}
