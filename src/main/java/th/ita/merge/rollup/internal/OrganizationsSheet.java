package th.ita.merge.rollup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.apache.poi.ss.usermodel.Workbook;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.value.ThaiTime;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * สรุปราย อปท.: one row per organization, district by district, each district closed by its
 * totals and the province's at the end. Whether its workbook came (which file, made when), its
 * measures per state with the share done, its risks per level with how many are high or very
 * high, and how many errors and warnings its own merge had: its own workbook's figures.
 */
final class OrganizationsSheet {

	static final String NAME = "สรุปราย อปท.";

	static final String SENT = "ส่งแล้ว";

	static final String NOT_SENT = "ยังไม่ส่ง";

	private OrganizationsSheet() {
	}

	static void write(Workbook workbook, ThaiStyles styles, ProvinceSummary summary) {
		List<String> headers = new ArrayList<>(List.of("อำเภอ", "รหัส อปท.", "ชื่อ อปท.", "ประเภท", "การส่ง", "ไฟล์",
				"วันที่ทำ\nรายงานรวม", "มาตรการ\nทั้งหมด", "ดำเนินการ\nแล้ว", "อยู่ระหว่าง\nดำเนินการ",
				"ยังไม่\nดำเนินการ", "ร้อยละที่\nดำเนินการแล้ว"));
		List<Integer> widths = new ArrayList<>(List.of(18, 10, 40, 9, 9, 40, 17, 10, 12, 14, 12, 12));
		for (String level : summary.riskLevels()) {
			headers.add("ความเสี่ยง\n" + level);
			widths.add(12);
		}
		headers.addAll(List.of("ความเสี่ยงสูง\nและสูงมาก", "ข้อผิดพลาด\nในการรวม\nของ อปท.", "คำเตือน"));
		widths.addAll(List.of(14, 14, 9));
		DataSheet sheet = new DataSheet(workbook, styles, NAME).header(headers,
				widths.stream().mapToInt(Integer::intValue).toArray());
		List<OrganizationProgress> province = new ArrayList<>();
		for (Map.Entry<String, List<OrganizationProgress>> district : summary.byDistrict().entrySet()) {
			for (OrganizationProgress organization : district.getValue()) {
				sheet.row(line(organization, summary.riskLevels()));
			}
			sheet.total(totals(district.getKey(), "รวมอำเภอ" + district.getKey(), district.getValue(), summary.riskLevels()));
			province.addAll(district.getValue());
		}
		sheet.total(totals("", "รวมทั้งจังหวัด" + summary.province(), province, summary.riskLevels()));
		sheet.finish();
	}

	private static List<Object> line(OrganizationProgress organization, List<String> levels) {
		List<Object> values = new ArrayList<>(List.of(organization.district(), organization.code(), organization.name(),
				organization.type()));
		if (organization.received().isEmpty()) {
			values.add(NOT_SENT);
			return values;
		}
		OrganizationProgress.Received received = organization.received().get();
		values.addAll(List.of(SENT, received.fileName(),
				(received.madeAt() != null) ? ThaiTime.of(received.madeAt()) : "", organization.measureCount(),
				organization.measures(ProgressState.DONE), organization.measures(ProgressState.IN_PROGRESS),
				organization.measures(ProgressState.NOT_STARTED), organization.percentDone()));
		for (String level : levels) {
			values.add(organization.risks(level));
		}
		values.addAll(List.of(organization.highRisks(), organization.errors(), organization.warnings()));
		return values;
	}

	/** A total row: how many sent, and the sums of their figures. */
	private static List<Object> totals(String district, String label, List<OrganizationProgress> organizations,
			List<String> levels) {
		List<OrganizationProgress> sent = organizations.stream().filter((o) -> o.received().isPresent()).toList();
		int measures = sent.stream().mapToInt(OrganizationProgress::measureCount).sum();
		int done = sum(sent, (o) -> o.measures(ProgressState.DONE));
		List<Object> values = new ArrayList<>(List.of(district, "", label, "",
				"ส่ง " + sent.size() + " จาก " + organizations.size(), "", "", measures, done,
				sum(sent, (o) -> o.measures(ProgressState.IN_PROGRESS)),
				sum(sent, (o) -> o.measures(ProgressState.NOT_STARTED)), (measures == 0) ? 0.0 : 100.0 * done / measures));
		for (String level : levels) {
			values.add(sum(sent, (o) -> o.risks(level)));
		}
		values.addAll(List.of(sum(sent, OrganizationProgress::highRisks), sum(sent, OrganizationProgress::errors),
				sum(sent, OrganizationProgress::warnings)));
		return values;
	}

	private static int sum(List<OrganizationProgress> organizations,
			ToIntFunction<OrganizationProgress> value) {
		return organizations.stream().mapToInt(value).sum();
	}

}
