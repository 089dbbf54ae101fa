package th.ita.merge.measure;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;

import th.ita.merge.docx.SignaturePlacement;
import th.ita.merge.measure.internal.RegisterSheet;
import th.ita.merge.measure.internal.ReportLines;
import th.ita.merge.measure.internal.ReportDocument;
import th.ita.merge.measure.internal.ReportSheet;
import th.ita.merge.measure.internal.StandingsSheet;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The measures' outputs: in the consolidated workbook the printable six-month (or twelve-month)
 * report the official signs and the register of every report of every division; and the same
 * report as a Word document, laid out by Word, to sign and publish.
 */
public final class MeasureOutputs {

	public static final String REGISTER_SHEET = "ทะเบียนมาตรการ";

	/** The very hidden sheet of every measure's state as the report gives it, for the roll-up. */
	public static final String STANDINGS_SHEET = "ita-measures";

	private final Plan plan;

	private final Digits digits;

	private final LocalDate runDate;

	/** What changed since the round before, summed up per tool in the report document; none if unknown. */
	private final Optional<MeasureChanges> changes;

	/**
	 * The widths, states and divisions of the reports last written, with the reports they were
	 * made of: the workbook, the document and the totals of one run share them (one object for
	 * the run).
	 */
	private ReportLines lines;

	private MeasureReports linesOf;

	/** {@code runDate} dates the printed report when the plan gives no date. */
	public MeasureOutputs(Plan plan, Digits digits, LocalDate runDate) {
		this(plan, digits, runDate, Optional.empty());
	}

	private MeasureOutputs(Plan plan, Digits digits, LocalDate runDate, Optional<MeasureChanges> changes) {
		this.plan = plan;
		this.digits = digits;
		this.runDate = runDate;
		this.changes = changes;
	}

	/** These outputs, whose report document sums up per tool how the measures moved since the round before. */
	public MeasureOutputs comparedWith(Optional<MeasureChanges> changes) {
		MeasureOutputs compared = new MeasureOutputs(this.plan, this.digits, this.runDate, changes);
		compared.lines = this.lines;
		compared.linesOf = this.linesOf;
		return compared;
	}

	/** The printable report's sheet name, e.g. "รายงานรอบ ๖ เดือน". */
	public static String reportSheetName(Plan plan, Digits digits) {
		return "รายงานรอบ " + digits.format(plan.period().months()) + " เดือน";
	}

	/** Adds the report and the register, in that order, and the very hidden sheet of every measure's state. */
	public void write(Workbook workbook, ThaiStyles styles, MeasureReports reports) {
		ReportLines lines = lines(reports);
		new ReportSheet(workbook.createSheet(reportSheetName(this.plan, this.digits)), styles, this.plan, this.digits,
				this.runDate).write(reports, lines);
		new RegisterSheet(workbook.createSheet(REGISTER_SHEET), styles, this.plan).write(reports);
		StandingsSheet.write(workbook.createSheet(STANDINGS_SHEET), this.plan, lines);
	}

	/** Writes the report as a Word document. */
	public void writeDocument(OutputStream out, MeasureReports reports, SignaturePlacement signatures) throws IOException {
		new ReportDocument(this.plan, this.digits, this.runDate).write(out, reports, lines(reports), signatures,
				this.changes);
	}

	/** The reports' widths and states, made once for the reports given. */
	private synchronized ReportLines lines(MeasureReports reports) {
		if (this.lines == null || this.linesOf != reports) {
			this.lines = ReportLines.of(this.plan, reports, this.digits);
			this.linesOf = reports;
		}
		return this.lines;
	}

	/** The reports of the measures register of an earlier round's consolidated workbook; none if it has no register. */
	public static List<PreviousReport> readRegister(XlsxFile workbook) throws IOException {
		Optional<SheetInfo> sheet = workbook.sheet(REGISTER_SHEET);
		return sheet.isPresent() ? RegisterSheet.read(workbook, sheet.get()) : List.of();
	}

	/**
	 * Every measure of a consolidated workbook's plan with its state as its report gives it; empty
	 * when the workbook was made before it carried them.
	 */
	public static Optional<List<MeasureStanding>> readStandings(XlsxFile workbook) throws IOException {
		Optional<SheetInfo> sheet = workbook.sheet(STANDINGS_SHEET);
		return sheet.isPresent() ? Optional.of(StandingsSheet.read(workbook, sheet.get())) : Optional.empty();
	}

	/** How many of the plan's measures stand in each state this round, as the report gives them. */
	public Map<ProgressState, Integer> stateCounts(MeasureReports reports) {
		ReportLines lines = lines(reports);
		Map<ProgressState, Integer> counts = new EnumMap<>(ProgressState.class);
		for (Measure measure : this.plan.measures()) {
			counts.merge(lines.stateOf(measure), 1, Integer::sum);
		}
		return counts;
	}

}
