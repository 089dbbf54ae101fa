package th.ita.merge.rollup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import th.ita.merge.plan.RiskSettings;
import th.ita.merge.rollup.internal.RiskSheets.Counts;
import th.ita.merge.rollup.internal.RiskSheets.Grid;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * แผนภูมิความเสี่ยงจังหวัด: the province's 5×5 heat maps with the number of risks in each cell,
 * likelihood from 5 at the top to 1, impact from 1 to 5, each cell in the colour of its band as
 * the NACC's guide colours it: the whole province first, then each category, then each district.
 * Only the risks an organization counted (with a likelihood and an impact) are on the maps.
 */
final class HeatMaps {

	static final String NAME = "แผนภูมิความเสี่ยงจังหวัด";

	private static final RiskSettings BANDS = RiskSettings.defaults();

	/** Whole maps a printed page holds (each is eight rows), so no map is split by a page. */
	private static final int GRIDS_A_PAGE = 3;

	private final Sheet sheet;

	private final ThaiStyles styles;

	private final Counts counts = new Counts();

	private int next;

	HeatMaps(Workbook workbook, ThaiStyles styles) {
		this.sheet = workbook.createSheet(NAME);
		this.styles = styles;
	}

	void count(String district, String category, int likelihood, int impact) {
		this.counts.province.add(likelihood, impact);
		this.counts.categories.computeIfAbsent(category, (key) -> new Grid()).add(likelihood, impact);
		this.counts.districts.computeIfAbsent(district, (key) -> new Grid()).add(likelihood, impact);
	}

	void write(String province) {
		this.sheet.setColumnWidth(0, 16 * 256);
		for (int column = 1; column <= 5; column++) {
			this.sheet.setColumnWidth(column, 11 * 256);
		}
		title("แผนภูมิความเสี่ยงการทุจริตของ อปท. ในจังหวัด" + province + " (จำนวนความเสี่ยงในแต่ละช่อง)", Look.HEADING);
		grid("ทั้งจังหวัด", this.counts.province);
		List<Map.Entry<String, Grid>> grids = new ArrayList<>();
		this.counts.categories.forEach((category, grid) -> grids.add(Map.entry("ประเภท: " + category, grid)));
		this.counts.districts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(ProvinceSummary.THAI::compare))
			.forEach((district) -> grids.add(Map.entry("อำเภอ" + district.getKey(), district.getValue())));
		for (int i = 0; i < grids.size(); i++) {
			if ((i + 1) % GRIDS_A_PAGE == 0) {
				this.sheet.setRowBreak(this.next - 1);
			}
			grid(grids.get(i).getKey(), grids.get(i).getValue());
		}
		PrintLayout.a4Portrait(this.sheet);
	}

	private void grid(String label, Grid grid) {
		title(label + " (" + grid.total() + " ความเสี่ยง)", Look.HEADING);
		Row header = row();
		cell(header, 0, "โอกาส \\ ผลกระทบ", this.styles.get(Look.TABLE_HEADER));
		for (int impact = 1; impact <= 5; impact++) {
			cell(header, impact, Integer.toString(impact), this.styles.get(Look.TABLE_HEADER));
		}
		for (int likelihood = 5; likelihood >= 1; likelihood--) {
			Row row = row();
			cell(row, 0, Integer.toString(likelihood), this.styles.get(Look.TABLE_HEADER));
			for (int impact = 1; impact <= 5; impact++) {
				Cell cell = row.createCell(impact);
				int count = grid.counts[likelihood - 1][impact - 1];
				if (count > 0) {
					cell.setCellValue(count);
				}
				cell.setCellStyle(this.styles.filled(Look.CELL_CENTRED, BANDS.band(likelihood * impact).colour()));
			}
		}
		this.next++;
	}

	/** A row of one line of 16-point text. */
	private Row row() {
		Row row = this.sheet.createRow(this.next++);
		row.setHeightInPoints(RowHeights.points(1));
		return row;
	}

	private void title(String text, Look look) {
		Row row = row();
		cell(row, 0, text, this.styles.get(look));
	}

	private static void cell(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
	}

}
