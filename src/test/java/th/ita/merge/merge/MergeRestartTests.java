package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.merge.Fixtures;
import th.ita.merge.value.Digits;

/**
 * A run that fails while writing its outputs (here: the report is open in another program and
 * cannot be replaced) keeps the previous outputs whole, and the next run on the same folders
 * restarts it without reading the files again.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:merge-restart;DB_CLOSE_DELAY=-1")
class MergeRestartTests {

	@TempDir
	private Path work;

	@Autowired
	private MergeLauncher launcher;

	@Autowired
	private JobRepository jobRepository;

	@Test
	void restartsAFailedRunWithoutReadingTheFilesAgain() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path output = this.work.resolve("output");
		Path blocked = output.resolve("ita-2566-round1.xlsx");
		Files.createDirectories(blocked);
		Files.writeString(blocked.resolve("locked"), "the report is open elsewhere");

		MergeLauncher.Outcome failed = this.launcher.merge(input, output, input.resolve("plan.xlsx"), Digits.THAI);

		assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(blocked.resolve("locked")).exists();
		assertThat(Files.list(output).filter((f) -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();

		Files.delete(blocked.resolve("locked"));
		Files.delete(blocked);
		MergeLauncher.Outcome restarted = this.launcher.merge(input, output, input.resolve("plan.xlsx"), Digits.THAI);

		assertThat(restarted.completed()).isTrue();
		assertThat(restarted.restarted()).isTrue();
		assertThat(restarted.totals().files()).isEqualTo(5);
		assertThat(blocked).isRegularFile();
		JobExecution last = this.jobRepository
			.getLastJobExecution(this.jobRepository.getLastJobInstance(MergeLauncher.JOB_NAME));
		assertThat(last.getStepExecutions()).extracting((step) -> step.getStepName())
			.containsExactly("writeOutputs");
	}

}
