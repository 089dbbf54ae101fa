package th.ita.merge.risk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.ita.merge.plan.Plan;
import th.ita.merge.risk.RiskEntry;
import th.ita.merge.risk.RiskRecords;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.ColumnShares;

/**
 * What the risk-assessment report's table says, whatever prints it: its two header rows, and per
 * risk its row — the number within its category; the event with its process and the division
 * that sent it; the risk factors; the controls; likelihood, impact, score and level; the
 * measure, owner and timeline. The report sheet and the report document both print these rows,
 * and share the page's width among the columns by their text alike.
 */
final class RiskReportRows {

	/** The header's top row, broken where a narrow column must break it. */
	static final List<String> HEADER_TOP = List.of("ที่", "เหตุการณ์\nความเสี่ยง", "ปัจจัยเสี่ยง",
			"การควบคุม\nที่มีอยู่", "การประเมินความเสี่ยง", "", "", "", "มาตรการ\nป้องกัน", "ผู้รับผิดชอบ", "ระยะเวลา");

	static final List<String> HEADER_BOTTOM = List.of("", "", "", "", "โอกาส", "ผล\nกระทบ", "คะแนน", "ระดับ", "", "",
			"");

	/** The column of the level, filled with its band's colour. */
	static final int LEVEL = 7;

	/** The columns whose short values stand centred: the number and the four of the assessment. */
	static final Set<Integer> CENTRED = Set.of(0, 4, 5, 6, LEVEL);

	/** The columns' usual proportions, where the text asks for no other. */
	private static final int[] USUAL_WIDTHS = { 5, 22, 17, 17, 6, 8, 7, 9, 21, 14, 13 };

	private RiskReportRows() {
	}

	/** The risks of every category, in the plan's order of categories; a category without risks is kept. */
	static Map<String, List<RiskEntry>> byCategory(Plan plan, RiskRecords records) {
		Map<String, List<RiskEntry>> risks = new LinkedHashMap<>();
		for (String category : plan.risk().categories()) {
			List<RiskEntry> inCategory = new ArrayList<>();
			records.forEachRiskIn(category, inCategory::add);
			risks.put(category, inCategory);
		}
		return risks;
	}

	/** The texts of a risk's row, one per column; {@code number} counts from ๑ in its category. */
	static List<String> texts(Plan plan, Digits digits, int number, RiskEntry risk) {
		StringBuilder event = new StringBuilder(risk.event());
		if (!risk.process().isEmpty()) {
			event.append("\nกระบวนงาน: ").append(risk.process());
		}
		event.append("\n(").append(plan.divisionName(risk.divisionCode())).append(')');
		return List.of(digits.format(number), event.toString(), risk.factors(), risk.controls(),
				digits.format(risk.likelihood()), digits.format(risk.impact()), digits.format(risk.score()), risk.level(),
				risk.measure(), risk.owner(), risk.timeline());
	}

	/** The widths of the columns on {@code page}, shared by the text of every risk. */
	static int[] widths(ColumnShares.Page page, Plan plan, Digits digits, Map<String, List<RiskEntry>> risks) {
		ColumnShares.Measured rows = new ColumnShares.Measured(page, USUAL_WIDTHS.length);
		for (List<RiskEntry> inCategory : risks.values()) {
			for (int i = 0; i < inCategory.size(); i++) {
				rows.add(texts(plan, digits, i + 1, inCategory.get(i)));
			}
		}
		return ColumnShares.share(ColumnShares.headers(HEADER_TOP, HEADER_BOTTOM), USUAL_WIDTHS, rows);
	}

}
