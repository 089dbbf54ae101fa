package th.ita.merge.measure.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.measure.MeasureReport;

/**
 * The rule that turns the reports of the divisions responsible for a measure into the one line the
 * report prints. All done → ดำเนินการแล้ว; none started or none reported → ยังไม่ดำเนินการ; anything
 * else → อยู่ระหว่างดำเนินการ. Texts are joined: identical texts once, differing ones labelled with
 * their division.
 */
final class MeasureConsolidation {

	/** Printed in the remark of a measure nobody reported on. */
	static final String NO_REPORT = "ยังไม่ได้รับรายงานผลจากผู้รับผิดชอบ";

	private MeasureConsolidation() {
	}

	static ConsolidatedMeasure consolidate(Measure measure, List<Division> responsible,
			List<MeasureReport> reports) {
		Map<String, String> names = new LinkedHashMap<>();
		responsible.forEach((division) -> names.put(division.code(), division.name()));
		Function<MeasureReport, String> division = (report) -> names.getOrDefault(report.divisionCode(),
				report.divisionCode());
		List<String> missing = new ArrayList<>();
		for (Division candidate : responsible) {
			if (reports.stream().noneMatch((report) -> report.divisionCode().equals(candidate.code()))) {
				missing.add(candidate.name());
			}
		}
		ProgressState state = state(reports, missing.isEmpty());
		String result = join(reports, MeasureReport::result, division);
		List<String> remarks = new ArrayList<>();
		String remark = join(reports, MeasureReport::remark, division);
		if (!remark.isEmpty()) {
			remarks.add(remark);
		}
		String evidence = join(reports, MeasureReport::evidenceLink, division);
		if (!evidence.isEmpty()) {
			remarks.add("หลักฐาน: " + evidence);
		}
		if (reports.isEmpty()) {
			remarks.add(NO_REPORT);
		}
		else if (!missing.isEmpty()) {
			remarks.add("ยังไม่ได้รับรายงานจาก " + String.join(", ", missing));
		}
		return new ConsolidatedMeasure(measure, state, result, String.join("\n", remarks));
	}

	static ProgressState state(List<MeasureReport> reports, boolean everyoneReported) {
		if (reports.isEmpty() || reports.stream().allMatch((report) -> report.state() == ProgressState.NOT_STARTED)) {
			return ProgressState.NOT_STARTED;
		}
		if (everyoneReported && reports.stream().allMatch((report) -> report.state() == ProgressState.DONE)) {
			return ProgressState.DONE;
		}
		return ProgressState.IN_PROGRESS;
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
