package th.ita.merge.rollup.internal;

import java.util.Comparator;
import java.util.List;

import th.ita.merge.value.CellValues;

/**
 * An ITA indicator as measures name it: the tool (IIT, EIT, OIT) and the indicator's number.
 * Ordered as the assessment orders them: IIT, then EIT, then OIT, each by number.
 */
record IndicatorKey(String tool, String indicator) {

	private static final List<String> TOOLS = List.of("IIT", "EIT", "OIT");

	static final Comparator<IndicatorKey> ORDER = Comparator
		.comparingInt((IndicatorKey key) -> toolOrder(key.tool()))
		.thenComparing(IndicatorKey::tool)
		.thenComparingInt((key) -> CellValues.wholeNumber(key.indicator()).orElse(Integer.MAX_VALUE))
		.thenComparing(IndicatorKey::indicator);

	/** "IIT ตัวชี้วัดที่ 4". */
	String title() {
		return this.tool + " ตัวชี้วัดที่ " + this.indicator;
	}

	private static int toolOrder(String tool) {
		int index = TOOLS.indexOf(tool);
		return (index >= 0) ? index : TOOLS.size();
	}

}
