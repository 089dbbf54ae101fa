package th.ita.merge.merge.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.io.AtomicFiles;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.merge.ConsolidatedIdentity;
import th.ita.merge.plan.Plan;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.StreamingWorkbooks;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * Writes the consolidated workbook: the measures' printable report and register, the risks'
 * register, heat map and report, what changed since the round before (when it is known), then the
 * submissions and the errors. Sheets are streamed
 * (SXSSF), so a run of hundreds of files needs no more memory than a run of ten, and the file is
 * moved into place only once it is complete.
 */
final class ConsolidatedWorkbook {

	/** Rows each streamed sheet keeps in memory before it flushes them to disk. */
	private static final int ROWS_IN_MEMORY = 200;

	private final Plan plan;

	private final Digits digits;

	private final LocalDate runDate;

	private final MeasureOutputs measures;

	ConsolidatedWorkbook(Plan plan, Digits digits, LocalDate runDate, MeasureOutputs measures) {
		this.plan = plan;
		this.digits = digits;
		this.runDate = runDate;
		this.measures = measures;
	}

	void write(Path target, StagedRecords records, List<SubmissionSummary> submissions, Optional<RoundChanges> changes,
			ConsolidatedIdentity.Totals totals) throws IOException {
		SXSSFWorkbook workbook = StreamingWorkbooks.create(ROWS_IN_MEMORY);
		try {
			ThaiStyles styles = new ThaiStyles(workbook);
			this.measures.write(workbook, styles, records);
			new RiskOutputs(this.plan, this.digits, this.runDate).write(workbook, styles, records);
			if (changes.isPresent()) {
				new ChangeSheet(workbook.createSheet(ChangeSheet.NAME), styles, this.plan, this.digits)
					.write(changes.get().previous(), changes.get().measures(), changes.get().risks());
			}
			SubmissionsSheet.write(workbook.createSheet(SubmissionsSheet.NAME), styles, submissions);
			ErrorsSheet.write(workbook.createSheet(ErrorsSheet.NAME), styles, records::forEachProblem);
			writeIdentity(workbook, totals);
			AtomicFiles.write(target, workbook::write);
		}
		finally {
			workbook.close();
		}
	}

	/**
	 * The very hidden sheet by which the workbook says what it is, so that it is never taken for a
	 * division's file when it lands among them.
	 */
	private void writeIdentity(SXSSFWorkbook workbook, ConsolidatedIdentity.Totals totals) {
		Sheet sheet = workbook.createSheet(DivisionWorkbook.CONSOLIDATED_SHEET);
		Map<String, String> identity = ConsolidatedIdentity.of(this.plan, totals, Instant.now());
		int index = 0;
		for (Map.Entry<String, String> entry : identity.entrySet()) {
			Row row = sheet.createRow(index++);
			row.createCell(0).setCellValue(entry.getKey());
			row.createCell(1).setCellValue(entry.getValue());
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

}
