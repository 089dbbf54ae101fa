package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;

/** {@code validate} checks files without merging: exit 0 clean, 2 errors, 1 could not run. */
class ValidateCommandTests {

	@TempDir
	private Path work;

	@Test
	void exitsZeroAndWritesOnlyWarningCopiesForTheSamples() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path output = this.work.resolve("output");

		int status = ItaMergeCommand.execute("validate", "--input", input.toString(), "--output", output.toString());

		assertThat(status).isZero();
		assertThat(output.resolve("ita-2566-round1.xlsx")).doesNotExist();
		assertThat(output.resolve(".ita-merge").resolve("history.mv.db")).as("no job repository").doesNotExist();
		// กองช่าง reports EIT-7.3 as done with "อยู่ระหว่างการติดตามผล…": a warning worth a copy
		assertThat(output.resolve("feedback").resolve("ita-2566-รอบ1-กองช่าง.xlsx")).exists();
	}

	@Test
	void exitsTwoWhenAFileHasErrorsAndWritesItsFeedbackCopy() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path broken = Path.of("src/test/resources/validation/errorCells.xlsx");
		Path refused = Path.of("src/test/resources/validation/zipBomb.xlsx");
		Path output = this.work.resolve("output");

		int status = ItaMergeCommand.execute("validate", "--input", input.toString(), "--output", output.toString(),
				broken.toString(), refused.toString());

		assertThat(status).isEqualTo(2);
		assertThat(output.resolve("feedback").resolve("errorCells.xlsx")).exists();
		assertThat(output.resolve("feedback").resolve("zipBomb.xlsx")).doesNotExist();
		assertThat(Files.list(output.resolve("feedback")).count()).isEqualTo(1);
	}

	@Test
	void exitsOneWithoutAPlan() {
		int status = ItaMergeCommand.execute("validate", "--input", this.work.resolve("nowhere").toString(), "--output",
				this.work.resolve("output").toString());
		assertThat(status).isEqualTo(1);
	}

}
