package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.samples.SeedData;
import th.ita.merge.samples.TemplateFiller;
import th.ita.merge.value.Digits;

/**
 * The commands as the legal officer types them: their exit status (0 clean, 2 merged with input
 * errors, 1 could not run) and the files they leave behind.
 */
class CommandLineTests {

	@TempDir
	private Path work;

	@Test
	void mergesTheSamplesCleanlyIntoTheOutputFolder() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path output = this.work.resolve("output");

		int status = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output", output.toString());

		assertThat(status).isZero();
		assertThat(output.resolve("ita-2566-round1.xlsx")).isRegularFile();
		assertThat(output.resolve("ita-2566-round1-errors.csv")).isRegularFile();
		assertThat(output.resolve(".ita-merge").resolve("history.mv.db")).as("runs are recorded").isRegularFile();
	}

	@Test
	void exitsWithTwoWhenSomeInputHadErrors() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Files.delete(input.resolve("ita-2566-รอบ1-กองช่าง.xlsx"));

		int status = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output",
				this.work.resolve("output").toString());

		assertThat(status).isEqualTo(2);
		assertThat(this.work.resolve("output").resolve("ita-2566-round1.xlsx")).isRegularFile();
	}

	@Test
	void refusesFilesLargerThanTheCapGivenOnTheCommandLine() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path output = this.work.resolve("output");

		int status = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output", output.toString(),
				"--max-file-size", "1KB");

		assertThat(status).isEqualTo(2);
		String log = Files.readString(output.resolve("ita-2566-round1-errors.csv"));
		assertThat(log).contains("FILE_TOO_LARGE,ita-2566-รอบ1-กองคลัง.xlsx");
	}

	@Test
	void exitsWithOneWhenThePlanIsMissing() {
		int status = ItaMergeCommand.execute("merge", "--input", this.work.toString(), "--output",
				this.work.resolve("output").toString());

		assertThat(status).isEqualTo(1);
		assertThat(this.work.resolve("output").resolve("ita-2566-round1.xlsx")).doesNotExist();
	}

	@Test
	void answersHelpForEveryCommand() {
		assertThat(ItaMergeCommand.execute("--help")).isZero();
		assertThat(ItaMergeCommand.execute("merge", "--help")).isZero();
		assertThat(ItaMergeCommand.execute("templates", "--help")).isZero();
	}

	@Test
	void roundTripsATemplateFilledInAndMerged() throws Exception {
		Path collect = this.work.resolve("collect");
		Files.createDirectories(collect);
		Files.copy(Path.of("samples", "plan.xlsx"), collect.resolve("plan.xlsx"));
		Path output = this.work.resolve("output");
		assertThat(ItaMergeCommand.execute("templates", "--input", collect.toString(), "--output", output.toString()))
			.isZero();
		List<SeedData.Report> reports = SeedData.reports()
			.stream()
			.map((report) -> report.measureId().equals("IIT-4.1")
					? new SeedData.Report(report.divisionCode(), report.measureId(), report.state(),
							"จัดทำคู่มือแล้ว รอเสนอนายก อบต. ลงนาม", "ติดตามในรอบ ๑๒ เดือน", report.evidenceLink())
					: report)
			.toList();
		for (Path template : Files.list(output.resolve("templates")).toList()) {
			String division = SeedData.divisions()
				.stream()
				.filter((d) -> template.getFileName().toString().endsWith("-" + d.name() + ".xlsx"))
				.findFirst()
				.orElseThrow()
				.code();
			TemplateFiller.fill(template, collect.resolve("ส่งคืน-" + division + ".xlsx"),
					reports.stream().filter((r) -> r.divisionCode().equals(division)).toList());
		}

		int status = ItaMergeCommand.execute("merge", "--input", collect.toString(), "--output", output.toString(),
				"--digits", "arabic");

		assertThat(status).isZero();
		try (OutputWorkbook workbook = OutputWorkbook.open(output.resolve("ita-2566-round1.xlsx"))) {
			List<List<String>> rows = workbook
				.entries(MeasureOutputs.reportSheetName(SeedData.plan(), Digits.ARABIC), 7);
			assertThat(rows.get(2).get(0)).isEqualTo("รอบ 6 เดือน (ตั้งแต่เดือนตุลาคม 2565 - เดือนมีนาคม 2566)");
			int row = OutputWorkbook.find(rows, 0, 0, "1. การยืมทรัพย์สินของทางราชการของบุคลากรภายใน").orElseThrow();
			assertThat(rows.get(row).get(3)).isEqualTo("จัดทำคู่มือแล้ว รอเสนอนายก อบต. ลงนาม");
			assertThat(rows.get(row).get(6)).isEqualTo("ติดตามในรอบ ๑๒ เดือน");
		}
	}

}
