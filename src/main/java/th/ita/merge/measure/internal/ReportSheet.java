package th.ita.merge.measure.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

import th.ita.merge.measure.MeasureReports;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.Tool;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.ColumnShares;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The printable report (รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส) laid out as
 * the published one: the title; the table with its two header rows; inside it the sections
 * ๑. ด้าน IIT, ๒. ด้าน EIT, ๓. ด้าน OIT and per indicator its heading, narrative and numbered
 * measures; and the sign-off block: the date, then each signatory of the plan. The result text stands in the column of its state.
 * <p>
 * The indicators share one table so that its header, repeated at the top of every printed page,
 * never prints twice on a page where an indicator begins.
 */
public final class ReportSheet {

	/** The width of the table, in characters of the default font: it fills an A4 landscape page. */
	private static final int TOTAL_WIDTH = 119;

	/** The sheet's table, shared by the text of every measure row ({@link ReportLines}). */
	static final ColumnShares.Page PAGE = ColumnShares.Page.sheet(TOTAL_WIDTH);

	private static final int LAST = ReportOutline.USUAL_WIDTHS.length - 1;

	private static final String INDENT = "\u2003\u2003";

	private final Plan plan;

	private final Digits digits;

	private final LocalDate runDate;

	private final Sheet sheet;

	private final ThaiStyles styles;

	private SheetWriter out;

	/** {@code runDate} dates the report when the plan gives no date. */
	public ReportSheet(Sheet sheet, ThaiStyles styles, Plan plan, Digits digits, LocalDate runDate) {
		this.plan = plan;
		this.digits = digits;
		this.runDate = runDate;
		this.sheet = sheet;
		this.styles = styles;
	}

	public void write(MeasureReports records, ReportLines lines) {
		this.out = new SheetWriter(this.sheet, this.styles, lines.sheetWidths()).printed();
		title();
		this.out.skip();
		int headerRow = this.out.tableHeader(ReportOutline.HEADER_TOP, ReportOutline.HEADER_BOTTOM);
		int section = 0;
		for (Tool tool : Tool.values()) {
			List<Indicator> indicators = ReportOutline.indicatorsOf(this.plan, tool);
			if (indicators.isEmpty()) {
				continue;
			}
			this.out.span(this.digits.format(++section) + ". " + tool.sectionTitle(), Look.CELL_BOLD, 0, LAST);
			this.out.keepWithNext();
			for (Indicator indicator : indicators) {
				indicator(indicator, records);
			}
		}
		this.out.signOff(this.plan.signOff().lines(this.digits, this.runDate), ReportOutline.FIRST_STATE, LAST);
		this.out.paginate(headerRow, headerRow + 1);
	}

	private void title() {
		this.out.title(LAST, ReportOutline.title(this.plan, this.digits).toArray(String[]::new));
	}

	private void indicator(Indicator indicator, MeasureReports records) {
		this.out.span("ตัวชี้วัดที่ " + this.digits.format(indicator.number()) + " " + indicator.name(), Look.CELL_BOLD,
				0, LAST);
		this.out.keepWithNext();
		for (String paragraph : indicator.narrative().split("\n")) {
			if (!paragraph.isBlank()) {
				this.out.span(INDENT + paragraph.strip(), Look.CELL, 0, LAST);
			}
		}
		String topic = "";
		int number = 0;
		for (Measure measure : ReportOutline.measuresOf(this.plan, indicator)) {
			if (!measure.topic().isEmpty() && !measure.topic().equals(topic)) {
				topic = measure.topic();
				this.out.span(topic, Look.CELL_BOLD, 0, LAST);
				this.out.keepWithNext();
			}
			this.out.cells(ReportOutline.cells(++number, ReportOutline.line(this.plan, measure, records), this.digits),
					Look.CELL);
		}
	}

}
