package th.ita.merge.plan;

/**
 * The three ITA assessment tools (เครื่องมือการประเมิน) and the indicators each one covers.
 */
public enum Tool {

	/** แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน, indicators 1–5. */
	IIT(1, 5),
	/** แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก, indicators 6–8. */
	EIT(6, 8),
	/** แบบวัดการเปิดเผยข้อมูลสาธารณะ, indicators 9–10. */
	OIT(9, 10);

	private final int firstIndicator;

	private final int lastIndicator;

	Tool(int firstIndicator, int lastIndicator) {
		this.firstIndicator = firstIndicator;
		this.lastIndicator = lastIndicator;
	}

	public boolean covers(int indicator) {
		return indicator >= this.firstIndicator && indicator <= this.lastIndicator;
	}

	/** The section title used in the report, e.g. "ด้าน IIT". */
	public String sectionTitle() {
		return "ด้าน " + name();
	}

	public static Tool ofIndicator(int indicator) {
		for (Tool tool : values()) {
			if (tool.covers(indicator)) {
				return tool;
			}
		}
		throw new IllegalArgumentException("No ITA tool covers indicator " + indicator);
	}

}
