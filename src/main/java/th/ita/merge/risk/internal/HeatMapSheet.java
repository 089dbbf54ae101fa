package th.ita.merge.risk.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.ScaleLevel;
import th.ita.merge.risk.RiskCounts;
import th.ita.merge.risk.RiskCounts.Tally;
import th.ita.merge.risk.RiskRecords;
import th.ita.merge.risk.RiskScore;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The organization's 5×5 heat map (แผนภูมิความเสี่ยง): likelihood up the side from 5 at the top,
 * impact along the bottom, each cell in the colour of its score's band and showing how many risks
 * fall there. It is made of ordinary cells, so it prints on one A4 landscape page without any
 * chart or add-in. Beside it, the risks counted per category and level and per division and level;
 * below it, the bands. All counts come from the database, never from the rows in memory.
 */
public final class HeatMapSheet {

	/** Column of the likelihood names; the five impact columns follow. */
	static final int SCALE_COLUMN = 1;

	static final int FIRST_IMPACT = 2;

	/** The first row of the grid, likelihood 5. */
	static final int GRID_TOP = 5;

	/** The first column of the tallies beside the grid. */
	static final int TALLY = FIRST_IMPACT + RiskSettings.SCALE_MAX + 1;

	private final Sheet sheet;

	private final ThaiStyles styles;

	private final Plan plan;

	private final Digits digits;

	private final RiskSettings settings;

	private final List<Integer> lines = new ArrayList<>();

	public HeatMapSheet(Sheet sheet, ThaiStyles styles, Plan plan, Digits digits) {
		this.sheet = sheet;
		this.styles = styles;
		this.plan = plan;
		this.digits = digits;
		this.settings = plan.risk();
	}

	public void write(RiskRecords records) {
		RiskCounts counts = records.riskCounts();
		int bands = this.settings.bands().size();
		int last = TALLY + bands + 1;
		int[] widths = new int[last + 1];
		widths[0] = 9;
		widths[SCALE_COLUMN] = 12;
		for (int i = 0; i < RiskSettings.SCALE_MAX; i++) {
			widths[FIRST_IMPACT + i] = 10;
		}
		widths[TALLY - 1] = 2;
		widths[TALLY] = 36;
		for (int i = 0; i < bands; i++) {
			widths[TALLY + 1 + i] = 9;
		}
		widths[last] = 7;
		for (int i = 0; i < widths.length; i++) {
			this.sheet.setColumnWidth(i, widths[i] * 256);
		}
		span(0, 0, last, "แผนภูมิความเสี่ยงการทุจริต (โอกาส × ผลกระทบ)", Look.TITLE);
		span(1, 0, last, "ของ" + this.plan.organizationAndYear(this.digits), Look.TITLE);
		span(2, 0, last, RiskReportSheet.counted(counts.total(), records.rejectedRisks(), this.digits), Look.TITLE);
		int gridEnd = grid(counts);
		int legendEnd = legend(gridEnd + 2);
		List<String> categories = this.settings.categories();
		int next = tally(GRID_TOP - 1, "ประเภทความเสี่ยง", categories, categories, counts.byCategory());
		List<Division> divisions = this.plan.divisions();
		tally(next + 1, "สำนัก/กอง", divisions.stream().map(Division::code).toList(),
				divisions.stream().map(Division::name).toList(), counts.byDivision());
		for (int r = 0; r < this.lines.size(); r++) {
			Row row = this.sheet.getRow(r);
			if (row != null && this.lines.get(r) > 0) {
				row.setHeightInPoints(RowHeights.points(this.lines.get(r)));
			}
		}
		print(Math.max(legendEnd, next));
	}

	/** The grid and its labels; returns the last row used. */
	private int grid(RiskCounts counts) {
		int header = GRID_TOP - 1;
		span(header, 0, FIRST_IMPACT + RiskSettings.SCALE_MAX - 1, "จำนวนความเสี่ยงตามโอกาสและผลกระทบ", Look.TABLE_HEADER);
		for (int likelihood = RiskSettings.SCALE_MAX; likelihood >= 1; likelihood--) {
			int r = GRID_TOP + RiskSettings.SCALE_MAX - likelihood;
			ScaleLevel level = this.settings.likelihood().get(likelihood - 1);
			cell(r, SCALE_COLUMN, this.digits.format(likelihood) + " " + level.name(), this.styles.get(Look.CELL_BOLD));
			for (int impact = 1; impact <= RiskSettings.SCALE_MAX; impact++) {
				RiskBand band = new RiskScore(likelihood, impact).band(this.settings);
				cell(r, FIRST_IMPACT + impact - 1, this.digits.format(counts.at(likelihood, impact)),
						this.styles.filled(Look.TABLE_HEADER, band.colour()));
			}
			fit(r, 2);
		}
		int bottom = GRID_TOP + RiskSettings.SCALE_MAX - 1;
		span(GRID_TOP, 0, 0, "โอกาส", Look.CELL_BOLD);
		this.sheet.addMergedRegion(new CellRangeAddress(GRID_TOP, bottom, 0, 0));
		for (int r = GRID_TOP + 1; r <= bottom; r++) {
			cell(r, 0, "", this.styles.get(Look.CELL_BOLD));
		}
		int names = bottom + 1;
		cell(names, 0, "", this.styles.get(Look.CELL_BOLD));
		cell(names, SCALE_COLUMN, "", this.styles.get(Look.CELL_BOLD));
		for (int impact = 1; impact <= RiskSettings.SCALE_MAX; impact++) {
			ScaleLevel level = this.settings.impact().get(impact - 1);
			cell(names, FIRST_IMPACT + impact - 1, this.digits.format(impact) + "\n" + level.name(),
					this.styles.get(Look.TABLE_HEADER));
		}
		fit(names, 2);
		span(names + 1, 0, FIRST_IMPACT + RiskSettings.SCALE_MAX - 1, "ผลกระทบ", Look.TABLE_HEADER);
		return names + 1;
	}

	/** The bands with their score ranges, in their colours; returns the last row used. */
	private int legend(int top) {
		span(top, 0, FIRST_IMPACT + RiskSettings.SCALE_MAX - 1, "เกณฑ์ระดับความเสี่ยง (คะแนน = โอกาส × ผลกระทบ)",
				Look.TABLE_HEADER);
		int r = top;
		for (RiskBand band : this.settings.bands()) {
			r++;
			span(r, 0, SCALE_COLUMN, band.name(), Look.CELL_CENTRED);
			this.sheet.getRow(r).getCell(0).setCellStyle(this.styles.filled(Look.CELL_CENTRED, band.colour()));
			this.sheet.getRow(r).getCell(SCALE_COLUMN).setCellStyle(this.styles.filled(Look.CELL_CENTRED, band.colour()));
			span(r, FIRST_IMPACT, FIRST_IMPACT + RiskSettings.SCALE_MAX - 1, "คะแนน " + this.digits.format(band.from())
					+ " - " + this.digits.format(band.to()), Look.CELL);
		}
		return r;
	}

	/**
	 * A table of counts per group and level with a total column and row, starting at row
	 * {@code top}; returns the last row used.
	 */
	private int tally(int top, String title, List<String> groups, List<String> names, List<Tally> tallies) {
		List<RiskBand> bands = this.settings.bands();
		int total = TALLY + bands.size() + 1;
		cell(top, TALLY, title, this.styles.get(Look.TABLE_HEADER));
		for (int i = 0; i < bands.size(); i++) {
			cell(top, TALLY + 1 + i, bands.get(i).name(), this.styles.filled(Look.TABLE_HEADER, bands.get(i).colour()));
		}
		cell(top, total, "รวม", this.styles.get(Look.TABLE_HEADER));
		fit(top, 2);
		int r = top;
		for (int g = 0; g < groups.size(); g++) {
			r++;
			cell(r, TALLY, names.get(g), this.styles.get(Look.CELL));
			for (int i = 0; i < bands.size(); i++) {
				int count = RiskCounts.count(tallies, groups.get(g), bands.get(i).name());
				cell(r, TALLY + 1 + i, this.digits.format(count), this.styles.get(Look.CELL_CENTRED));
			}
			cell(r, total, this.digits.format(RiskCounts.count(tallies, groups.get(g), null)),
					this.styles.get(Look.CELL_CENTRED));
			fit(r, RowHeights.lines(names.get(g), 36));
		}
		r++;
		cell(r, TALLY, "รวม", this.styles.get(Look.CELL_BOLD));
		int all = 0;
		for (int i = 0; i < bands.size(); i++) {
			String level = bands.get(i).name();
			int count = tallies.stream().filter((tally) -> tally.level().equals(level)).mapToInt(Tally::count).sum();
			all += count;
			cell(r, TALLY + 1 + i, this.digits.format(count), this.styles.get(Look.CELL_CENTRED));
		}
		cell(r, total, this.digits.format(all), this.styles.get(Look.CELL_CENTRED));
		return r;
	}

	private void span(int r, int first, int last, String text, Look look) {
		for (int column = first; column <= last; column++) {
			cell(r, column, (column == first) ? text : "", this.styles.get(look));
		}
		if (last > first) {
			this.sheet.addMergedRegion(new CellRangeAddress(r, r, first, last));
		}
	}

	private void cell(int r, int column, String text, CellStyle style) {
		Row row = this.sheet.getRow(r);
		if (row == null) {
			row = this.sheet.createRow(r);
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		fit(r, 1);
	}

	/** Keeps the tallest need of a row, applied once all is written. */
	private void fit(int r, int needed) {
		while (this.lines.size() <= r) {
			this.lines.add(0);
		}
		this.lines.set(r, Math.max(this.lines.get(r), needed));
	}

	private void print(int lastRow) {
		PrintLayout.a4LandscapeOnePage(this.sheet);
		this.sheet.getWorkbook().setPrintArea(this.sheet.getWorkbook().getSheetIndex(this.sheet), 0,
				TALLY + this.settings.bands().size() + 1, 0, lastRow);
	}

}
