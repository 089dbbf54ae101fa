package th.ita.merge.division;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import th.ita.merge.division.internal.TemplateWriter;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;

/** Writes one template per division on the plan's roster into a folder, with the features' sheets. */
public final class TemplateGenerator {

	/** Locks the sheets against accidental edits; the officer can unlock them with it. */
	public static final String DEFAULT_SHEET_PASSWORD = "ita";

	private TemplateGenerator() {
	}

	/** The file name of a division's template, e.g. "ita-2566-รอบ1-กองคลัง.xlsx". */
	public static String fileName(Plan plan, Division division) {
		return new TemplateWriter(plan, List.of(), DEFAULT_SHEET_PASSWORD).fileName(division);
	}

	/** Writes the template of one division to {@code target}. */
	public static void write(Plan plan, List<DivisionSheet<?>> sheets, Division division, Path target,
			String sheetPassword) throws IOException {
		new TemplateWriter(plan, sheets, sheetPassword).write(division, target);
	}

	public static List<Path> generate(Plan plan, List<DivisionSheet<?>> sheets, Path folder, String sheetPassword)
			throws IOException {
		TemplateWriter writer = new TemplateWriter(plan, sheets, sheetPassword);
		List<Path> written = new ArrayList<>();
		for (Division division : plan.divisions()) {
			Path target = folder.resolve(writer.fileName(division));
			writer.write(division, target);
			written.add(target);
		}
		return written;
	}

}
