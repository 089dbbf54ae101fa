package th.ita.merge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.merge.Features;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;
import th.ita.merge.samples.TemplateFiller;

/**
 * A few consolidated workbooks made by the real merge, so that every workbook a roll-up benchmark
 * reads was written by the project's own writers: the samples' merge, and variants of it in which
 * the same five divisions report the 17 measures with other states and texts and list fewer or
 * other risks (10 to 15). Each holds about 43 rows in its measures register, as an อบต. does.
 */
final class BaseWorkbooks {

	static final int COUNT = 4;

	private BaseWorkbooks() {
	}

	/** Merges each base into {@code folder} ({@code base-0.xlsx}…), or reuses those already there. */
	static List<Path> in(Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> bases = new ArrayList<>();
		for (int variant = 0; variant < COUNT; variant++) {
			Path base = folder.resolve("base-" + variant + ".xlsx");
			if (!Files.isRegularFile(base)) {
				Path work = Files.createTempDirectory(folder, "merge-");
				Path input = (variant == 0) ? Path.of("samples") : divisionFiles(variant, work.resolve("input"));
				Files.move(merge(input, work.resolve("output")), base, StandardCopyOption.ATOMIC_MOVE);
				Workspace.delete(work);
			}
			bases.add(base);
		}
		return bases;
	}

	/** Runs the merge in this JVM (no PDF) and returns its consolidated workbook. */
	private static Path merge(Path input, Path output) {
		System.setProperty("ita.pdf.enabled", "false");
		int status = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output", output.toString());
		Path workbook = output.resolve("ita-2566-round1.xlsx");
		if (status == 1 || !Files.isRegularFile(workbook)) {
			throw new IllegalStateException("the merge of " + input + " exited with " + status);
		}
		return workbook;
	}

	/** The seed's plan and its divisions' files, filled in as this variant's divisions would. */
	private static Path divisionFiles(int variant, Path input) throws IOException {
		Plan plan = SeedData.plan();
		PlanWriter.write(plan, input.resolve("plan.xlsx"));
		Path templates = input.resolveSibling("templates");
		TemplateGenerator.generate(plan, Features.of(plan).sheets(), templates, TemplateGenerator.DEFAULT_SHEET_PASSWORD);
		List<SampleRisks.Risk> risks = risks(variant);
		for (Division division : plan.divisions()) {
			List<SeedData.Report> reports = SeedData.reports()
				.stream()
				.filter((report) -> report.divisionCode().equals(division.code()))
				.map((report) -> reported(variant, division, report))
				.toList();
			String file = TemplateGenerator.fileName(plan, division);
			TemplateFiller.fill(templates.resolve(file), input.resolve(file), reports,
					risks.stream().filter((risk) -> risk.divisionCode().equals(division.code())).toList());
		}
		return input;
	}

	/** A division's report in this variant: another of the seed's states and texts, in its own words. */
	private static SeedData.Report reported(int variant, Division division, SeedData.Report report) {
		List<SeedData.Report> seed = SeedData.reports();
		SeedData.Report model = seed.get(Math.floorMod((variant + division.code() + report.measureId()).hashCode(), seed.size()));
		String result = model.result().isEmpty() ? "" : model.result() + " โดย" + division.name();
		return new SeedData.Report(report.divisionCode(), report.measureId(), model.state(), result, report.remark(),
				model.evidenceLink());
	}

	/**
	 * The samples' risks less every {@code variant + 2}th, and in variant 2 with likelihood and
	 * impact swapped, so the bases differ in their levels too.
	 */
	private static List<SampleRisks.Risk> risks(int variant) {
		List<SampleRisks.Risk> all = SampleRisks.risks();
		return IntStream.range(0, all.size())
			.filter((i) -> i % (variant + 2) != 0)
			.mapToObj(all::get)
			.map((risk) -> (variant == 2) ? swapped(risk) : risk)
			.toList();
	}

	private static SampleRisks.Risk swapped(SampleRisks.Risk risk) {
		return new SampleRisks.Risk(risk.divisionCode(), risk.category(), risk.process(), risk.event(), risk.factors(),
				risk.controls(), risk.impact(), risk.likelihood(), risk.measure(), risk.owner(), risk.timeline(),
				risk.status());
	}

}
