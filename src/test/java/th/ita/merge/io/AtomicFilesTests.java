package th.ita.merge.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write killed half-way leaves its temporary file; the next run on the folder removes it, and
 * nothing else of the folder.
 */
class AtomicFilesTests {

	@TempDir
	Path folder;

	@Test
	void removesOnlyTheTemporaryFilesOfWritesThatWereKilled() throws IOException {
		// given: what a killed write leaves, beside an output and files of the office's own
		Path leftover = Files.writeString(this.folder.resolve(".ita-" + UUID.randomUUID() + ".tmp"), "half");
		AtomicFiles.write(this.folder.resolve("ita-2566-round1.xlsx"), (out) -> out.write(1));
		Files.writeString(this.folder.resolve(".ita-notes.tmp"), "the officer's");
		Files.writeString(this.folder.resolve("รายงาน.tmp"), "the officer's");
		Files.createDirectory(this.folder.resolve(".ita-" + UUID.randomUUID() + ".tmp"));

		// when
		AtomicFiles.removeLeftovers(this.folder);

		// then
		assertThat(leftover).doesNotExist();
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files.map((file) -> file.getFileName().toString())).hasSize(4)
				.contains("ita-2566-round1.xlsx", ".ita-notes.tmp", "รายงาน.tmp");
		}
	}

	@Test
	void findsNothingToRemoveInAFolderThatIsNotThere() throws IOException {
		AtomicFiles.removeLeftovers(this.folder.resolve("feedback"));
		assertThat(this.folder.resolve("feedback")).doesNotExist();
	}

}
