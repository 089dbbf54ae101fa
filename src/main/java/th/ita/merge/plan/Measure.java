package th.ita.merge.plan;

import java.util.List;

/**
 * One planned measure (มาตรการ): the weakness found in the assessment (ประเด็นที่เป็นข้อบกพร่อง/
 * จุดอ่อน), the guideline for acting on it (แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ), an optional topic
 * heading, and the responsible units as written ({@code responsible}) and as a list
 * ({@code units}).
 */
public record Measure(String id, Tool tool, int indicator, String topic, String weakness, String guideline,
		String responsible, List<String> units) {

	/** ทุกสำนัก/กอง: the responsible unit that means every division on the roster. */
	public static final String EVERY_DIVISION = "ทุกสำนัก/กอง";

	public Measure {
		units = List.copyOf(units);
		topic = (topic == null) ? "" : topic;
	}

	/** Whether the division reports on this measure: it reports for one of its units, or the measure is everyone's. */
	public boolean isReportedBy(Division division) {
		return this.units.stream().anyMatch((unit) -> EVERY_DIVISION.equals(unit) || division.reportsFor(unit));
	}

}
