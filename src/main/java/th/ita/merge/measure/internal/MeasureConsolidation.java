package th.ita.merge.measure.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import th.ita.merge.measure.MeasureReport;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;

/**
 * The rule that turns the reports of the divisions responsible for a measure into the one line the
 * report prints. All done → ดำเนินการแล้ว; none started or none accepted → ยังไม่ดำเนินการ; anything
 * else → อยู่ระหว่างดำเนินการ. Only accepted reports count; a division whose row was not accepted
 * is named in the remark with a pointer to the errors sheet, so the officer sees what to chase.
 * Texts are joined: identical texts once; when they differ, or some division wrote none, each is
 * labelled with its division (a division without text by its state), so no answer disappears.
 */
final class MeasureConsolidation {

	/** Printed in the remark of a measure nobody reported on. */
	static final String NO_REPORT = "ยังไม่ได้รับรายงานผลจากผู้รับผิดชอบ";

	/** Printed in the state column of a measure whose state has no result text. */
	static final String STATE_MARK = "✓";

	private MeasureConsolidation() {
	}

	static ConsolidatedMeasure consolidate(Measure measure, List<Division> responsible, List<MeasureReport> reports) {
		return consolidate(measure, responsible, reports, List.of());
	}

	/**
	 * @param reports the accepted reports on the measure, in roster order
	 * @param rejected the codes of the divisions whose row for the measure was read but not accepted
	 */
	static ConsolidatedMeasure consolidate(Measure measure, List<Division> responsible, List<MeasureReport> reports,
			List<String> rejected) {
		Map<String, String> names = new LinkedHashMap<>();
		responsible.forEach((division) -> names.put(division.code(), division.name()));
		Function<MeasureReport, String> division = (report) -> names.getOrDefault(report.divisionCode(),
				report.divisionCode());
		List<String> missing = new ArrayList<>();
		List<String> notAccepted = new ArrayList<>();
		Set<String> reported = new HashSet<>();
		reports.forEach((report) -> reported.add(report.divisionCode()));
		Set<String> notRead = new HashSet<>(rejected);
		for (Division candidate : responsible) {
			if (!reported.contains(candidate.code())) {
				(notRead.contains(candidate.code()) ? notAccepted : missing).add(candidate.name());
			}
		}
		ProgressState state = state(reports, missing.isEmpty() && notAccepted.isEmpty());
		String result = joinResults(reports, division);
		List<String> followUp = new ArrayList<>();
		if (!notAccepted.isEmpty()) {
			followUp.add("ยังนำรายงานของ " + String.join(", ", notAccepted)
					+ " มารวมไม่ได้ เพราะข้อมูลไม่ครบหรือไม่ถูกต้อง (ดูชีตข้อผิดพลาด)");
		}
		if (reports.isEmpty() && notAccepted.isEmpty()) {
			followUp.add(NO_REPORT);
		}
		else if (!missing.isEmpty()) {
			followUp.add("ยังไม่ได้รับรายงานจาก " + String.join(", ", missing));
		}
		return new ConsolidatedMeasure(measure, state, result.isEmpty() ? STATE_MARK : result,
				join(reports, MeasureReport::remark, division), evidence(reports, division),
				String.join("\n", followUp));
	}

	/** The evidence links: one link when every division sent the same, else each with its division. */
	static List<ConsolidatedMeasure.Evidence> evidence(List<MeasureReport> reports,
			Function<MeasureReport, String> division) {
		Set<String> distinct = new LinkedHashSet<>();
		reports.stream().map(MeasureReport::evidenceLink).filter((link) -> !link.isEmpty()).forEach(distinct::add);
		if (distinct.size() <= 1) {
			return distinct.stream().map((link) -> new ConsolidatedMeasure.Evidence("", link)).toList();
		}
		return reports.stream()
			.filter((report) -> !report.evidenceLink().isEmpty())
			.map((report) -> new ConsolidatedMeasure.Evidence(division.apply(report), report.evidenceLink()))
			.toList();
	}

	static ProgressState state(List<MeasureReport> reports, boolean everyoneReported) {
		return ProgressState.overall(reports.stream().map(MeasureReport::state).toList(), everyoneReported);
	}

	/**
	 * The result texts: one text when every division wrote the same; otherwise each division on its
	 * own line, a division that wrote nothing named with its state.
	 */
	static String joinResults(List<MeasureReport> reports, Function<MeasureReport, String> division) {
		Set<String> distinct = new LinkedHashSet<>();
		reports.forEach((report) -> distinct.add(report.result()));
		if (distinct.size() <= 1 && (reports.size() <= 1 || !distinct.contains(""))) {
			return distinct.isEmpty() ? "" : distinct.iterator().next();
		}
		List<String> labelled = new ArrayList<>();
		for (MeasureReport report : reports) {
			String text = report.result().isEmpty() ? report.state().thai() : report.result();
			labelled.add(division.apply(report) + ": " + text);
		}
		return String.join("\n", labelled);
	}

	/** Identical texts once; differing texts each on its own line, labelled with the division. */
	static String join(List<MeasureReport> reports, Function<MeasureReport, String> text,
			Function<MeasureReport, String> division) {
		Set<String> distinct = new LinkedHashSet<>();
		reports.stream().map(text).filter((value) -> !value.isEmpty()).forEach(distinct::add);
		if (distinct.size() <= 1) {
			return distinct.isEmpty() ? "" : distinct.iterator().next();
		}
		List<String> labelled = new ArrayList<>();
		for (MeasureReport report : reports) {
			String value = text.apply(report);
			if (!value.isEmpty()) {
				labelled.add(division.apply(report) + ": " + value);
			}
		}
		return String.join("\n", labelled);
	}

}
