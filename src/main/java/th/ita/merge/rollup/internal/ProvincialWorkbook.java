package th.ita.merge.rollup.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import th.ita.merge.io.AtomicFiles;
import th.ita.merge.problem.Problem;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.StreamingWorkbooks;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * The provincial workbook: the printable summary, the summary per organization, the share done per indicator, every
 * measure and every risk of every organization, the province's heat maps, and what is missing or
 * was not rolled up. Written streaming (SXSSF), the measures and risks read back from staging one
 * organization at a time, so 7,852 organizations need no more memory than 334; moved into place
 * only once complete.
 */
final class ProvincialWorkbook {

	/** Rows each streamed sheet keeps in memory before it flushes them to disk. */
	private static final int ROWS_IN_MEMORY = 100;

	private ProvincialWorkbook() {
	}

	static void write(Path target, ProvinceSummary summary, List<Problem> problems, RollupStaging staging, long run,
			Digits digits) throws IOException {
		SXSSFWorkbook workbook = StreamingWorkbooks.create(ROWS_IN_MEMORY);
		try {
			ThaiStyles styles = new ThaiStyles(workbook);
			SummaryReportSheet.write(workbook, styles, summary, digits);
			OrganizationsSheet.write(workbook, styles, summary);
			MeasureSheets measures = new MeasureSheets(workbook, styles);
			RiskSheets risks = new RiskSheets(workbook, styles);
			for (OrganizationProgress organization : summary.organizations()) {
				if (organization.received().isPresent()) {
					measures.write(organization, staging, run);
					risks.write(organization, staging, run);
				}
			}
			measures.finish();
			risks.finish(summary.province());
			MissingSheet.write(workbook, styles, problems);
			AtomicFiles.write(target, workbook::write);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

}
