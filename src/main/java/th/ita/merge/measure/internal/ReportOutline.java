package th.ita.merge.measure.internal;

import java.util.ArrayList;
import java.util.List;

import th.ita.merge.measure.MeasureReports;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.Tool;
import th.ita.merge.value.Digits;

/**
 * What the report holds, whatever prints it: its three title lines, and per tool the indicators
 * that have measures, each with its measures in the plan's order. The report sheet and the report
 * document both lay out this outline, so they never disagree on what is reported.
 */
final class ReportOutline {

	/**
	 * The header's top row, its lines broken as the published report breaks them: a header's
	 * words must not break, and a spreadsheet's Thai line breaker does break some.
	 */
	static final List<String> HEADER_TOP = List.of("ประเด็นที่เป็น\nข้อบกพร่อง/\nจุดอ่อนจาก\nการประเมิน",
			"แนวทาง\nการนำผล\nการวิเคราะห์\nไปสู่การปฏิบัติ", "ผู้รับ\nผิดชอบ", "ผลการดำเนินการ", "", "", "หมายเหตุ");

	/** Under ผลการดำเนินการ, the three states; the other columns' headers span both rows. */
	static final List<String> HEADER_BOTTOM = List.of("", "", "", "อยู่ระหว่าง\nดำเนินการ", "ดำเนินการ\nแล้ว",
			"ยังไม่\nดำเนินการ", "");

	/** The column of the first state; the three states stand side by side. */
	static final int FIRST_STATE = 3;

	/** The columns' usual proportions, in characters, where the text asks for no other: they fill a page. */
	static final int[] USUAL_WIDTHS = { 22, 27, 13, 15, 15, 13, 14 };

	private ReportOutline() {
	}

	static List<String> title(Plan plan, Digits digits) {
		return List.of("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
				"ของ" + plan.organizationAndYear(digits), plan.period().roundTitle(digits));
	}

	/** The tool's indicators that have at least one measure; empty when its section is left out. */
	static List<Indicator> indicatorsOf(Plan plan, Tool tool) {
		return plan.indicators()
			.stream()
			.filter((indicator) -> indicator.tool() == tool)
			.filter((indicator) -> !measuresOf(plan, indicator).isEmpty())
			.toList();
	}

	static List<Measure> measuresOf(Plan plan, Indicator indicator) {
		return plan.measures().stream().filter((measure) -> measure.indicator() == indicator.number()).toList();
	}

	/** What the divisions reported on one measure, made into the report's line for it. */
	static ConsolidatedMeasure line(Plan plan, Measure measure, MeasureReports records) {
		return MeasureConsolidation.consolidate(measure, plan.divisionsResponsibleFor(measure),
				records.reportsOn(measure.id()), records.rejectedOn(measure.id()));
	}

	/**
	 * The texts of a measure's row, one per column: the weakness and guideline numbered within
	 * their indicator, the responsible, the result in the column of its state, the remark.
	 */
	static List<String> cells(int number, ConsolidatedMeasure line, Digits digits) {
		String prefix = digits.format(number) + ". ";
		List<String> values = new ArrayList<>(List.of(prefix + line.measure().weakness(),
				prefix + line.measure().guideline(), line.measure().responsible(), "", "", "", line.remark()));
		values.set(FIRST_STATE + line.state().ordinal(), line.result());
		return values;
	}

	/** A measure's line with its number within its indicator, as the report's rows number them. */
	interface NumberedLine {

		void accept(int number, ConsolidatedMeasure line);

	}

	/** Every measure's line, in the report's order: by tool, by indicator, by the plan's order. */
	static void forEachLine(Plan plan, MeasureReports records, NumberedLine lines) {
		for (Tool tool : Tool.values()) {
			for (Indicator indicator : indicatorsOf(plan, tool)) {
				int number = 0;
				for (Measure measure : measuresOf(plan, indicator)) {
					lines.accept(++number, line(plan, measure, records));
				}
			}
		}
	}

}
