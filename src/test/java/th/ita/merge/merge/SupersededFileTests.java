package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.measure.MeasureColumn;

/**
 * A division sent its file twice: the older copy, with an error the newer one fixed, is superseded.
 * Nothing of it counts: its problems are listed last and marked, they decide neither the totals
 * nor the exit status, it gets no feedback copy, and the console, the submissions sheet and the
 * totals agree on every count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupersededFileTests {

	private static final String WORKS = "ita-2566-รอบ1-กองช่าง.xlsx";

	private static final String OLDER = "ita-2566-รอบ1-กองช่าง (ฉบับแรก).xlsx";

	@TempDir
	private static Path work;

	private Path output;

	private int status;

	private String console;

	@BeforeAll
	void mergeWithAnOlderCopyThatHasAnError() throws IOException {
		Path input = Fixtures.copySamples(work.resolve("input"));
		Files.copy(input.resolve(WORKS), input.resolve(OLDER));
		WorkbookEdits.setMeasureCell(input.resolve(OLDER), "IIT-5.2", MeasureColumn.STATE, "");
		try (Stream<Path> files = Files.list(input)) {
			for (Path file : files.toList()) {
				Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-04-05T02:30:00Z")));
			}
		}
		Files.setLastModifiedTime(input.resolve(OLDER), FileTime.from(Instant.parse("2023-04-01T02:30:00Z")));
		this.output = work.resolve("output");
		PrintStream before = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			this.status = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output",
					this.output.toString());
		}
		finally {
			System.setOut(before);
		}
		this.console = printed.toString(StandardCharsets.UTF_8);
	}

	@Test
	void exitsCleanSinceOnlyTheSupersededCopyHadAnError() {
		assertThat(this.status).isZero();
		assertThat(this.console).contains("ข้อผิดพลาด 0,");
	}

	@Test
	void saysOnTheConsoleThatTheOlderCopyIsNotMerged() {
		assertThat(this.console).contains("ไม่นำไฟล์ " + OLDER + " มารวม (8 แถว): ถูกแทนที่ด้วยไฟล์ " + WORKS);
	}

	@Test
	void givesTheSupersededCopyNoFeedbackCopy() {
		assertThat(this.output.resolve("feedback").resolve(OLDER)).doesNotExist();
		assertThat(this.output.resolve("feedback").resolve(WORKS)).exists();
	}

	@Test
	void listsTheSupersededCopysProblemsLastAndMarked() throws IOException {
		List<CSVRecord> log = errorLog();
		CSVRecord last = log.get(log.size() - 1);
		assertThat(last.get(2)).isEqualTo(OLDER);
		assertThat(log).filteredOn((record) -> record.get(2).equals(OLDER) && !record.get(1).equals("SUPERSEDED"))
			.isNotEmpty()
			.allSatisfy((record) -> assertThat(record.get(7)).startsWith("[ไฟล์นี้ถูกแทนที่ด้วยไฟล์ที่ใหม่กว่า"));
	}

	@Test
	void agreesOnEveryCountWithTheSubmissionsSheet() throws IOException {
		try (OutputWorkbook workbook = OutputWorkbook.open(this.output.resolve("ita-2566-round1.xlsx"))) {
			List<List<String>> rows = workbook.rows(MergeOutputs.SUBMISSIONS_SHEET, 8);
			List<String> older = rows.stream().filter((row) -> row.get(1).equals(OLDER)).findFirst().orElseThrow();
			assertThat(older.subList(3, 6)).containsExactly("8", "0", "8");
			int accepted = rows.stream().skip(1).mapToInt((row) -> row.get(4).isEmpty() ? 0 : Integer.parseInt(row.get(4))).sum();
			int rejected = rows.stream().skip(1).mapToInt((row) -> row.get(5).isEmpty() ? 0 : Integer.parseInt(row.get(5))).sum();
			assertThat(this.console).contains("= รับ " + accepted + " + ไม่รับ " + rejected + ";");
		}
	}

	private List<CSVRecord> errorLog() throws IOException {
		String text = Files.readString(this.output.resolve("ita-2566-round1-errors.csv"), StandardCharsets.UTF_8);
		return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
	}

}
