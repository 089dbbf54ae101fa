package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
import th.ita.merge.division.BrokenWorkbook;
import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.samples.SeedData;
import th.ita.merge.value.Digits;

/**
 * The real merge job over the samples with the file of กองคลัง replaced by one broken workbook at
 * a time: the problem is in the error log and on the errors sheet with its code and cell, every
 * other division still merged, the feedback copy is written when the file could be opened, and
 * the inputs are byte for byte what they were.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:broken-files;DB_CLOSE_DELAY=-1")
class BrokenFileScenarioTests {

	private static final String REPLACED = "ita-2566-รอบ1-กองคลัง.xlsx";

	private static final Plan PLAN = SeedData.plan();

	@Autowired
	private JobOperatorTestUtils jobOperator;

	/** The merge job is the one these tests run (the roll-up's is in the context too). */
	@Autowired
	void runTheMergeJob(JobOperatorTestUtils jobs, @Qualifier("mergeJob") Job mergeJob) {
		jobs.setJob(mergeJob);
	}

	@TempDir
	private Path work;

	static Stream<BrokenWorkbook> brokenWorkbooks() {
		return BrokenWorkbook.all();
	}

	@ParameterizedTest
	@MethodSource("brokenWorkbooks")
	void reportsTheBrokenFileAndMergesEveryOtherDivision(BrokenWorkbook broken) throws Exception {
		Run run = merge(broken.path());

		assertThat(run.errorLog()).as("error log").anySatisfy((record) -> {
			assertThat(record.get(1)).isEqualTo(broken.code().name());
			assertThat(record.get(2)).isEqualTo(broken.file());
			assertThat(record.get(4)).isEqualTo(broken.cell());
		});
		try (OutputWorkbook workbook = OutputWorkbook.open(run.workbook())) {
			List<List<String>> errors = workbook.rows(MergeOutputs.ERRORS_SHEET, 9);
			assertThat(errors).anySatisfy((cells) -> assertThat(List.of(cells.get(0), cells.get(1), cells.get(2),
					cells.get(3), cells.get(5)))
				.containsExactly(broken.code().severity().thai(), broken.code().title(), broken.code().name(),
						broken.file(), broken.cell()));
			assertOtherDivisionsMerged(workbook);
			assertRowsAccountedFor(workbook);
		}
		Path feedback = run.output().resolve("feedback").resolve(broken.file());
		if (broken.code().allowsFeedbackCopy() && !broken.code().equals(ProblemCode.SHEET_MISSING)
				&& !broken.fileLevel()) {
			assertFeedbackCopy(feedback, broken);
			assertErrorsSheetLinksTo(run.workbook(), broken);
		}
		if (!broken.code().allowsFeedbackCopy()) {
			assertThat(feedback).doesNotExist();
		}
		assertThat(Fixtures.hashes(run.input())).isEqualTo(run.inputsBefore());
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void letsNothingOfAHostileFileReachAnyOutput(String file) throws Exception {
		Run run = merge(BrokenWorkbook.FOLDER.resolve(file));
		try (Stream<Path> outputs = Files.walk(run.output())) {
			for (Path output : outputs.filter(Files::isRegularFile).filter((path) -> !path.toString().contains(".ita-merge")).toList()) {
				for (String text : readableTexts(output)) {
					assertThat(text).as(output.toString()).doesNotContain("root:x:").doesNotContain("lollollol");
				}
			}
		}
		assertThat(run.output().resolve("feedback").resolve(file)).doesNotExist();
		try (OutputWorkbook workbook = OutputWorkbook.open(run.workbook())) {
			assertThat(workbook.rows(MeasureOutputs.REGISTER_SHEET, 12))
				.noneSatisfy((cells) -> assertThat(cells.get(9)).isEqualTo(file));
		}
	}

	/**
	 * What an output holds as text: every part of a workbook or a Word document unzipped (its XML is
	 * compressed, so a search of the raw bytes would find nothing whatever it held), a text file as
	 * it is.
	 */
	private static List<String> readableTexts(Path output) throws IOException {
		String name = output.getFileName().toString();
		if (!name.endsWith(".xlsx") && !name.endsWith(".docx")) {
			return List.of(Files.readString(output, StandardCharsets.UTF_8));
		}
		List<String> parts = new ArrayList<>();
		try (ZipFile zip = new ZipFile(output.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					parts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		assertThat(parts).as("a workbook or document has parts").isNotEmpty();
		return parts;
	}

	static Stream<String> hostile() {
		return BrokenWorkbook.HOSTILE.stream();
	}

	@Test
	void usesTheFileSavedLastWhenADivisionSendsTwo() throws Exception {
		Run run = merge(BrokenWorkbook.FOLDER.resolve("sentTwiceOlder.xlsx"),
				BrokenWorkbook.FOLDER.resolve("sentTwiceNewer.xlsx"));
		assertThat(run.errorLog()).anySatisfy((record) -> {
			assertThat(record.get(1)).isEqualTo("SUPERSEDED");
			assertThat(record.get(2)).isEqualTo("sentTwiceOlder.xlsx");
		});
		try (OutputWorkbook workbook = OutputWorkbook.open(run.workbook())) {
			List<List<String>> register = workbook.rows(MeasureOutputs.REGISTER_SHEET, 12);
			assertThat(register).anySatisfy((cells) -> assertThat(cells.get(6)).isEqualTo("ฉบับแก้ไข"));
			assertThat(register).noneSatisfy((cells) -> assertThat(cells.get(6)).isEqualTo("ฉบับแรก"));
			assertRowsAccountedFor(workbook);
		}
	}

	@Test
	void notesAnIdenticalCopyOnceInsteadOfAsSuperseded() throws Exception {
		Run run = merge(Fixtures.SAMPLES.resolve(REPLACED), BrokenWorkbook.FOLDER.resolve("identicalCopy.xlsx"));
		List<CSVRecord> log = run.errorLog();
		assertThat(log).filteredOn((record) -> record.get(1).equals("DUPLICATE_COPY")).hasSize(1);
		assertThat(log).noneSatisfy((record) -> assertThat(record.get(1)).isEqualTo("SUPERSEDED"));
		assertThat(log).noneSatisfy((record) -> assertThat(record.get(1)).isEqualTo("DIVISION_NOT_SUBMITTED"));
		try (OutputWorkbook workbook = OutputWorkbook.open(run.workbook())) {
			assertThat(workbook.rows(MeasureOutputs.REGISTER_SHEET, 12)).hasSize(1 + SeedData.reports().size());
		}
	}

	@Test
	void reportsADivisionThatSentNothingAndTheMeasuresNobodyReportedOn() throws Exception {
		Run run = merge();
		assertThat(run.errorLog()).anySatisfy((record) -> {
			assertThat(record.get(1)).isEqualTo("DIVISION_NOT_SUBMITTED");
			assertThat(record.get(5)).isEqualTo("กองคลัง");
		});
		assertThat(run.errorLog()).anySatisfy((record) -> {
			assertThat(record.get(1)).isEqualTo("MEASURE_NOT_REPORTED");
			assertThat(record.get(5)).isEqualTo("IIT-4.1");
		});
	}

	@Test
	void ignoresExcelLockFilesQuietly() throws Exception {
		Run run = merge(Fixtures.SAMPLES.resolve(REPLACED), BrokenWorkbook.FOLDER.resolve("~$lockFile.xlsx"));
		assertThat(run.errorLog()).noneSatisfy((record) -> assertThat(record.get(2)).startsWith("~$"));
		try (OutputWorkbook workbook = OutputWorkbook.open(run.workbook())) {
			assertThat(workbook.rows(MergeOutputs.SUBMISSIONS_SHEET, 8))
				.noneSatisfy((cells) -> assertThat(cells.get(1)).startsWith("~$"));
		}
	}

	@Test
	void writesTextThatLooksLikeAFormulaAsText() throws Exception {
		Run run = merge(BrokenWorkbook.FOLDER.resolve("formulaText.xlsx"));
		try (OutputWorkbook workbook = OutputWorkbook.open(run.workbook())) {
			Sheet register = workbook.sheet(MeasureOutputs.REGISTER_SHEET);
			Row row = null;
			for (Row candidate : register) {
				if (candidate.getCell(9) != null && "formulaText.xlsx".equals(candidate.getCell(9).getStringCellValue())
						&& "IIT-5.2".equals(candidate.getCell(0).getStringCellValue())) {
					row = candidate;
				}
			}
			assertThat(row).isNotNull();
			for (int column : new int[] { 6, 7, 8 }) {
				assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.STRING);
			}
			assertThat(row.getCell(6).getStringCellValue()).startsWith("=HYPERLINK(");
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo("+66 81 234 5678");
			assertThat(row.getCell(8).getStringCellValue()).isEqualTo("@SUM(A1:A2)");
		}
		String csv = Files.readString(run.output().resolve("ita-2566-round1-errors.csv"));
		assertThat(csv).contains(",'=ดำเนินการแล้ว,").doesNotContain(",=ดำเนินการแล้ว,");
	}

	private void assertOtherDivisionsMerged(OutputWorkbook workbook) {
		String replaced = division("กองคลัง").code();
		List<List<String>> submissions = workbook.rows(MergeOutputs.SUBMISSIONS_SHEET, 8);
		for (Division division : PLAN.divisions()) {
			if (!division.code().equals(replaced)) {
				assertThat(submissions).as(division.name()).anySatisfy((cells) -> {
					assertThat(cells.get(0)).isEqualTo(division.name());
					assertThat(cells.get(6)).isEqualTo("นำมารวมแล้ว");
				});
			}
		}
		long others = SeedData.reports().stream().filter((report) -> !report.divisionCode().equals(replaced)).count();
		List<List<String>> register = workbook.rows(MeasureOutputs.REGISTER_SHEET, 12);
		assertThat(register.stream().filter((cells) -> cells.get(9).startsWith("ita-2566-รอบ1-")).count()).isEqualTo(others);
	}

	private static void assertRowsAccountedFor(OutputWorkbook workbook) {
		List<List<String>> submissions = workbook.rows(MergeOutputs.SUBMISSIONS_SHEET, 8);
		for (List<String> cells : submissions.subList(1, submissions.size())) {
			if (!cells.get(1).isEmpty()) {
				assertThat(Integer.parseInt(cells.get(3)))
					.isEqualTo(Integer.parseInt(cells.get(4)) + Integer.parseInt(cells.get(5)));
			}
		}
	}

	private static void assertFeedbackCopy(Path feedback, BrokenWorkbook broken) throws IOException {
		assertThat(feedback).exists();
		try (OutputWorkbook copy = OutputWorkbook.open(feedback)) {
			assertThat(copy.workbook().getSheetAt(0).getSheetName()).isEqualTo("ข้อผิดพลาด");
			List<List<String>> listed = copy.rows("ข้อผิดพลาด", 7);
			assertThat(listed).anySatisfy((cells) -> assertThat(cells.get(3)).isEqualTo(broken.cell()));
			CellReference ref = new CellReference(broken.cell());
			var cell = copy.sheet("ผลการดำเนินการ").getRow(ref.getRow()).getCell(ref.getCol());
			assertThat(cell.getCellComment()).isNotNull();
			assertThat(cell.getCellComment().getString().getString()).startsWith(broken.code().severity().thai() + ": ");
		}
	}

	private static void assertErrorsSheetLinksTo(Path workbookFile, BrokenWorkbook broken) throws IOException {
		try (OutputWorkbook workbook = OutputWorkbook.open(workbookFile)) {
			Sheet errors = workbook.sheet(MergeOutputs.ERRORS_SHEET);
			boolean linked = false;
			for (Row row : errors) {
				XSSFHyperlink link = (row.getCell(5) != null) ? (XSSFHyperlink) row.getCell(5).getHyperlink() : null;
				if (link != null && row.getCell(3).getStringCellValue().equals(broken.file())
						&& row.getCell(5).getStringCellValue().equals(broken.cell())) {
					assertThat(link.getType()).isEqualTo(HyperlinkType.FILE);
					assertThat(link.getAddress()).startsWith(FeedbackCopy.relativeUri(broken.file()));
					assertThat(link.getLocation()).isEqualTo("'ผลการดำเนินการ'!" + broken.cell());
					linked = true;
				}
			}
			assertThat(linked).as("errors sheet links to the feedback copy").isTrue();
		}
	}

	private static Division division(String name) {
		return PLAN.divisions().stream().filter((division) -> division.name().equals(name)).findFirst().orElseThrow();
	}

	private record Run(Path input, Path output, Map<String, String> inputsBefore) {

		Path workbook() {
			return this.output.resolve("ita-2566-round1.xlsx");
		}

		List<CSVRecord> errorLog() throws IOException {
			try (Reader reader = Files.newBufferedReader(this.output.resolve("ita-2566-round1-errors.csv"))) {
				reader.skip(1);
				return CSVFormat.EXCEL.builder().setSkipHeaderRecord(true).setHeader().get().parse(reader).getRecords();
			}
		}

	}

	/** Merges the samples without กองคลัง's file, plus the given files. */
	private Run merge(Path... files) throws Exception {
		Path input = Files.createDirectories(this.work.resolve("input"));
		Fixtures.copySamples(input);
		Files.delete(input.resolve(REPLACED));
		for (Path file : files) {
			Files.copy(file, input.resolve(file.getFileName().toString()));
		}
		Path output = this.work.resolve("output");
		Map<String, String> before = Fixtures.hashes(input);
		JobExecution execution = this.jobOperator
			.startJob(MergeLauncher.parameters(input, output, input.resolve("plan.xlsx"), Digits.THAI));
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		RunTotals totals = RunTotals.load(execution.getExecutionContext());
		assertThat(totals.rowsRead()).isEqualTo(totals.rowsAccepted() + totals.rowsRejected());
		return new Run(input, output, before);
	}

}
