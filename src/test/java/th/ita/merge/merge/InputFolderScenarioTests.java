package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.value.Digits;

/**
 * An input folder as offices leave it: a division's file in a sub-folder, links to a folder and to
 * nothing, a named pipe, a file whose name came out of a Windows zip in TIS-620, a file saved "in
 * 2099" beside the division's real one, a file whose measure rows were all deleted, and the
 * outputs of a merge written into the same folder. Each is named in the error log with what to do,
 * nothing hangs, and every division merges as it should; a second merge into the input folder
 * itself reads its own outputs as outputs, not as divisions' files.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:input-folder;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputFolderScenarioTests {

	private static final String FINANCE = "ita-2566-รอบ1-กองคลัง.xlsx";

	private static final String FINANCE_2099 = "ita-2566-รอบ1-กองคลัง (ฉบับแก้ไข).xlsx";

	private static final String WORKS = "ita-2566-รอบ1-กองช่าง.xlsx";

	private static final String AUDIT = "ita-2566-รอบ1-หน่วยตรวจสอบภายใน.xlsx";

	/** "ตรวจสอบ.xlsx" as TIS-620 bytes, which the file system hands over as they are. */
	private static final String TIS620_NAME = "\\265\\303\\307\\250\\312\\315\\272.xlsx";

	@TempDir
	private static Path work;

	@Autowired
	private JobOperatorTestUtils jobOperator;

	/** The merge job is the one these tests run (the roll-up's is in the context too). */
	@Autowired
	void runTheMergeJob(JobOperatorTestUtils jobs, @Qualifier("mergeJob") Job mergeJob) {
		jobs.setJob(mergeJob);
	}

	private Path input;

	private JobExecution first;

	private List<CSVRecord> log;

	@BeforeAll
	void mergeAnUntidyFolderTwice() throws Exception {
		this.input = Fixtures.copySamples(work.resolve("input"));
		Path late = Files.createDirectories(this.input.resolve("ส่งช้า"));
		Files.copy(this.input.resolve(WORKS), late.resolve(WORKS));
		Files.createSymbolicLink(this.input.resolve("ลิงก์ไปโฟลเดอร์"), Files.createDirectories(work.resolve("elsewhere")));
		Files.createSymbolicLink(this.input.resolve("ลิงก์เสีย.xlsx"), work.resolve("nothing-here.xlsx"));
		shell("mkfifo '" + this.input.resolve("ท่อ.xlsx") + "'");
		shell("mv '" + this.input.resolve(AUDIT) + "' \"" + this.input + "/$(printf '" + TIS620_NAME + "')\"");
		Files.copy(this.input.resolve(FINANCE), this.input.resolve(FINANCE_2099));
		WorkbookEdits.edit(this.input.resolve(FINANCE_2099), (workbook) -> workbook.getProperties()
			.getCoreProperties()
			.setModified(Optional.of(Date.from(Instant.parse("2099-01-01T03:00:00Z")))));
		WorkbookEdits.edit(this.input.resolve(WORKS), (workbook) -> {
			var sheet = workbook.getSheet(MeasureSheet.NAME);
			for (int r = sheet.getLastRowNum(); r >= MeasureSheet.HEADER_ROW; r--) {
				Row row = sheet.getRow(r);
				if (row != null) {
					sheet.removeRow(row);
				}
			}
		});
		try (Stream<Path> files = Files.list(this.input)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-04-05T02:30:00Z")));
			}
		}
		Files.setLastModifiedTime(this.input.resolve(FINANCE_2099), FileTime.from(Instant.parse("2023-04-01T02:30:00Z")));
		this.first = this.jobOperator.startJob(
				MergeLauncher.parameters(this.input, work.resolve("output"), this.input.resolve("plan.xlsx"), Digits.THAI));
		this.log = errorLog(work.resolve("output"));
	}

	@Test
	void completesWithoutOpeningThePipe() {
		assertThat(this.first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void namesEveryEntryThatIsNotAFile() {
		assertThat(problems(ProblemCode.INPUT_ENTRY_SKIPPED)).extracting((record) -> record.get(2), (record) -> record.get(7))
			.satisfiesExactlyInAnyOrder(
					(pair) -> assertThat(pair.toList()).containsExactly("ส่งช้า", message("ส่งช้า", "โฟลเดอร์ย่อย")),
					(pair) -> assertThat(pair.toList()).containsExactly("ลิงก์ไปโฟลเดอร์",
							message("ลิงก์ไปโฟลเดอร์", "ทางลัดไปยังโฟลเดอร์")),
					(pair) -> assertThat(pair.toList()).containsExactly("ลิงก์เสีย.xlsx",
							message("ลิงก์เสีย.xlsx", "ทางลัดที่ไม่มีไฟล์ปลายทางแล้ว")),
					(pair) -> assertThat(pair.toList().get(0)).isEqualTo("ท่อ.xlsx"));
	}

	@Test
	void mergesTheFileWithAGarbledNameUnderANameOfItsOwnAndSaysToRenameIt() throws IOException {
		CSVRecord name = problems(ProblemCode.FILE_NAME_UNREADABLE).get(0);
		assertThat(name.get(2)).contains("\uFFFD").matches(".*\\.xlsx \\[[0-9a-f]{8}\\]");
		assertThat(name.get(7)).contains("เปลี่ยนชื่อไฟล์");
		try (OutputWorkbook workbook = OutputWorkbook.open(work.resolve("output").resolve("ita-2566-round1.xlsx"))) {
			assertThat(workbook.rows(MeasureOutputs.REGISTER_SHEET, 12))
				.filteredOn((row) -> row.get(4).equals("หน่วยตรวจสอบภายใน"))
				.hasSize(11)
				.allSatisfy((row) -> assertThat(row.get(9)).isEqualTo(name.get(2)));
		}
	}

	@Test
	void warnsOfATimeInTheFutureAndUsesTheDivisionsRealFile() {
		assertThat(problems(ProblemCode.SAVED_IN_FUTURE)).singleElement().satisfies((record) -> {
			assertThat(record.get(2)).isEqualTo(FINANCE_2099);
			assertThat(record.get(6)).startsWith("1/1/2642");
		});
		assertThat(problems(ProblemCode.SUPERSEDED)).singleElement()
			.satisfies((record) -> assertThat(record.get(2)).isEqualTo(FINANCE_2099));
	}

	@Test
	void refusesAFileWhoseMeasureRowsWereAllDeleted() {
		assertThat(problems(ProblemCode.MEASURE_ROWS_ALL_MISSING)).singleElement().satisfies((record) -> {
			assertThat(record.get(0)).isEqualTo("error");
			assertThat(record.get(2)).isEqualTo(WORKS);
			assertThat(record.get(3)).isEqualTo(MeasureSheet.NAME);
			assertThat(record.get(7)).contains("กองช่าง").contains("5 มาตรการ");
		});
	}

	@Test
	void readsItsOwnOutputsInTheInputFolderAsOutputsNotAsDivisionsFiles() throws Exception {
		// given the outputs of the first merge written into the input folder itself
		JobExecution intoInput = this.jobOperator.startJob(
				MergeLauncher.parameters(this.input, this.input, this.input.resolve("plan.xlsx"), Digits.THAI));
		assertThat(intoInput.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		// when merged again
		JobExecution again = this.jobOperator.startJob(
				MergeLauncher.parameters(this.input, this.input, this.input.resolve("plan.xlsx"), Digits.THAI));

		// then
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<CSVRecord> second = errorLog(this.input);
		assertThat(second).filteredOn((record) -> record.get(1).equals(ProblemCode.OWN_OUTPUT_AMONG_INPUTS.name()))
			.extracting((record) -> record.get(2))
			.containsExactlyInAnyOrder("ita-2566-round1.xlsx", "ita-2566-round1-errors.csv",
					"ita-2566-round1-report.docx", "ita-2566-round1-risk-report.docx");
		assertThat(second).noneSatisfy((record) -> assertThat(record.get(1)).isIn("NOT_A_TEMPLATE", "NOT_EXCEL"));
		assertThat(second).noneSatisfy((record) -> assertThat(record.get(2)).isEqualTo("feedback"));
	}

	private static String message(String name, String kind) {
		return "ไม่ได้อ่าน \"" + name + "\" ในโฟลเดอร์ไฟล์ของสำนัก/กอง เพราะเป็น" + kind
				+ " ระบบอ่านเฉพาะไฟล์ที่อยู่ในโฟลเดอร์นี้โดยตรง หากมีไฟล์ของสำนัก/กองอยู่ในนั้น ให้ย้ายออกมาไว้ในโฟลเดอร์นี้แล้วรวบรวมใหม่";
	}

	private List<CSVRecord> problems(ProblemCode code) {
		return this.log.stream().filter((record) -> record.get(1).equals(code.name())).toList();
	}

	private static List<CSVRecord> errorLog(Path output) throws IOException {
		String text = Files.readString(output.resolve("ita-2566-round1-errors.csv"), StandardCharsets.UTF_8);
		return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
	}

	private static void shell(String command) throws Exception {
		Process process = new ProcessBuilder("sh", "-c", command).inheritIO().start();
		assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(command).isZero();
	}

}
