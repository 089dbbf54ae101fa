package th.ita.merge.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.merge.Features;
import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Organization;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;
import th.ita.merge.samples.TemplateFiller;

/**
 * Consolidated workbooks made as an organization makes its own: its plan (the seed's measures and
 * divisions, its own name, code and district), the templates the tool writes for it, filled by its
 * divisions, and the real merge. {@code done} turns measures in progress to done, so organizations
 * differ in their counts; divisions left silent leave measures unreported, or reported by some of
 * their divisions only.
 */
final class ConsolidatedWorkbooks {

	private ConsolidatedWorkbooks() {
	}

	static Path merged(Path work, Organization organization, ReportingPeriod period, boolean done) throws IOException {
		return merged(work, organization, period, done, Set.of());
	}

	/** As {@link #merged(Path, Organization, ReportingPeriod, boolean)}, the {@code silent} divisions sending nothing. */
	static Path merged(Path work, Organization organization, ReportingPeriod period, boolean done, Set<String> silent)
			throws IOException {
		Plan seed = SeedData.plan();
		Plan plan = new Plan(organization, period, seed.signOff(), seed.divisions(), seed.indicators(), seed.measures(),
				seed.risk());
		Path input = work.resolve("input");
		Files.createDirectories(input);
		PlanWriter.write(plan, input.resolve("plan.xlsx"));
		Path templates = work.resolve("templates");
		TemplateGenerator.generate(plan, Features.of(plan).sheets(), templates, TemplateGenerator.DEFAULT_SHEET_PASSWORD);
		for (Division division : plan.divisions()) {
			if (silent.contains(division.code())) {
				continue;
			}
			List<SeedData.Report> reports = SeedData.reports()
				.stream()
				.filter((report) -> report.divisionCode().equals(division.code()))
				.map((report) -> (done && report.state() == ProgressState.IN_PROGRESS)
						? new SeedData.Report(report.divisionCode(), report.measureId(), ProgressState.DONE, report.result(),
								report.remark(), report.evidenceLink())
						: report)
				.toList();
			TemplateFiller.fill(templates.resolve(TemplateGenerator.fileName(plan, division)),
					input.resolve(TemplateGenerator.fileName(plan, division)), reports, SampleRisks.of(division.code()));
		}
		Path output = work.resolve("output");
		int status = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output", output.toString());
		assertThat(status).as("the organization's merge").isIn(0, 2);
		return MergeOutputs.of(output, plan).workbook();
	}

}
