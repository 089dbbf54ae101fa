package th.ita.merge.merge.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import th.ita.merge.io.AtomicFiles;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.plan.Plan;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * Writes the consolidated workbook: the measures' printable report and register, the risks'
 * register, heat map and report, then the submissions and the errors. Sheets are streamed
 * (SXSSF), so a run of hundreds of files needs no more memory than a run of ten, and the file is
 * moved into place only once it is complete.
 */
final class ConsolidatedWorkbook {

	/** Rows each streamed sheet keeps in memory before it flushes them to disk. */
	private static final int ROWS_IN_MEMORY = 200;

	private final Plan plan;

	private final Digits digits;

	ConsolidatedWorkbook(Plan plan, Digits digits) {
		this.plan = plan;
		this.digits = digits;
	}

	void write(Path target, StagedRecords records, List<SubmissionSummary> submissions) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			ThaiStyles styles = new ThaiStyles(workbook);
			new MeasureOutputs(this.plan, this.digits).write(workbook, styles, records);
			new RiskOutputs(this.plan, this.digits).write(workbook, styles, records);
			SubmissionsSheet.write(workbook.createSheet(SubmissionsSheet.NAME), styles, submissions);
			ErrorsSheet.write(workbook.createSheet(ErrorsSheet.NAME), styles, records);
			AtomicFiles.write(target, workbook::write);
		}
		finally {
			workbook.close();
		}
	}

}
