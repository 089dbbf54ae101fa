package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.ita.merge.Fixtures;

/**
 * A wrong {@code --input} is answered with what is wrong with the folder itself, not with where
 * the plan was looked for inside it.
 */
class InputFolderTests {

	@TempDir
	private Path work;

	@ParameterizedTest
	@ValueSource(strings = { "merge", "validate", "templates" })
	void saysAnInputThatIsAFileIsNotAFolder(String command) {
		// given
		Path plan = Fixtures.SAMPLES.resolve("plan.xlsx");

		// when
		ConsoleRun run = ConsoleRun.of(command, "--input", plan.toString(), "--output",
				this.work.resolve("output").toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("\"" + plan + "\" เป็นไฟล์ ไม่ใช่โฟลเดอร์")
			.contains("--plan")
			.doesNotContain("plan.xlsx/plan.xlsx");
		assertThat(this.work.resolve("output")).doesNotExist();
	}

	@ParameterizedTest
	@ValueSource(strings = { "merge", "validate", "templates" })
	void saysAnInputFolderThatIsNotThereIsNotThere(String command) {
		// given
		Path nowhere = this.work.resolve("nowhere");

		// when
		ConsoleRun run = ConsoleRun.of(command, "--input", nowhere.toString(), "--output",
				this.work.resolve("output").toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("ไม่พบโฟลเดอร์ \"" + nowhere + "\"")
			.doesNotContain("ไฟล์แผน");
	}

	@Test
	void needsNoInputFolderForTemplatesWhenThePlanIsGiven() {
		// when
		ConsoleRun run = ConsoleRun.of("templates", "--input", this.work.resolve("nowhere").toString(), "--plan",
				Fixtures.SAMPLES.resolve("plan.xlsx").toString(), "--output", this.work.resolve("output").toString());

		// then
		assertThat(run.status()).isZero();
		assertThat(this.work.resolve("output").resolve("templates")).isDirectory();
	}

	@ParameterizedTest
	@ValueSource(strings = { "merge", "validate" })
	void refusesAnOutputFolderInsideTheInputFolder(String command) throws Exception {
		// given
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path output = input.resolve("ผลลัพธ์");

		// when
		ConsoleRun run = ConsoleRun.of(command, "--input", input.toString(), "--output", output.toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("\"" + output + "\" อยู่ภายในโฟลเดอร์ที่เก็บไฟล์ของสำนัก/กอง")
			.contains("--output");
		assertThat(output).doesNotExist();
	}

}
