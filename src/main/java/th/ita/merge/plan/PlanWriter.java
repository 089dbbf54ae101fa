package th.ita.merge.plan;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.io.AtomicFiles;
import th.ita.merge.plan.internal.PlanSheets;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * Writes a {@link Plan} as the plan workbook a legal officer fills in (see {@link PlanLayout}), the
 * one writer of that shape: what it writes, {@link PlanReader} reads back as the same plan. The
 * file appears whole or not at all.
 */
public final class PlanWriter {

	private PlanWriter() {
	}

	public static void write(Plan plan, Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			new PlanSheets(workbook, new ThaiStyles(workbook)).write(plan);
			AtomicFiles.write(target, workbook::write);
		}
	}

}
