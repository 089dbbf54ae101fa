package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.ItaMergeApplication;
import th.ita.merge.io.OutputLock;

/**
 * Two runs into one output folder at the same time: the second is refused at once, in Thai,
 * naming the folder, and leaves the first to finish; once the first is done the folder is free.
 */
class ConcurrentRunTests {

	/** Enough copies of a division file that the first merge is still reading when the second starts. */
	private static final int COPIES = 20;

	@TempDir
	private Path work;

	@Test
	void refusesASecondRunWhileAMergeInAnotherProcessWritesToTheFolder() throws Exception {
		// given: a merge of many files running in another process, past its start
		Path big = Fixtures.copySamples(this.work.resolve("big"));
		for (int i = 1; i <= COPIES; i++) {
			Files.copy(big.resolve("ita-2566-รอบ1-กองคลัง.xlsx"), big.resolve("copy-" + i + ".xlsx"));
		}
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path output = this.work.resolve("output");
		Process first = new ProcessBuilder(javaCommand("merge", "--input", big.toString(), "--output",
				output.toString()))
			.redirectErrorStream(true)
			.start();
		try (BufferedReader progress = new BufferedReader(
				new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(progress.readLine()).as("the first merge's first progress line").contains("1/" + (COPIES + 5));

			// when
			ConsoleRun second = ConsoleRun.of("merge", "--input", input.toString(), "--output", output.toString());
			ConsoleRun check = ConsoleRun.of("validate", "--input", input.toString(), "--output", output.toString());

			// then
			for (ConsoleRun refused : List.of(second, check)) {
				assertThat(refused.status()).isEqualTo(1);
				assertThat(refused.out()).isEmpty();
				assertThat(refused.errLines()).singleElement()
					.asString()
					.startsWith("มีการรวมหรือตรวจไฟล์อีกงานหนึ่งกำลังเขียนลงในโฟลเดอร์ \"" + output + "\" อยู่")
					.contains("หน้าเว็บ ITA Merge");
			}
			progress.transferTo(Writer.nullWriter());
		}
		assertThat(first.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(first.exitValue()).as("the first merge, left to finish").isZero();

		// and when the first is done
		assertThat(ConsoleRun.of("merge", "--input", input.toString(), "--output", output.toString()).status())
			.isZero();
	}

	@Test
	void refusesASecondRunInTheSameProcessAndFreesTheFolderAfterARun() throws Exception {
		// given
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path output = this.work.resolve("output");

		// when
		ConsoleRun refused;
		try (OutputLock taken = OutputLock.take(OutputFolder.work(output)).orElseThrow()) {
			refused = ConsoleRun.of("validate", "--input", input.toString(), "--output", output.toString());
		}
		ConsoleRun after = ConsoleRun.of("validate", "--input", input.toString(), "--output", output.toString());

		// then
		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.errLines()).singleElement().asString().contains("อีกงานหนึ่ง");
		assertThat(after.status()).isZero();
		try (OutputLock free = OutputLock.take(OutputFolder.work(output)).orElseThrow()) {
			assertThat(free).as("the folder, free after the run").isNotNull();
		}
	}

	private static List<String> javaCommand(String... args) {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), ItaMergeApplication.class.getName()));
		command.addAll(List.of(args));
		return command;
	}

}
