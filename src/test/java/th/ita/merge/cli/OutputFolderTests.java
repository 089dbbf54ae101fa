package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.ita.merge.Fixtures;

/**
 * An output folder that cannot be written is answered before any work, in one Thai line that
 * says what is wrong and what to do, with exit status 1 and no stack trace on the console; a
 * write that fails half-way is answered the same way from what the failure shows, its details
 * kept in the technical log. The tests run as root, whom permissions do not stop: a folder
 * without write permission is shown by the failure Java gives for one.
 */
class OutputFolderTests {

	@TempDir
	private Path work;

	@ParameterizedTest
	@ValueSource(strings = { "merge", "validate", "templates" })
	void saysAnOutputThatIsAFileIsNotAFolder(String command) throws IOException {
		// given
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path output = Files.writeString(this.work.resolve("output"), "not a folder");

		// when
		ConsoleRun run = ConsoleRun.of(command, "--input", input.toString(), "--output", output.toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("\"" + output.toAbsolutePath() + "\" เป็นไฟล์ ไม่ใช่โฟลเดอร์")
			.contains("--output");
		assertThat(run.showsTechnicalDetails()).isFalse();
		assertThat(output).hasContent("not a folder");
	}

	@Test
	void namesTheFileInTheWayOfAnOutputFolderStillToBeMade() throws IOException {
		// given
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path file = Files.writeString(this.work.resolve("reports"), "not a folder");

		// when
		ConsoleRun run = ConsoleRun.of("merge", "--input", input.toString(), "--output",
				file.resolve("2566").toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("\"" + file.toAbsolutePath() + "\" เป็นไฟล์ ไม่ใช่โฟลเดอร์");
	}

	@Test
	void namesTheFileInTheWayOfTheMergesOwnFolder() throws IOException {
		// given
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path output = Files.createDirectories(this.work.resolve("output"));
		Path work = Files.writeString(output.resolve(".ita-merge"), "not a folder");

		// when
		ConsoleRun run = ConsoleRun.of("merge", "--input", input.toString(), "--output", output.toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("\"" + work.toAbsolutePath() + "\" เป็นไฟล์ ไม่ใช่โฟลเดอร์");
		assertThat(run.showsTechnicalDetails()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "merge", "validate", "templates" })
	void saysAnOutputOnAReadOnlyDriveCannotBeWritten(String command) throws IOException {
		// given
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Optional<SmallDisk> mounted = SmallDisk.mount(this.work.resolve("read-only"), "1m", true);
		assumeTrue(mounted.isPresent(), "mounting a read-only tmpfs is not allowed here");
		try (SmallDisk disk = mounted.get()) {
			// when
			ConsoleRun run = ConsoleRun.of(command, "--input", input.toString(), "--output",
					disk.folder().toString());

			// then
			assertThat(run.status()).isEqualTo(1);
			assertThat(run.errLines()).singleElement()
				.asString()
				.contains("\"" + disk.folder().toAbsolutePath() + "\" อยู่บนไดรฟ์ที่อ่านได้อย่างเดียว");
			assertThat(run.showsTechnicalDetails()).isFalse();
		}
	}

	@Test
	void takesAWriteWithoutRoomForAFullDisk() throws IOException {
		// given: what Linux says when the disk is full
		Path output = Files.createDirectories(this.work.resolve("output"));
		IOException failure = new IOException("No space left on device");

		// when
		String line = Console.explain(output, output, new UncheckedIOException(failure));

		// then
		assertThat(line).startsWith("ดิสก์ที่เก็บโฟลเดอร์ \"" + output + "\" เต็ม").contains("ผลลัพธ์เดิมยังอยู่ครบ");
		assertThat(TechnicalLog.of(output)).content().contains("No space left on device");
	}

	@Test
	void takesWindowsWordsForAFullDiskToo() throws IOException {
		// given
		Path output = Files.createDirectories(this.work.resolve("output"));
		Path report = output.resolve("ita-2566-round1.xlsx");
		FileSystemException failure = new FileSystemException(report.toString(), null,
				"There is not enough space on the disk");

		// when
		String line = Console.explain(output, output, failure);

		// then
		assertThat(line).startsWith("ดิสก์ที่เก็บโฟลเดอร์ \"" + output + "\" เต็ม");
	}

	@Test
	void takesADeniedWriteInTheFolderForNoPermissionOrAFileOpenInExcel() throws IOException {
		// given: what Java says when the folder may not be written, or Windows when Excel holds the report
		Path output = Files.createDirectories(this.work.resolve("output"));
		AccessDeniedException failure = new AccessDeniedException(output.resolve("ita-2566-round1.xlsx").toString());

		// when
		String line = Console.explain(output, output, new IOException("could not write the report", failure));

		// then
		assertThat(line).startsWith("เขียนลงในโฟลเดอร์ \"" + output + "\" ไม่ได้")
			.contains("ไม่มีสิทธิ์เขียน")
			.contains("เปิดค้างอยู่ในโปรแกรมอื่น เช่น Excel");
	}

	@Test
	void saysSomethingUnforeseenWentWrongAndWhereTheDetailsAreForAnyOtherFailure() throws IOException {
		// given: a failure that has nothing to do with the output folder
		Path output = Files.createDirectories(this.work.resolve("output"));
		AccessDeniedException elsewhere = new AccessDeniedException(this.work.resolve("input").toString());

		// when
		String line = Console.explain(output, output, new IllegalStateException("a bug", elsewhere));

		// then
		assertThat(line).startsWith("ทำงานไม่สำเร็จเพราะเกิดข้อผิดพลาดที่ไม่คาดไว้")
			.contains(TechnicalLog.of(output).toString());
		assertThat(TechnicalLog.of(output)).content().contains("IllegalStateException: a bug").contains("\tat ");
	}

}
