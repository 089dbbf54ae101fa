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

	private final List<IndicatorKey> keys;

	private final Map<IndicatorKey, Integer> columns = new HashMap<>();

	/** Per organization received, its measures done and all its measures per indicator. */
	private final List<Tally> tallies = new ArrayList<>();

	private record Tally(OrganizationProgress organization, int[] done, int[] all) {
	}

	MeasureSheets(Workbook workbook, ThaiStyles styles, List<IndicatorKey> keys) {
		this.keys = keys;
		for (int i = 0; i < keys.size(); i++) {
			this.columns.put(keys.get(i), i);
		}
		this.indicators = new DataSheet(workbook, styles, INDICATORS);
		this.measures = new DataSheet(workbook, styles, MEASURES).header(List.of("อำเภอ", "รหัส อปท.", "ชื่อ อปท.",
				"รหัสมาตรการ", "ด้าน", "ตัวชี้วัดที่", "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน", "สำนัก/กองที่รายงาน", "สถานะ"),
				18, 10, 40, 12, 6, 8, 60, 40, 20);
	}

	/** One organization's measures, as staged. */
	void write(OrganizationProgress organization, RollupStaging staging, long run) {
		int[] done = new int[this.keys.size()];
		int[] all = new int[this.keys.size()];
		staging.measuresOf(run, organization.received().orElseThrow().fileName(), (measure) -> {
			this.measures.row(List.of(organization.district(), organization.code(), organization.name(),
					measure.measureId(), measure.tool(), measure.indicator(), measure.weakness(), measure.divisions(),
					measure.state().thai()));
			Integer column = this.columns.get(new IndicatorKey(measure.tool(), measure.indicator()));
			if (column != null) {
				all[column]++;
				done[column] += (measure.state() == ProgressState.DONE) ? 1 : 0;
			}
		});
		this.tallies.add(new Tally(organization, done, all));
	}

	/** Ends both sheets: the indicators sheet is written whole now, the province's shares last. */
	void finish() {
		this.measures.finish();
		List<String> headers = new ArrayList<>(List.of("อำเภอ", "รหัส อปท.", "ชื่อ อปท."));
		List<Integer> widths = new ArrayList<>(List.of(18, 10, 40));
		for (IndicatorKey key : this.keys) {
			headers.add(key.title());
			widths.add(14);
		}
		headers.add("ทุกตัวชี้วัด");
		widths.add(12);
		this.indicators.header(headers, widths.stream().mapToInt(Integer::intValue).toArray());
		int[] provinceDone = new int[this.keys.size()];
		int[] provinceAll = new int[this.keys.size()];
		for (Tally tally : this.tallies) {
			OrganizationProgress organization = tally.organization();
			this.indicators.row(shares(List.of(organization.district(), organization.code(), organization.name()),
					tally.done(), tally.all()));
			for (int i = 0; i < this.keys.size(); i++) {
				provinceDone[i] += tally.done()[i];
				provinceAll[i] += tally.all()[i];
			}
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
