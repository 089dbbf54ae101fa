package th.ita.merge.measure.internal;

import java.util.List;

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

}
