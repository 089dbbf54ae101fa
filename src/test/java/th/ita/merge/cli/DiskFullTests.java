package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.ita.merge.Fixtures;

/**
 * A disk that fills up while the outputs are written, on a real small disk (a 4 MB tmpfs): the
 * previous outputs stay whole, the officer reads in one Thai line that the disk is full, and once
 * there is room again the same command finishes the run. How full the disk is decides where the
 * run fails (the history database, a feedback copy, the workbook); the answer is the same.
 */
class DiskFullTests {

	@TempDir
	private Path work;

	@ParameterizedTest(name = "{0} bytes left")
	@ValueSource(longs = { 0, 20 * 1024 })
	void keepsThePreviousOutputsWholeAndSaysTheDiskIsFull(long bytesLeft) throws IOException {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Optional<SmallDisk> mounted = SmallDisk.mount(this.work.resolve("disk"), "4m", false);
		assumeTrue(mounted.isPresent(), "mounting a tmpfs is not allowed here");
		try (SmallDisk disk = mounted.get()) {
			// given: the outputs of a first merge, then a disk filled to the brim
			Path output = disk.folder().resolve("output");
			assertThat(ConsoleRun.of("merge", "--input", input.toString(), "--output", output.toString()).status())
				.isZero();
			Map<String, String> before = Fixtures.hashes(output);
			disk.fill(bytesLeft);

			// when
			ConsoleRun run = ConsoleRun.of("merge", "--input", input.toString(), "--output", output.toString());

			// then
			assertThat(run.status()).isEqualTo(1);
			assertThat(run.errLines()).singleElement()
				.asString()
				.startsWith("ดิสก์ที่เก็บโฟลเดอร์ \"" + output + "\" เต็ม")
				.contains("ผลลัพธ์เดิมยังอยู่ครบ");
			assertThat(run.showsTechnicalDetails()).isFalse();
			assertThat(run.linesNotInThai()).isEmpty();
			assertThat(Fixtures.hashes(output)).isEqualTo(before);
			try (Stream<Path> left = Files.walk(output)) {
				assertThat(left.map(Path::toString)).noneMatch((name) -> name.endsWith(".tmp"));
			}
			try (Stream<Path> copies = Files.list(output.resolve("feedback"))) {
				assertThat(copies).as("feedback copies, old or new but each whole").allSatisfy(DiskFullTests::opens);
			}

			// and when there is room again
			disk.makeRoom();
			assertThat(ConsoleRun.of("merge", "--input", input.toString(), "--output", output.toString()).status())
				.isZero();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "templates" })
	void saysTheDiskIsFullForTheOtherCommandsToo(String command) throws IOException {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Optional<SmallDisk> mounted = SmallDisk.mount(this.work.resolve("disk"), "1m", false);
		assumeTrue(mounted.isPresent(), "mounting a tmpfs is not allowed here");
		try (SmallDisk disk = mounted.get()) {
			// given
			Path output = Files.createDirectories(disk.folder().resolve("output"));
			disk.fill(0);

			// when
			ConsoleRun run = ConsoleRun.of(command, "--input", input.toString(), "--output", output.toString());

			// then
			assertThat(run.status()).isEqualTo(1);
			assertThat(run.lines()).isNotEmpty().allSatisfy((line) -> assertThat(line).doesNotContain("Exception"));
			assertThat(run.out() + run.err()).contains("\" เต็ม จึงเขียนผลลัพธ์ไม่สำเร็จ");
			assertThat(run.showsTechnicalDetails()).isFalse();
		}
	}

	private static void opens(Path workbook) {
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			assertThat(zip.getEntry("[Content_Types].xml")).isNotNull();
		}
		catch (IOException ex) {
			throw new AssertionError(workbook + " is not a whole workbook", ex);
		}
	}

}
