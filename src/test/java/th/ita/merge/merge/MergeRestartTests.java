package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.value.Digits;

/**
 * A run that fails while writing its outputs (here: the report is open in another program and
 * cannot be replaced) keeps the previous outputs whole, and the next run on the same folders goes
 * on from it: files whose bytes are unchanged are not parsed again, while a file added, replaced or
 * removed meanwhile is read (or dropped) again, and the console says which.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:merge-restart;DB_CLOSE_DELAY=-1")
class MergeRestartTests {

	private static final String WORKS = "ita-2566-รอบ1-กองช่าง.xlsx";

	private static final String FINANCE = "ita-2566-รอบ1-กองคลัง.xlsx";

	@TempDir
	private Path work;

	@Autowired
	private MergeLauncher launcher;

	@Autowired
	private JobRepository jobRepository;

	private Path input;

	private Path output;

	private Path blocked;

	@BeforeEach
	void failAMergeWhileTheReportIsOpenElsewhere() throws Exception {
		this.input = Fixtures.copySamples(this.work.resolve("input"));
		this.output = this.work.resolve("output");
		this.blocked = this.output.resolve("ita-2566-round1.xlsx");
		Files.createDirectories(this.blocked);
		Files.writeString(this.blocked.resolve("locked"), "the report is open elsewhere");
		Files.move(this.input.resolve(WORKS), this.work.resolve(WORKS));

		MergeLauncher.Outcome failed = merge();

		assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.blocked.resolve("locked")).exists();
		try (var files = Files.list(this.output)) {
			assertThat(files.filter((f) -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
		}
		Files.delete(this.blocked.resolve("locked"));
		Files.delete(this.blocked);
	}

	@Test
	void goesOnFromTheFailedRunWithoutParsingUnchangedFilesAgain() throws Exception {
		String console = printed(this::merge);

		assertThat(lastRun().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(console).contains("ทำงานต่อจากครั้งก่อน").doesNotContain("รับ 11 แถว");
		assertThat(console.lines().filter((line) -> line.contains("ไม่เปลี่ยนจากครั้งก่อน"))).hasSize(4);
		assertThat(this.blocked).isRegularFile();
	}

	@Test
	void readsAFileAddedAndAFileReplacedSinceTheFailedRun() throws Exception {
		Files.move(this.work.resolve(WORKS), this.input.resolve(WORKS));
		WorkbookEdits.setMeasureCell(this.input.resolve(FINANCE), "IIT-4.1", MeasureColumn.RESULT,
				"ปรับปรุงคู่มือการยืมทรัพย์สินฉบับใหม่แล้ว");

		String console = printed(this::merge);

		assertThat(console).contains(WORKS + " (รับ 8 แถว")
			.contains(FINANCE + " (เปลี่ยนไปจากครั้งก่อน อ่านใหม่")
			.contains("รวม 5 ไฟล์");
		try (OutputWorkbook workbook = OutputWorkbook.open(this.blocked)) {
			List<List<String>> register = workbook.rows(MeasureOutputs.REGISTER_SHEET, 12);
			assertThat(register).anySatisfy((row) -> assertThat(row.get(6)).isEqualTo("ปรับปรุงคู่มือการยืมทรัพย์สินฉบับใหม่แล้ว"));
			assertThat(register).anySatisfy((row) -> assertThat(row.get(9)).isEqualTo(WORKS));
		}
	}

	@Test
	void dropsAFileRemovedSinceTheFailedRun() throws Exception {
		Files.delete(this.input.resolve(FINANCE));

		String console = printed(this::merge);

		assertThat(console).contains("ไฟล์ " + FINANCE + " ไม่อยู่ในโฟลเดอร์แล้ว จึงนำออกจากการรวม").contains("รวม 3 ไฟล์");
		try (OutputWorkbook workbook = OutputWorkbook.open(this.blocked)) {
			assertThat(workbook.rows(MeasureOutputs.REGISTER_SHEET, 12))
				.noneSatisfy((row) -> assertThat(row.get(9)).isEqualTo(FINANCE));
		}
	}

	private MergeLauncher.Outcome merge() throws Exception {
		MergeLauncher.Outcome outcome = this.launcher.merge(this.input, this.output, this.input.resolve("plan.xlsx"),
				Digits.THAI);
		if (outcome.completed()) {
			System.out.println((outcome.restarted() ? "ทำงานต่อจากครั้งก่อน " : "") + "รวม " + outcome.totals().files()
					+ " ไฟล์");
		}
		return outcome;
	}

	private JobExecution lastRun() {
		return this.jobRepository.getLastJobExecution(this.jobRepository.getLastJobInstance(MergeLauncher.JOB_NAME));
	}

	private static String printed(Callable<?> run) throws Exception {
		PrintStream before = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			run.call();
		}
		finally {
			System.setOut(before);
		}
		return printed.toString(StandardCharsets.UTF_8);
	}

}
