package th.ita.merge.risk.internal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import th.ita.merge.plan.FollowUpStatus;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.ScaleLevel;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The legend beside the template's risk table: the office's likelihood and impact scales, its
 * bands in their colours with the ones that need a preventive measure, and its follow-up statuses,
 * so a division sees what to pick without leaving the sheet.
 */
final class RiskLegend {

	private static final Digits DIGITS = Digits.THAI;

	private RiskLegend() {
	}

	/** Writes the legend from column {@code first}, row {@code top} down. */
	static void write(XSSFSheet sheet, ThaiStyles styles, RiskSettings settings, int first, int top) {
		int[] widths = { 7, 12, 40, 40 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(first + i, widths[i] * 256);
		}
		int r = top;
		r = row(sheet, styles, first, r, Look.TABLE_HEADER, "", "ระดับ", "ชื่อระดับ", "โอกาสที่จะเกิด", "ผลกระทบ");
		for (int i = 0; i < RiskSettings.SCALE_MAX; i++) {
			ScaleLevel likely = settings.likelihood().get(i);
			ScaleLevel impact = settings.impact().get(i);
			String name = likely.name().equals(impact.name()) ? likely.name() : likely.name() + " / " + impact.name();
			r = row(sheet, styles, first, r, Look.CELL, "", DIGITS.format(i + 1), name, likely.description(),
					impact.description());
		}
		r++;
		r = row(sheet, styles, first, r, Look.TABLE_HEADER, "", "คะแนน", "ระดับความเสี่ยง", "ต้องมีมาตรการป้องกัน", "");
		for (RiskBand band : settings.bands()) {
			r = row(sheet, styles, first, r, Look.CELL, band.colour(),
					DIGITS.format(band.from()) + "-" + DIGITS.format(band.to()), band.name(),
					band.treatmentRequired() ? "ต้องกรอกมาตรการป้องกัน ผู้รับผิดชอบ และระยะเวลา" : "", "");
		}
		r++;
		r = row(sheet, styles, first, r, Look.TABLE_HEADER, "", "", "สถานะการติดตาม", "ความหมาย", "");
		for (FollowUpStatus status : settings.statuses()) {
			r = row(sheet, styles, first, r, Look.CELL, status.colour(), "", status.name(), status.meaning(), "");
		}
	}

	private static int row(XSSFSheet sheet, ThaiStyles styles, int first, int r, Look look, String colour,
			String... values) {
		Row row = (sheet.getRow(r) != null) ? sheet.getRow(r) : sheet.createRow(r);
		int lines = 1;
		for (int i = 0; i < values.length; i++) {
			Cell cell = row.createCell(first + i);
			cell.setCellValue(values[i]);
			cell.setCellStyle((i == 1) ? styles.filled(look, colour) : styles.get(look));
			lines = Math.max(lines, RowHeights.lines(values[i], 40));
		}
		row.setHeightInPoints(Math.max(row.getHeightInPoints(), RowHeights.points(lines)));
		return r + 1;
	}

}
