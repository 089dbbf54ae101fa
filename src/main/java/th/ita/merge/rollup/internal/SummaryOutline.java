package th.ita.merge.rollup.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.value.Digits;
import th.ita.merge.value.ThaiDate;
import th.ita.merge.xlsx.ColumnShares;

/**
 * What the printable provincial summary says, whether printed from the sheet or the Word
 * document: the title, the paragraph of the whole province, the table's header, and the texts of
 * each organization's row, each district's subtotal and the province's total. Both writers take
 * their words from here, so the two never tell the officer different figures.
 */
final class SummaryOutline {

	/**
	 * The header's top row, the measures spanning their three states. No column more than these:
	 * on an A4 landscape page in 16 points every further header would take the room an
	 * organization's full name needs (the totals stand in the paragraph above the table).
	 */
	static final List<String> HEADER_TOP = List.of("ลำดับ", "ชื่อ อปท.", "วันที่ส่ง\nรายงาน", "จำนวนมาตรการ", "", "",
			"ร้อยละ\nดำเนินการ\nแล้ว", "ความเสี่ยง\nระดับสูง/\nสูงมาก");

	static final List<String> HEADER_BOTTOM = List.of("", "", "", "ดำเนินการ\nแล้ว", "อยู่ระหว่าง\nดำเนินการ",
			"ยังไม่\nดำเนินการ", "", "");

	/** The columns after the name, whose short values stand centred. */
	static final int FIRST_FIGURE = 2;

	/** The first column of the sign-off block: it stands in the right half of the page. */
	static final int SIGN_OFF_FROM = 4;

	static final int[] USUAL_WIDTHS = { 6, 48, 11, 11, 11, 11, 11, 11 };

	static final String NOT_RECEIVED = "ยังไม่ส่ง";

	private static final String NONE = "-";

	/** The day a file was made, as the province reads it. */
	private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

	private SummaryOutline() {
	}

	/**
	 * The three title lines: what the summary is, of which province, for which year and round;
	 * broken where each fits one line of the page, bold in 16 points.
	 */
	static List<String> title(ProvinceSummary summary, Digits digits) {
		return List.of("รายงานสรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
				"และการประเมินความเสี่ยงการทุจริต ขององค์กรปกครองส่วนท้องถิ่นในจังหวัด" + summary.province(),
				summary.period().fiscalYearTitle(digits) + " " + summary.period().roundTitle(digits));
	}

	/** The paragraph of the whole province: who sent, and how far their measures have come. */
	static String overview(ProvinceSummary summary, Digits digits) {
		Tally all = Tally.of(summary.organizations());
		StringBuilder text = new StringBuilder("องค์กรปกครองส่วนท้องถิ่นในจังหวัด").append(summary.province())
			.append(" ")
			.append(digits.format(all.organizations()))
			.append(" แห่ง ส่งรายงานแล้ว ")
			.append(digits.format(all.received()))
			.append(" แห่ง (ร้อยละ ")
			.append(percent(all.received(), all.organizations(), digits))
			.append(")");
		if (all.received() < all.organizations()) {
			text.append(" ยังไม่ส่ง ").append(digits.format(all.organizations() - all.received())).append(" แห่ง");
		}
		text.append(" มาตรการของ อปท. ที่ส่งรายงานรวม ").append(digits.format(all.measureCount())).append(" มาตรการ");
		for (ProgressState state : List.of(ProgressState.DONE, ProgressState.IN_PROGRESS, ProgressState.NOT_STARTED)) {
			text.append(" ").append(state.thai()).append(" ").append(digits.format(all.measures(state))).append(" มาตรการ");
			if (state == ProgressState.DONE) {
				text.append(" (ร้อยละ ").append(percent(all.measures(state), all.measureCount(), digits)).append(")");
			}
		}
		return text.append(" ความเสี่ยงการทุจริตที่ประเมินรวม ")
			.append(digits.format(all.risks()))
			.append(" รายการ อยู่ในระดับสูงหรือสูงมาก ")
			.append(digits.format(all.highRisks()))
			.append(" รายการ")
			.toString();
	}

	/** "อำเภอขามสะแกแสง (อปท. ๘ แห่ง)"; an organization without a district stands under ไม่ระบุอำเภอ. */
	static String districtHeading(String district, int organizations, Digits digits) {
		String name = district.isEmpty() ? "ไม่ระบุอำเภอ" : "อำเภอ" + district;
		return name + " (อปท. " + digits.format(organizations) + " แห่ง)";
	}

	/**
	 * An organization's row: its number in the district, name, the day it sent (or ยังไม่ส่ง), and
	 * its figures. The day alone says it was sent: a second line of ส่งแล้ว above it would make every
	 * row two lines tall, and the names narrower.
	 */
	static List<String> row(int number, OrganizationProgress organization, Digits digits) {
		List<String> cells = new ArrayList<>(List.of(digits.format(number), organization.name()));
		if (organization.received().isEmpty()) {
			cells.add(NOT_RECEIVED);
			while (cells.size() < HEADER_TOP.size()) {
				cells.add(NONE);
			}
			return cells;
		}
		String day = ThaiDate.inFigures(organization.received().get().madeAt().atZone(THAILAND).toLocalDate());
		cells.add(digits.apply(day));
		cells.addAll(figures(Tally.of(List.of(organization)), digits));
		return cells;
	}

	/** A subtotal or total row: its label, how many of how many sent, and the figures of those received. */
	static List<String> total(String label, List<OrganizationProgress> organizations, Digits digits) {
		Tally tally = Tally.of(organizations);
		List<String> cells = new ArrayList<>(List.of("", label, "ส่ง " + digits.format(tally.received()) + " จาก "
				+ digits.format(tally.organizations())));
		cells.addAll(figures(tally, digits));
		return cells;
	}

	static String districtTotal(String district) {
		return district.isEmpty() ? "รวมไม่ระบุอำเภอ" : "รวมอำเภอ" + district;
	}

	static String provinceTotal(ProvinceSummary summary) {
		return "รวมทั้งจังหวัด" + summary.province();
	}

	private static List<String> figures(Tally tally, Digits digits) {
		return List.of(digits.format(tally.measures(ProgressState.DONE)),
				digits.format(tally.measures(ProgressState.IN_PROGRESS)),
				digits.format(tally.measures(ProgressState.NOT_STARTED)),
				(tally.measureCount() == 0) ? NONE : percent(tally.measures(ProgressState.DONE), tally.measureCount(), digits),
				digits.format(tally.highRisks()));
	}

	/** "๘๓.๓": a share in per cent to one decimal place, "๐.๐" of nothing. */
	static String percent(long part, long whole, Digits digits) {
		double share = (whole == 0) ? 0 : 100.0 * part / whole;
		return digits.apply(String.format(Locale.ROOT, "%.1f", share));
	}

	/** The widths of the table's columns, shared by the text of every row (see {@link ColumnShares}). */
	static int[] widths(ColumnShares.Page page, ProvinceSummary summary, Digits digits) {
		ColumnShares.Measured rows = new ColumnShares.Measured(page, USUAL_WIDTHS.length);
		for (Map.Entry<String, List<OrganizationProgress>> district : summary.byDistrict().entrySet()) {
			int number = 0;
			for (OrganizationProgress organization : district.getValue()) {
				rows.add(row(++number, organization, digits));
			}
			rows.add(total(districtTotal(district.getKey()), district.getValue(), digits));
		}
		rows.add(total(provinceTotal(summary), summary.organizations(), digits));
		return ColumnShares.share(ColumnShares.headers(HEADER_TOP, HEADER_BOTTOM), USUAL_WIDTHS, rows);
	}

	/** The figures of some organizations added up: of those received, the measures and risks. */
	record Tally(int organizations, int received, Map<ProgressState, Integer> byState, int risks, int highRisks) {

		static Tally of(List<OrganizationProgress> organizations) {
			Map<ProgressState, Integer> byState = new EnumMap<>(ProgressState.class);
			int received = 0;
			int risks = 0;
			int high = 0;
			for (OrganizationProgress organization : organizations) {
				received += organization.received().isPresent() ? 1 : 0;
				for (ProgressState state : ProgressState.values()) {
					byState.merge(state, organization.measures(state), Integer::sum);
				}
				risks += organization.riskCount();
				high += organization.highRisks();
			}
			return new Tally(organizations.size(), received, byState, risks, high);
		}

		int measures(ProgressState state) {
			return this.byState.getOrDefault(state, 0);
		}

		int measureCount() {
			return this.byState.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
