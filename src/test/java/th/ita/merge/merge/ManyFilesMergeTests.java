package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.bench.MergeBenchmark;
import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.division.InputFiles;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.plan.Plan;
import th.ita.merge.samples.SeedData;

/**
 * More files than one chunk, read side by side on every core: each file is read once and said
 * once on the console, in name order whatever order the reading finished in, none is lost or staged twice, one that is not a workbook and one with an
 * error stop nothing, and every file with a problem but the broken one gets its feedback copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyFilesMergeTests {

	private static final int DIVISIONS = 21;

	/** The seed's measures, each reported on by every division. */
	private static final int MEASURES = 17;

	private static final Pattern READ_LINE = Pattern.compile("^อ่านไฟล์ (\\d+)/(\\d+): (.+?) \\(", Pattern.MULTILINE);

	@TempDir
	private static Path work;

	private Plan plan;

	private Path output;

	private String console;

	private String broken;

	private String withError;

	private List<String> listed;

	@BeforeAll
	void mergeTwentyOneDivisionsWithABrokenFileAndAnError() throws IOException {
		Path input = MergeBenchmark.divisionFiles(DIVISIONS, work);
		this.plan = SeedData.planOfDivisions(DIVISIONS);
		this.broken = TemplateGenerator.fileName(this.plan, this.plan.divisions().get(4));
		this.withError = TemplateGenerator.fileName(this.plan, this.plan.divisions().get(11));
		Files.writeString(input.resolve(this.broken), "not a workbook");
		WorkbookEdits.setMeasureCell(input.resolve(this.withError), "IIT-5.2", MeasureColumn.STATE, "");
		this.listed = InputFiles.list(input, input.resolve("plan.xlsx"))
			.stream()
			.map((file) -> file.getFileName().toString())
			.toList();
		this.output = work.resolve("output");
		PrintStream before = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			ItaMergeCommand.execute("merge", "--input", input.toString(), "--output", this.output.toString());
		}
		finally {
			System.setOut(before);
		}
		this.console = printed.toString(StandardCharsets.UTF_8);
	}

	@Test
	void saysEachFileOnceInNameOrderNumberedOneToTheLast() {
		Matcher lines = READ_LINE.matcher(this.console);
		List<Integer> numbers = new ArrayList<>();
		List<String> files = new ArrayList<>();
		while (lines.find()) {
			assertThat(lines.group(2)).isEqualTo(String.valueOf(DIVISIONS));
			numbers.add(Integer.valueOf(lines.group(1)));
			files.add(lines.group(3));
		}
		assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, DIVISIONS).boxed().toList());
		assertThat(this.listed).hasSize(DIVISIONS).contains(this.broken, this.withError);
		assertThat(files).containsExactlyElementsOf(this.listed);
	}

	@Test
	void listsEveryFileOnceInTheSubmissionsSheet() throws IOException {
		try (OutputWorkbook workbook = OutputWorkbook.open(MergeOutputs.of(this.output, this.plan).workbook())) {
			List<String> files = workbook.rows(MergeOutputs.SUBMISSIONS_SHEET, 2)
				.stream()
				.skip(1)
				.map((row) -> row.get(1))
				.filter((file) -> !file.isEmpty())
				.toList();
			assertThat(files).hasSize(DIVISIONS).doesNotHaveDuplicates().contains(this.broken, this.withError);
		}
	}

	@Test
	void registersEveryAcceptedReportOnceAndNothingOfTheBrokenFile() throws IOException {
		try (OutputWorkbook workbook = OutputWorkbook.open(MergeOutputs.of(this.output, this.plan).workbook())) {
			Map<String, Long> perDivision = workbook.rows(MeasureOutputs.REGISTER_SHEET, 5)
				.stream()
				.skip(1)
				.collect(Collectors.groupingBy((row) -> row.get(4), Collectors.counting()));
			String brokenDivision = this.plan.divisions().get(4).name();
			String errorDivision = this.plan.divisions().get(11).name();
			assertThat(perDivision).doesNotContainKey(brokenDivision).hasSize(DIVISIONS - 1);
			perDivision.forEach((division, reports) -> assertThat(reports).as(division)
				.isEqualTo(division.equals(errorDivision) ? MEASURES - 1 : MEASURES));
		}
	}

	@Test
	void givesAFeedbackCopyToEachFileWithAProblemButTheBrokenOne() throws IOException {
		Set<String> withProblems;
		try (OutputWorkbook workbook = OutputWorkbook.open(MergeOutputs.of(this.output, this.plan).workbook())) {
			withProblems = workbook.rows(MergeOutputs.ERRORS_SHEET, 4)
				.stream()
				.skip(1)
				.map((row) -> row.get(3))
				.filter((file) -> !file.isEmpty() && !file.equals(this.broken))
				.collect(Collectors.toSet());
		}
		assertThat(withProblems).contains(this.withError);
		try (Stream<Path> copies = Files.list(MergeOutputs.of(this.output, this.plan).feedback())) {
			assertThat(copies.map((copy) -> copy.getFileName().toString()))
				.containsExactlyInAnyOrderElementsOf(withProblems);
		}
	}

}
