package th.ita.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.cli.ItaMergeCommand;

/**
 * The outputs of the samples' merge, cell for cell, against a copy kept in
 * {@code src/test/resources/golden/samples}: the consolidated workbook, the error log and every
 * feedback copy. A change that moves code without meaning to change what people get must leave
 * these alone; a change that means to change them rewrites the copy by running this test with
 * {@code -Dgolden.rewrite=true}, and the diff of the copy shows what changed. The copied samples
 * get one fixed modification time, since the submissions sheet shows when a file was saved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenOutputTests {

	static final Path GOLDEN = Path.of("src/test/resources/golden/samples");

	private static final FileTime SAVED = FileTime.from(Instant.parse("2023-04-05T02:30:00Z"));

	@TempDir
	private static Path work;

	private Path output;

	@BeforeAll
	void mergeTheSamples() throws IOException {
		Path input = Fixtures.copySamples(work.resolve("input"));
		try (Stream<Path> files = Files.list(input)) {
			for (Path file : files.toList()) {
				Files.setLastModifiedTime(file, SAVED);
			}
		}
		this.output = work.resolve("output");
		int status = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output", this.output.toString());
		assertThat(status).as("the samples merge with warnings only").isZero();
		if (Boolean.getBoolean("golden.rewrite")) {
			rewrite();
		}
	}

	private void rewrite() throws IOException {
		for (String name : List.of("ita-2566-round1.xlsx", "ita-2566-round1-errors.csv")) {
			Files.copy(this.output.resolve(name), GOLDEN.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		for (String old : names(GOLDEN.resolve("feedback"))) {
			Files.delete(GOLDEN.resolve("feedback").resolve(old));
		}
		for (String copy : names(this.output.resolve("feedback"))) {
			Files.copy(this.output.resolve("feedback").resolve(copy), GOLDEN.resolve("feedback").resolve(copy));
		}
	}

	@Test
	void consolidatedWorkbookIsUnchangedCellForCell() throws IOException {
		String name = "ita-2566-round1.xlsx";
		assertThat(GoldenWorkbook.describe(this.output.resolve(name)))
			.isEqualTo(GoldenWorkbook.describe(GOLDEN.resolve(name)));
	}

	@Test
	void errorLogIsUnchangedLineForLine() throws IOException {
		String name = "ita-2566-round1-errors.csv";
		assertThat(Files.readAllLines(this.output.resolve(name), StandardCharsets.UTF_8))
			.containsExactlyElementsOf(Files.readAllLines(GOLDEN.resolve(name), StandardCharsets.UTF_8));
	}

	@Test
	void everyFeedbackCopyIsUnchangedCellForCell() throws IOException {
		List<String> expected = names(GOLDEN.resolve("feedback"));
		assertThat(names(this.output.resolve("feedback"))).containsExactlyElementsOf(expected);
		assertThat(expected).hasSize(5);
		for (String name : expected) {
			assertThat(GoldenWorkbook.describe(this.output.resolve("feedback").resolve(name))).as(name)
				.isEqualTo(GoldenWorkbook.describe(GOLDEN.resolve("feedback").resolve(name)));
		}
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
