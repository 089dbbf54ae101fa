package th.ita.merge.measure.internal;

import java.util.ArrayList;
import java.util.List;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Measure;

/**
 * A measure as the report prints it: one state from all its divisions' reports, the joined result
 * text that stands in that state's column, and what the remark column says, in parts — the
 * divisions' own remarks, their evidence links, and who is still to be chased — so the sheet can
 * print them as one text and the Word document can print the links as links.
 */
record ConsolidatedMeasure(Measure measure, ProgressState state, String result, String remarks,
		List<Evidence> evidence, String followUp) {

	/**
	 * One evidence link (ลิงก์หลักฐาน); {@code division} names whose it is when the divisions sent
	 * different links, and is empty when there is only one.
	 */
	record Evidence(String division, String link) {

		@Override
		public String toString() {
			return this.division.isEmpty() ? this.link : this.division + ": " + this.link;
		}

	}

	ConsolidatedMeasure {
		evidence = List.copyOf(evidence);
	}

	/** The remark column as one text: remarks, then "หลักฐาน: …", then who is still to be chased. */
	String remark() {
		List<String> parts = new ArrayList<>();
		if (!this.remarks.isEmpty()) {
			parts.add(this.remarks);
		}
		if (!this.evidence.isEmpty()) {
			parts.add("หลักฐาน: " + String.join("\n", this.evidence.stream().map(Evidence::toString).toList()));
		}
		if (!this.followUp.isEmpty()) {
			parts.add(this.followUp);
		}
		return String.join("\n", parts);
	}

}
