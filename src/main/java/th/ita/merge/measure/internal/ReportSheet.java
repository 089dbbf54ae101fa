package th.ita.merge.measure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import th.ita.merge.measure.MeasureReports;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.Tool;
import th.ita.merge.value.Digits;
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

	static final List<String> HEADER_TOP = List.of("ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อนจากการประเมิน",
			"แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ", "ผู้รับผิดชอบ", "ผลการดำเนินการ", "", "", "หมายเหตุ");

	/** Column widths, in characters of the default font: the table fills an A4 landscape page. */
	private static final int[] WIDTHS = { 22, 27, 13, 15, 15, 13, 14 };

	private static final int LAST = WIDTHS.length - 1;

	private static final int FIRST_STATE = 3;

	private static final String INDENT = "\u2003\u2003";

	private final Plan plan;

	private final Digits digits;

	private final LocalDate runDate;

	private final SheetWriter out;

	/** {@code runDate} dates the report when the plan gives no date. */
	public ReportSheet(Sheet sheet, ThaiStyles styles, Plan plan, Digits digits, LocalDate runDate) {
		this.plan = plan;
		this.digits = digits;
		this.runDate = runDate;
		this.out = new SheetWriter(sheet, styles, WIDTHS).printed();
	}

	public void write(MeasureReports records) {
		title();
		this.out.skip();
		int headerRow = tableHeader();
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
		this.out.signOff(this.plan.signOff().lines(this.digits, this.runDate), FIRST_STATE, LAST);
		this.out.paginate(headerRow, headerRow + 1);
	}

	private void title() {
		this.out.title(LAST, ReportOutline.title(this.plan, this.digits).toArray(String[]::new));
	}

	/** The two header rows; ผลการดำเนินการ spans the three state columns. Returns the first row. */
	private int tableHeader() {
		Row top = this.out.cells(HEADER_TOP, Look.TABLE_HEADER);
		List<String> bottom = new ArrayList<>(List.of("", "", ""));
		for (ProgressState state : ProgressState.values()) {
			bottom.add(state == ProgressState.IN_PROGRESS ? "อยู่ระหว่าง\nดำเนินการ" : state.thai());
		}
		bottom.add("");
		Row second = this.out.cells(bottom, Look.TABLE_HEADER);
		Sheet sheet = this.out.sheet();
		int r = top.getRowNum();
		for (int column : new int[] { 0, 1, 2, LAST }) {
			sheet.addMergedRegion(new CellRangeAddress(r, r + 1, column, column));
		}
		sheet.addMergedRegion(new CellRangeAddress(r, r, FIRST_STATE, FIRST_STATE + 2));
		return r;
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
				this.out.cells(List.of(topic, "", "", "", "", "", ""), Look.CELL_BOLD);
				this.out.keepWithNext();
			}
			ConsolidatedMeasure line = MeasureConsolidation.consolidate(measure,
					this.plan.divisionsResponsibleFor(measure), records.reportsOn(measure.id()),
					records.rejectedOn(measure.id()));
			measureRow(++number, line);
		}
	}

	private void measureRow(int number, ConsolidatedMeasure line) {
		String prefix = this.digits.format(number) + ". ";
		List<String> values = new ArrayList<>(List.of(prefix + line.measure().weakness(),
				prefix + line.measure().guideline(), line.measure().responsible(), "", "", "", line.remark()));
		values.set(FIRST_STATE + line.state().ordinal(), line.result());
		this.out.cells(values, Look.CELL);
	}

}
