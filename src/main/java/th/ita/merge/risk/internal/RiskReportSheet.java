package th.ita.merge.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import th.ita.merge.plan.Plan;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskCounts;
import th.ita.merge.risk.RiskEntry;
import th.ita.merge.risk.RiskRecords;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.ColumnShares;
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

	/** The width of the table, in characters of the default font: it fills an A4 landscape page. */
	private static final int TOTAL_WIDTH = 139;

	private static final int LAST = RiskReportRows.HEADER_TOP.size() - 1;

	/** Each column's look: the short values of the number and the assessment centred. */
	private static final List<Look> LOOKS = IntStream.rangeClosed(0, LAST)
		.mapToObj((column) -> RiskReportRows.CENTRED.contains(column) ? Look.CELL_CENTRED : Look.CELL)
		.toList();

	private final Plan plan;

	private final Digits digits;

	private final ThaiStyles styles;

	private final Sheet sheet;

	private final LocalDate runDate;

	private SheetWriter out;

	/** {@code runDate} dates the report when the plan gives no date. */
	public RiskReportSheet(Sheet sheet, ThaiStyles styles, Plan plan, Digits digits, LocalDate runDate) {
		this.plan = plan;
		this.digits = digits;
		this.runDate = runDate;
		this.styles = styles;
		this.sheet = sheet;
	}

	public void write(RiskRecords records) {
		RiskSettings settings = this.plan.risk();
		RiskCounts counts = records.riskCounts();
		Map<String, List<RiskEntry>> risks = RiskReportRows.byCategory(this.plan, records);
		int[] widths = RiskReportRows.widths(ColumnShares.Page.sheet(TOTAL_WIDTH), this.plan, this.digits, risks);
		this.out = new SheetWriter(this.sheet, this.styles, widths).printed();
		this.out.title(LAST, "รายงานผลการประเมินความเสี่ยงการทุจริต", "ของ" + this.plan.organizationAndYear(this.digits),
				summary(settings, counts, records.rejectedRisks()));
		this.out.skip();
		int headerRow = this.out.tableHeader(RiskReportRows.HEADER_TOP, RiskReportRows.HEADER_BOTTOM);
		int section = 0;
		for (Map.Entry<String, List<RiskEntry>> category : risks.entrySet()) {
			this.out.span(this.digits.format(++section) + ". " + category.getKey(), Look.CELL_BOLD, 0, LAST);
			this.out.keepWithNext();
			List<RiskEntry> inCategory = category.getValue();
			for (int number = 1; number <= inCategory.size(); number++) {
				RiskEntry risk = inCategory.get(number - 1);
				Row row = this.out.cells(RiskReportRows.texts(this.plan, this.digits, number, risk), LOOKS);
				this.out.fill(row, RiskReportRows.LEVEL, Look.CELL_CENTRED, RiskRegisterSheet.colour(settings, risk));
			}
			if (inCategory.isEmpty()) {
				this.out.span("ไม่พบความเสี่ยงในประเภทนี้", Look.CELL_CENTRED, 0, LAST);
			}
		}
		notCounted(records);
		this.out.signOff(this.plan.signOff().lines(this.digits, this.runDate), RiskReportRows.LEVEL, LAST);
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

}
