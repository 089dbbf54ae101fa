package th.ita.merge.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import th.ita.merge.plan.Plan;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskCounts;
import th.ita.merge.risk.RiskEntry;
import th.ita.merge.risk.RiskRecords;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The printable risk-assessment report (รายงานผลการประเมินความเสี่ยงการทุจริต) in the form offices
 * publish for the OIT item on the annual corruption-risk assessment: the title with the
 * organization and fiscal year, a summary by level, one table whose two header rows repeat on
 * every printed page, inside it per category its risks with risk factors, controls, likelihood, impact, score and
 * level (in its band's colour), measure, owner and timeline; and the sign-off block: the date,
 * then each signatory of the plan.
 */
public final class RiskReportSheet {

	static final List<String> HEADER_TOP = List.of("ที่", "เหตุการณ์ความเสี่ยง", "ปัจจัยเสี่ยง", "การควบคุมที่มีอยู่",
			"การประเมินความเสี่ยง",
			"", "", "", "มาตรการป้องกัน", "ผู้รับผิดชอบ", "ระยะเวลา");

	static final List<String> HEADER_BOTTOM = List.of("", "", "", "", "โอกาส", "ผลกระทบ", "คะแนน", "ระดับ", "", "",
			"");

	/** Column widths, in characters of the default font: the table fills an A4 landscape page. */
	private static final int[] WIDTHS = { 5, 22, 17, 17, 6, 8, 7, 9, 21, 14, 13 };

	private static final int LAST = WIDTHS.length - 1;

	private static final int FIRST_SCORE = 4;

	static final int LEVEL = 7;

	private final Plan plan;

	private final Digits digits;

	private final ThaiStyles styles;

	private final LocalDate runDate;

	private final SheetWriter out;

	/** {@code runDate} dates the report when the plan gives no date. */
	public RiskReportSheet(Sheet sheet, ThaiStyles styles, Plan plan, Digits digits, LocalDate runDate) {
		this.plan = plan;
		this.digits = digits;
		this.runDate = runDate;
		this.styles = styles;
		this.out = new SheetWriter(sheet, styles, WIDTHS).printed();
	}

	public void write(RiskRecords records) {
		RiskSettings settings = this.plan.risk();
		RiskCounts counts = records.riskCounts();
		this.out.title(LAST, "รายงานผลการประเมินความเสี่ยงการทุจริต", "ของ" + this.plan.organizationAndYear(this.digits),
				summary(settings, counts, records.rejectedRisks()));
		this.out.skip();
		int headerRow = tableHeader();
		int section = 0;
		for (String category : settings.categories()) {
			this.out.span(this.digits.format(++section) + ". " + category, Look.CELL_BOLD, 0, LAST);
			this.out.keepWithNext();
			int[] number = { 0 };
			records.forEachRiskIn(category, (risk) -> riskRow(++number[0], risk, settings));
			if (number[0] == 0) {
				this.out.span("ไม่พบความเสี่ยงในประเภทนี้", Look.CELL_CENTRED, 0, LAST);
			}
		}
		notCounted(records);
		this.out.signOff(this.plan.signOff().lines(this.digits, this.runDate), 7, LAST);
		this.out.paginate(headerRow, headerRow + 1);
	}

	/** "จำนวนความเสี่ยงทั้งหมด ๑๕ รายการ: ระดับสูงมาก ๒ ระดับสูง ๔ …", highest level first. */
	private String summary(RiskSettings settings, RiskCounts counts, int rejected) {
		List<String> levels = new ArrayList<>();
		for (int i = settings.bands().size() - 1; i >= 0; i--) {
			RiskBand band = settings.bands().get(i);
			int count = counts.byCategory().stream().filter((tally) -> tally.level().equals(band.name()))
				.mapToInt(RiskCounts.Tally::count).sum();
			levels.add("ระดับ" + band.name() + " " + this.digits.format(count));
		}
		return counted(counts.total(), rejected, this.digits) + ": " + String.join(" ", levels);
	}

	/**
	 * How many risks were counted, and when some were sent but not accepted, how many were sent
	 * and why the rest are not counted, as the heat map and the report say it.
	 */
	static String counted(int accepted, int rejected, Digits digits) {
		if (rejected == 0) {
			return "จำนวนความเสี่ยงทั้งหมด " + digits.format(accepted) + " รายการ";
		}
		return "ความเสี่ยงที่ส่งมา " + digits.format(accepted + rejected) + " รายการ นับ " + digits.format(accepted)
				+ " รายการ ไม่นับ " + digits.format(rejected) + " รายการเพราะข้อมูลไม่ครบหรือไม่ถูกต้อง"
				+ " (ดูเหตุผลในชีตทะเบียนความเสี่ยงการทุจริต)";
	}

	/** The risks sent but not counted, each with its division and why, after the categories. */
	private void notCounted(RiskRecords records) {
		if (records.rejectedRisks() == 0) {
			return;
		}
		this.out.span("ความเสี่ยงที่ส่งมาแต่ไม่นำมาประเมิน เพราะข้อมูลไม่ครบหรือไม่ถูกต้อง", Look.CELL_BOLD, 0, LAST);
		this.out.keepWithNext();
		int[] number = { 0 };
		records.forEachRejectedRisk((risk) -> {
			String event = risk.written(RiskColumn.EVENT).isEmpty() ? risk.written(RiskColumn.PROCESS)
					: risk.written(RiskColumn.EVENT);
			this.out.cellsSpanning(List.of(this.digits.format(++number[0]),
					event + "\n(" + this.plan.divisionName(risk.divisionCode()) + ")", risk.reasons()), Look.CELL, 2);
		});
	}

	/** The two header rows; การประเมินความเสี่ยง spans its four columns. Returns the first row. */
	private int tableHeader() {
		Row top = this.out.cells(HEADER_TOP, Look.TABLE_HEADER);
		Row bottom = this.out.cells(HEADER_BOTTOM, Look.TABLE_HEADER);
		Sheet sheet = this.out.sheet();
		int r = top.getRowNum();
		for (int column = 0; column <= LAST; column++) {
			if (column < FIRST_SCORE || column > LEVEL) {
				sheet.addMergedRegion(new CellRangeAddress(r, r + 1, column, column));
			}
		}
		sheet.addMergedRegion(new CellRangeAddress(r, r, FIRST_SCORE, LEVEL));
		return r;
	}

	private void riskRow(int number, RiskEntry risk, RiskSettings settings) {
		String division = this.plan.divisionName(risk.divisionCode());
		StringBuilder event = new StringBuilder(risk.event());
		if (!risk.process().isEmpty()) {
			event.append("\nกระบวนงาน: ").append(risk.process());
		}
		event.append("\n(").append(division).append(')');
		List<String> values = List.of(this.digits.format(number), event.toString(), risk.factors(), risk.controls(),
				this.digits.format(risk.likelihood()), this.digits.format(risk.impact()), this.digits.format(risk.score()),
				risk.level(), risk.measure(), risk.owner(), risk.timeline());
		List<Look> looks = List.of(Look.CELL_CENTRED, Look.CELL, Look.CELL, Look.CELL, Look.CELL_CENTRED, Look.CELL_CENTRED,
				Look.CELL_CENTRED, Look.CELL_CENTRED, Look.CELL, Look.CELL, Look.CELL);
		Row row = this.out.cells(values, looks);
		this.out.fill(row, LEVEL, Look.CELL_CENTRED, RiskRegisterSheet.colour(settings, risk));
	}

}
