package th.ita.merge.plan;

import java.nio.file.Path;

import th.ita.merge.plan.internal.PlanWorkbookReader;

/**
 * Reads the plan workbook the legal officer fills in (see {@link PlanLayout}) into a whole
 * {@link Plan}, or refuses it with every problem named by sheet and cell. Never returns null.
 */
public final class PlanReader {

	private PlanReader() {
	}

	public static Plan read(Path path) throws InvalidPlanException {
		return PlanWorkbookReader.read(path);
	}

}
