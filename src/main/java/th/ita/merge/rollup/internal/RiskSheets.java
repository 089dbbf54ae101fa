package th.ita.merge.rollup.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;

import th.ita.merge.xlsx.ThaiStyles;

/**
 * The province's risks: every risk of every organization on one sheet (ความเสี่ยงทุก อปท.),
 * streamed organization by organization, and the counts its heat maps need, taken while it is
 * written so the risks are read once: the province's, per category and per district.
 */
final class RiskSheets {

	static final String RISKS = "ความเสี่ยงทุก อปท.";

	private final DataSheet risks;

	private final HeatMaps heatMaps;

	RiskSheets(Workbook workbook, ThaiStyles styles) {
		this.risks = new DataSheet(workbook, styles, RISKS).header(List.of("อำเภอ", "รหัส อปท.", "ชื่อ อปท.", "สำนัก/กอง",
				"ประเภทความเสี่ยง", "กระบวนงาน/ขั้นตอน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "คะแนน",
				"ระดับความเสี่ยง", "มาตรการป้องกัน", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะการติดตาม"), 18, 10, 40, 24, 40,
				40, 50, 7, 8, 7, 14, 50, 24, 24, 14);
		this.heatMaps = new HeatMaps(workbook, styles);
	}

	/** One organization's risks, as staged. */
	void write(OrganizationProgress organization, RollupStaging staging, long run) {
		staging.risksOf(run, organization.received().orElseThrow().fileName(), (risk) -> {
			boolean counted = risk.counted();
			this.risks.row(Arrays.asList(organization.district(), organization.code(), organization.name(),
					risk.division(), risk.category(), risk.process(), risk.event(), counted ? risk.likelihood() : null,
					counted ? risk.impact() : null, counted ? risk.likelihood() * risk.impact() : null, risk.level(),
					risk.measure(), risk.owner(), risk.timeline(), risk.status()));
			if (counted) {
				this.heatMaps.count(organization.district(), risk.category(), risk.likelihood(), risk.impact());
			}
		});
	}

	void finish(String province) {
		this.risks.finish();
		this.heatMaps.write(province);
	}

	/** Counts of risks per cell of the 5×5 map: likelihood down, impact across. */
	static final class Grid {

		final int[][] counts = new int[5][5];

		void add(int likelihood, int impact) {
			this.counts[likelihood - 1][impact - 1]++;
		}

		int total() {
			int total = 0;
			for (int[] row : this.counts) {
				for (int count : row) {
					total += count;
				}
			}
			return total;
		}

	}

	/** The grids, kept in the order the heat map sheet shows them. */
	static final class Counts {

		final Grid province = new Grid();

		final Map<String, Grid> categories = new LinkedHashMap<>();

		final Map<String, Grid> districts = new LinkedHashMap<>();

	}

}
