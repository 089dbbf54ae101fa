package th.ita.merge.rollup.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * The province's measures: every measure of every organization on one sheet (มาตรการทุก อปท.),
 * streamed organization by organization, and per indicator the share of each organization's
 * measures done (ร้อยละรายตัวชี้วัด), counted while the first is written so the measures are read
 * once.
 */
final class MeasureSheets {

	static final String MEASURES = "มาตรการทุก อปท.";

	static final String INDICATORS = "ร้อยละรายตัวชี้วัด";

	private final DataSheet measures;

	private final DataSheet indicators;

	/** Per organization received, its measures done and all its measures, per indicator named. */
	private final List<Tally> tallies = new ArrayList<>();

	private record Tally(OrganizationProgress organization, Map<IndicatorKey, int[]> counts) {
	}

	MeasureSheets(Workbook workbook, ThaiStyles styles) {
		this.indicators = new DataSheet(workbook, styles, INDICATORS);
		this.measures = new DataSheet(workbook, styles, MEASURES).header(List.of("อำเภอ", "รหัส อปท.", "ชื่อ อปท.",
				"รหัสมาตรการ", "ด้าน", "ตัวชี้วัดที่", "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน", "สำนัก/กองที่รายงาน", "สถานะ"),
				18, 10, 40, 12, 6, 8, 60, 40, 20);
	}

	/** One organization's measures, as staged. */
	void write(OrganizationProgress organization, RollupStaging staging, long run) {
		Map<IndicatorKey, int[]> counts = new HashMap<>();
		staging.measuresOf(run, organization.received().orElseThrow().fileName(), (measure) -> {
			this.measures.row(List.of(organization.district(), organization.code(), organization.name(),
					measure.measureId(), measure.tool(), measure.indicator(), measure.weakness(), measure.divisions(),
					measure.state().thai()));
			int[] count = counts.computeIfAbsent(new IndicatorKey(measure.tool(), measure.indicator()),
					(key) -> new int[2]);
			count[0] += (measure.state() == ProgressState.DONE) ? 1 : 0;
			count[1]++;
		});
		this.tallies.add(new Tally(organization, counts));
	}

	/**
	 * Ends both sheets: the indicators sheet is written whole now, one column for each indicator the
	 * measures named, in the assessment's order, the province's shares last.
	 */
	void finish() {
		this.measures.finish();
		List<IndicatorKey> keys = this.tallies.stream()
			.flatMap((tally) -> tally.counts().keySet().stream())
			.distinct()
			.sorted(IndicatorKey.ORDER)
			.toList();
		List<String> headers = new ArrayList<>(List.of("อำเภอ", "รหัส อปท.", "ชื่อ อปท."));
		List<Integer> widths = new ArrayList<>(List.of(18, 10, 40));
		for (IndicatorKey key : keys) {
			headers.add(key.title());
			widths.add(14);
		}
		headers.add("ทุกตัวชี้วัด");
		widths.add(12);
		this.indicators.header(headers, widths.stream().mapToInt(Integer::intValue).toArray());
		int[] provinceDone = new int[keys.size()];
		int[] provinceAll = new int[keys.size()];
		for (Tally tally : this.tallies) {
			OrganizationProgress organization = tally.organization();
			int[] done = new int[keys.size()];
			int[] all = new int[keys.size()];
			for (int i = 0; i < keys.size(); i++) {
				int[] count = tally.counts().getOrDefault(keys.get(i), new int[2]);
				done[i] = count[0];
				all[i] = count[1];
				provinceDone[i] += count[0];
				provinceAll[i] += count[1];
			}
			this.indicators.row(shares(List.of(organization.district(), organization.code(), organization.name()), done,
					all));
		}
		this.indicators.total(shares(List.of("", "", "ทั้งจังหวัด"), provinceDone, provinceAll));
		this.indicators.finish();
	}

	/** The share done per indicator, empty where the organization has no measure of it, then over all. */
	private static List<Object> shares(List<String> first, int[] done, int[] all) {
		List<Object> values = new ArrayList<>(first);
		int allDone = 0;
		int allMeasures = 0;
		for (int i = 0; i < done.length; i++) {
			values.add((all[i] == 0) ? null : 100.0 * done[i] / all[i]);
			allDone += done[i];
			allMeasures += all[i];
		}
		values.add((allMeasures == 0) ? null : 100.0 * allDone / allMeasures);
		return values;
	}

}
