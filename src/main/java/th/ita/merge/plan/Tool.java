package th.ita.merge.plan;

import java.util.Optional;

import th.ita.merge.value.CellValues;

/**
 * The three ITA assessment tools (เครื่องมือการประเมิน). Which indicator belongs to which tool is
 * the plan's to say (its "ด้าน" columns): the framework renumbers its items from year to year.
 */
public enum Tool {

	/** แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน. */
	IIT,
	/** แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก. */
	EIT,
	/** แบบวัดการเปิดเผยข้อมูลสาธารณะ. */
	OIT;

	/** The section title used in the report, e.g. "ด้าน IIT". */
	public String sectionTitle() {
		return "ด้าน " + name();
	}

	/** The tool a plan cell names: "IIT", "iit", "ด้าน IIT". */
	public static Optional<Tool> parse(String written) {
		String text = CellValues.words(written).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		if (text.startsWith("ด้าน")) {
			text = text.substring("ด้าน".length());
		}
		for (Tool tool : values()) {
			if (tool.name().equals(text)) {
				return Optional.of(tool);
			}
		}
		return Optional.empty();
	}

}
