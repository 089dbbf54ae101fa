package th.ita.merge.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.merge.Features;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanWriter;

/**
 * Rebuilds {@code samples/}: the plan of the seed's organization, and one workbook per division
 * made with the project's own template writer and filled in so that the merge reproduces the
 * seed. Run it from the project folder after changing the templates:
 * {@code mvn -q test-compile exec:java} is not needed; use
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) th.ita.merge.samples.SampleGenerator samples}
 * or simply the test {@code SampleGeneratorTests}, which writes into a folder of its own.
 */
public final class SampleGenerator {

	private SampleGenerator() {
	}

	public static void main(String[] args) throws IOException {
		generate(Path.of((args.length > 0) ? args[0] : "samples"));
	}

	/** Writes the plan and every division's filled workbook into {@code folder}. */
	public static List<Path> generate(Path folder) throws IOException {
		Plan plan = SeedData.plan();
		Files.createDirectories(folder);
		PlanWriter.write(plan, folder.resolve("plan.xlsx"));
		Path templates = Files.createTempDirectory("ita-templates");
		try {
			TemplateGenerator.generate(plan, Features.of(plan).sheets(), templates, TemplateGenerator.DEFAULT_SHEET_PASSWORD);
			List<Path> written = new java.util.ArrayList<>();
			for (Division division : plan.divisions()) {
				List<SeedData.Report> reports = SeedData.reports().stream()
					.filter((report) -> report.divisionCode().equals(division.code()))
					.toList();
				Path target = folder.resolve(TemplateGenerator.fileName(plan, division));
				TemplateFiller.fill(templates.resolve(TemplateGenerator.fileName(plan, division)), target, reports,
						SampleRisks.of(division.code()));
				written.add(target);
			}
			return written;
		}
		finally {
			try (var files = Files.list(templates)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(templates);
		}
	}

}
