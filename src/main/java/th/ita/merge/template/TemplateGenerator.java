package th.ita.merge.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;

/** Writes one template per division on the plan's roster into a folder. */
public final class TemplateGenerator {

	/** Locks the sheets against accidental edits; the officer can unlock them with it. */
	public static final String DEFAULT_SHEET_PASSWORD = "ita";

	private TemplateGenerator() {
	}

	public static List<Path> generate(Plan plan, Path folder, String sheetPassword) throws IOException {
		DivisionTemplateWriter writer = new DivisionTemplateWriter(plan, sheetPassword);
		List<Path> written = new ArrayList<>();
		for (Division division : plan.divisions()) {
			Path target = folder.resolve(writer.fileName(division));
			writer.write(division, target);
			written.add(target);
		}
		return written;
	}

}
