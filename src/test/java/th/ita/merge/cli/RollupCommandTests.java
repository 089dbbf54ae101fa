package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;

/** What the provincial officer reads on the console when a roll-up cannot start, or asks for a roster. */
class RollupCommandTests {

	@TempDir
	Path work;

	@Test
	void saysInThaiWhichFolderOfWorkbooksIsMissing() {
		ConsoleRun run = ConsoleRun.of("rollup", "--input", this.work.resolve("ไม่มี").toString(), "--output",
				this.work.resolve("out").toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.satisfies((line) -> assertThat(line).contains("ไม่พบโฟลเดอร์").contains("รายงานรวมของ อปท.").contains("--input"));
		assertThat(run.showsTechnicalDetails()).isFalse();
	}

	@Test
	void saysInThaiThatAnEmptyFolderHasNothingToRollUp() throws Exception {
		Path input = Files.createDirectories(this.work.resolve("province"));
		ConsoleRun run = ConsoleRun.of("rollup", "--input", input.toString(), "--output", this.work.resolve("out").toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement().satisfies((line) -> assertThat(line).contains("ไม่มีไฟล์ให้รวม"));
	}

	@Test
	void asksForBothTheYearAndTheRoundOrNeither() throws Exception {
		Path input = Files.createDirectories(this.work.resolve("province"));
		ConsoleRun run = ConsoleRun.of("rollup", "--input", input.toString(), "--output", this.work.resolve("out").toString(),
				"--fiscal-year", "2566");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.satisfies((line) -> assertThat(line).contains("--fiscal-year").contains("--round"));
		assertThat(run.linesNotInThai()).isEmpty();
	}

	@Test
	void refusesARosterThatIsNotOneAndNamesWhatToFix() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("province"));
		ConsoleRun run = ConsoleRun.of("rollup", "--input", input.toString(), "--output", this.work.resolve("out").toString(),
				"--roster", input.resolve("plan.xlsx").toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("ใช้ไฟล์ทะเบียน อปท. นี้ไม่ได้").contains("plan.xlsx");
		assertThat(run.showsTechnicalDetails()).isFalse();
		assertThat(this.work.resolve("out").resolve("ita-2566-round1-province.xlsx")).doesNotExist();
	}

	@Test
	void writesAnEmptyRosterToFillAndNeverOverAFilledOne() throws Exception {
		Path out = this.work.resolve("out");
		ConsoleRun first = ConsoleRun.of("rollup", "--new-roster", "--output", out.toString());
		assertThat(first.status()).isZero();
		assertThat(first.out()).contains("roster-new.xlsx").contains("วิธีกรอก");
		Path roster = out.resolve("roster-new.xlsx");
		Instant written = Files.getLastModifiedTime(roster).toInstant();
		ConsoleRun second = ConsoleRun.of("rollup", "--new-roster", "--output", out.toString());
		assertThat(second.status()).isEqualTo(1);
		assertThat(second.errLines()).singleElement().satisfies((line) -> assertThat(line).contains("ไม่เขียนทับ"));
		assertThat(Files.getLastModifiedTime(roster).toInstant()).isEqualTo(written);
	}

}
