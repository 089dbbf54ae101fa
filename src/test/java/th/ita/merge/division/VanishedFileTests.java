package th.ita.merge.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.ReadSubmission;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.samples.SeedData;

/**
 * A file listed in the input folder and gone by the time it is read (moved, deleted, renamed while
 * the merge ran) is answered for that file, in Thai, as gone: not as a damaged workbook.
 */
class VanishedFileTests {

	@TempDir
	private Path folder;

	@Test
	void answersAFileGoneSinceItWasListedAsGone() {
		ReadSubmission read = Fixtures.read(SeedData.plan(), this.folder.resolve("ita-2566-รอบ1-กองคลัง.xlsx"));

		assertThat(read.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.FILE_GONE);
			assertThat(problem.file()).isEqualTo("ita-2566-รอบ1-กองคลัง.xlsx");
			assertThat(problem.message()).contains("หายไประหว่างการรวม");
		});
		assertThat(read.submission().identified()).isFalse();
	}

}
