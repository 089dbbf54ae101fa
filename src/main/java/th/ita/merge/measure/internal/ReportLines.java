package th.ita.merge.measure.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import th.ita.merge.docx.ThaiDocument;
import th.ita.merge.docx.ThaiText;
import th.ita.merge.measure.MeasureReports;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.ColumnShares;

/**
 * What the report's outputs must know of every measure's line before they print one: the
 * columns' widths on the sheet and in the document, shared by the text of every row (see
 * {@link ColumnShares}), each measure's state and the divisions that reported on it. A line is
 * a query of all its divisions' reports; made in one pass and shared, the sheet, the document,
 * the standings and the totals no longer pass over every measure each for itself. The lines'
 * texts are not kept: only the widths, the states and the divisions' names as a cell holds them.
 */
public final class ReportLines {

	private final int[] sheetWidths;

	private final int[] documentWidths;

	private final Map<String, ProgressState> states;

	/** Per measure the divisions that reported on it, as the standings sheet's cell holds them. */
	private final Map<String, String> divisions;

	private ReportLines(int[] sheetWidths, int[] documentWidths, Map<String, ProgressState> states,
			Map<String, String> divisions) {
		this.sheetWidths = sheetWidths;
		this.documentWidths = documentWidths;
		this.states = states;
		this.divisions = divisions;
	}

	public static ReportLines of(Plan plan, MeasureReports records, Digits digits) {
		ColumnShares.Measured sheet = new ColumnShares.Measured(ReportSheet.PAGE, ReportOutline.USUAL_WIDTHS.length);
		ColumnShares.Measured document = new ColumnShares.Measured(ThaiDocument.columns(ThaiText.POINTS),
				ReportOutline.USUAL_WIDTHS.length);
		Map<String, ProgressState> states = new HashMap<>();
		Map<String, String> divisions = new HashMap<>();
		ReportOutline.forEachLine(plan, records, (number, line) -> {
			List<String> cells = ReportOutline.cells(number, line, digits);
			sheet.add(cells);
			cells.set(cells.size() - 1, ReportDocument.remark(line).shown());
			document.add(cells);
			states.put(line.measure().id(), line.state());
			// the reports the line was just made of (the records keep the last answer)
			divisions.put(line.measure().id(), StandingsSheet.divisions(plan, records.reportsOn(line.measure().id())));
		});
		for (Measure measure : plan.measures()) {
			// a measure outside the report's outline (none in a checked plan) still stands
			states.computeIfAbsent(measure.id(), (id) -> ReportOutline.line(plan, measure, records).state());
			divisions.computeIfAbsent(measure.id(), (id) -> StandingsSheet.divisions(plan, records.reportsOn(id)));
		}
		List<String> headers = ColumnShares.headers(ReportOutline.HEADER_TOP, ReportOutline.HEADER_BOTTOM);
		return new ReportLines(ColumnShares.share(headers, ReportOutline.USUAL_WIDTHS, sheet),
				ColumnShares.share(headers, ReportOutline.USUAL_WIDTHS, document), Map.copyOf(states),
				Map.copyOf(divisions));
	}

	/** The widths of the report sheet's columns, in Excel's unit. */
	int[] sheetWidths() {
		return this.sheetWidths.clone();
	}

	/** The widths of the report document's columns, as weights of the page's width. */
	int[] documentWidths() {
		return this.documentWidths.clone();
	}

	/** The divisions that reported on the measure, as the standings sheet's cell holds them. */
	String divisionsOf(Measure measure) {
		return this.divisions.get(measure.id());
	}

	/** The measure's state as the report gives it. */
	public ProgressState stateOf(Measure measure) {
		return this.states.get(measure.id());
	}

}
