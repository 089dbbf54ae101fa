package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;

/**
 * {@code --previous} given a file that is no earlier round's consolidated workbook: the command
 * does nothing, and says in Thai which file and what to give instead, without a stack trace.
 */
class PreviousOptionTests {

	@TempDir
	Path work;

	@Test
	void templatesRefusesAPreviousThatIsNoConsolidatedWorkbook() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path notConsolidated = input.resolve("plan.xlsx");

		ConsoleRun run = ConsoleRun.of("templates", "--input", input.toString(), "--output",
				this.work.resolve("output").toString(), "--previous", notConsolidated.toString());

		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains(notConsolidated.toString()).contains("ไม่ใช่รายงานรวม").contains("ita-2566-round1.xlsx")
			.doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(run.linesNotInThai()).isEmpty();
		assertThat(this.work.resolve("output").resolve("templates")).doesNotExist();
	}

	@Test
	void mergeRefusesAPreviousThatCannotBeRead() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path broken = Files.writeString(this.work.resolve("ita-2566-round0.xlsx"), "not a workbook");

		ConsoleRun run = ConsoleRun.of("merge", "--input", input.toString(), "--output",
				this.work.resolve("output").toString(), "--previous", broken.toString());

		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains(broken.toString()).contains("อ่านไฟล์รายงานรวมของรอบก่อน")
			.doesNotContain("Exception");
		assertThat(this.work.resolve("output").resolve("ita-2566-round1.xlsx")).doesNotExist();
	}

}
