package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;

/**
 * {@code validate} checks files without merging: exit 0 clean, 2 errors, 1 could not run. No
 * file stops the others from being checked.
 */
class ValidateCommandTests {

	private static final Path ERROR_CELLS = Path.of("src/test/resources/validation/errorCells.xlsx");

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
		Path refused = Path.of("src/test/resources/validation/zipBomb.xlsx");
		Path output = this.work.resolve("output");

		int status = ItaMergeCommand.execute("validate", "--input", input.toString(), "--output", output.toString(),
				ERROR_CELLS.toString(), refused.toString());

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

	@Test
	void goesOnWithTheNextFileWhenOneCannotBeChecked() throws Exception {
		// given: a division file whose document properties are damaged, which fails its feedback copy
		Path damaged = withEntry(Fixtures.SAMPLES.resolve("ita-2566-รอบ1-กองช่าง.xlsx"), "docProps/app.xml",
				"<Properties><<<", this.work.resolve("damagedProperties.xlsx"));
		Path output = this.work.resolve("output");

		// when
		ConsoleRun run = ConsoleRun.of("validate", "--input", Fixtures.SAMPLES.toString(), "--output",
				output.toString(), damaged.toString(), ERROR_CELLS.toString());

		// then
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.out()).contains("ตรวจไฟล์ \"damagedProperties.xlsx\" ไม่ครบ")
			.contains("errorCells.xlsx: อ่าน 11 แถว")
			.contains("ตรวจไม่ได้ 1 ไฟล์");
		assertThat(run.showsTechnicalDetails()).isFalse();
		assertThat(output.resolve("feedback").resolve("errorCells.xlsx")).exists();
		assertThat(TechnicalLog.of(output)).content().contains("XmlException").contains("\tat ");
	}

	@Test
	void goesOnWithTheNextFileWhenOneGivenIsNotThere() {
		// given
		Path missing = this.work.resolve("กองคลัง.xlsx");

		// when
		ConsoleRun run = ConsoleRun.of("validate", "--input", Fixtures.SAMPLES.toString(), "--output",
				this.work.resolve("output").toString(), missing.toString(), this.work.toString(),
				ERROR_CELLS.toString());

		// then
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.out()).contains("ไม่พบไฟล์ \"" + missing + "\"")
			.contains("\"" + this.work + "\" เป็นโฟลเดอร์ ไม่ใช่ไฟล์")
			.contains("errorCells.xlsx: อ่าน 11 แถว")
			.contains("ตรวจ 3 ไฟล์: ข้อผิดพลาด 2, คำเตือน 1, ตรวจไม่ได้ 2 ไฟล์");
	}

	@Test
	void exitsOneWhenNoFileCouldBeChecked() {
		// when
		ConsoleRun run = ConsoleRun.of("validate", "--input", Fixtures.SAMPLES.toString(), "--output",
				this.work.resolve("output").toString(), this.work.resolve("missing.xlsx").toString());

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.out()).contains("ไม่พบไฟล์").contains("ตรวจไม่ได้ 1 ไฟล์");
	}

	/** A copy of a workbook with one part replaced. */
	private static Path withEntry(Path workbook, String entry, String content, Path copy) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
				OutputStream file = Files.newOutputStream(copy);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry next = in.getNextEntry(); next != null; next = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(next.getName()));
				if (next.getName().equals(entry)) {
					out.write(content.getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return copy;
	}

	/**
	 * Files that used to stop validate half-way, with a raw Java message and no file named: a name
	 * of 250 bytes, a state of 32,700 characters, placeholders typed in cells. Each is answered for
	 * its file and the next file is checked.
	 */
	@Test
	void checksEveryFileWhateverOneOfThemHolds() throws Exception {
		// given
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		String longName = "ก".repeat(75) + "-กองช่าง.xlsx";
		assertThat(longName.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(240);
		Files.move(input.resolve("ita-2566-รอบ1-กองช่าง.xlsx"), input.resolve(longName));
		Path hostile = Path.of("src/test/resources/hostile");
		for (String fixture : List.of("stateVeryLong.xlsx", "placeholdersInRiskCells.xlsx")) {
			Files.copy(hostile.resolve(fixture), input.resolve(fixture));
		}

		// when
		ConsoleRun run = ConsoleRun.of("validate", "--input", input.toString(), "--output",
				this.work.resolve("output").toString());

		// then
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.out()).contains(longName + ": อ่าน").contains("stateVeryLong.xlsx: อ่าน")
			.contains("placeholdersInRiskCells.xlsx: อ่าน").contains("ตรวจ 7 ไฟล์");
		assertThat(run.showsTechnicalDetails()).isFalse();
		assertThat(this.work.resolve("output").resolve("feedback").resolve("stateVeryLong.xlsx")).exists();
		assertThat(this.work.resolve("output").resolve("feedback").resolve(longName)).exists();
	}

}
