package th.ita.merge.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorLog}, the CSV a legal officer opens in Excel: UTF-8 with a byte-order
 * mark, and no value that Excel would run as a formula.
 */
class ErrorLogTests {

	private static final Location CELL = Location.ofFile("กองคลัง.xlsx").at("มาตรการ", "F7", "สถานะ");

	@Test
	void startsWithUtf8ByteOrderMark() throws IOException {
		// when
		byte[] bytes = write(List.of(Problem.of(ProblemCode.STATE_UNKNOWN, CELL, "เสร็จ", "OIT-10.1")));

		// then
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
	}

	@Test
	void writesTheHeadersEvenWithoutProblems() throws IOException {
		// when
		List<CSVRecord> records;
		try (CSVParser parser = parse(write(List.of()))) {
			records = parser.getRecords();
			// then
			assertThat(parser.getHeaderNames()).isEqualTo(ErrorLog.HEADERS);
		}
		assertThat(records).isEmpty();
	}

	@Test
	void writesOneRowPerProblemUnderTheHeaders() throws IOException {
		// given
		Problem problem = Problem.of(ProblemCode.STATE_UNKNOWN, CELL, "เสร็จ", "OIT-10.1");

		// when
		try (CSVParser parser = parse(write(List.of(problem)))) {
			List<CSVRecord> records = parser.getRecords();

			// then
			assertThat(parser.getHeaderNames()).isEqualTo(ErrorLog.HEADERS);
			assertThat(records).hasSize(1);
			assertThat(records.get(0).values()).containsExactly("error", "STATE_UNKNOWN", "กองคลัง.xlsx", "มาตรการ",
					"F7", "สถานะ", "เสร็จ", problem.message(), "ข้อผิดพลาด", "สถานะไม่ถูกต้อง");
		}
	}

	@Test
	void keepsTheStableColumnsFirstAndAddsTheSeverityAndKindInThaiAfterThem() {
		// then the eight columns other programs read by position stay where they were
		assertThat(ErrorLog.HEADERS.subList(0, 8)).containsExactly("ระดับ (severity)", "รหัส (code)", "ไฟล์ (file)",
				"ชีต (sheet)", "เซลล์ (cell)", "ช่องข้อมูล (field)", "ค่าที่พบ (value)", "สิ่งที่ต้องแก้ไข (message)");
		assertThat(ErrorLog.HEADERS.subList(8, 10)).containsExactly("ระดับ (ภาษาไทย)", "ประเภทปัญหา (kind)");
	}

	@Test
	void showsTheSeverityAndKindInThaiBesideTheCodeOnTheSheet() {
		// given
		Problem warning = Problem.of(ProblemCode.STATE_TYPED, CELL, "ดำเนินการ แล้ว", "OIT-10.1");

		// when
		List<String> values = ErrorLog.sheetValues(warning);

		// then
		assertThat(values).hasSameSizeAs(ErrorLog.SHEET_HEADERS);
		assertThat(values).containsExactly("คำเตือน", "สถานะที่พิมพ์เอง", "STATE_TYPED", "กองคลัง.xlsx", "มาตรการ", "F7",
				"สถานะ", "ดำเนินการ แล้ว", warning.message());
	}

	@Test
	void keepsThaiMessageWithQuotesIntact() throws IOException {
		// given a message that holds double quotes and the Thai "ำ" and tone marks
		Problem problem = Problem.of(ProblemCode.OTHER_ORGANIZATION, Location.ofFile("กองช่าง.xlsx"),
				"เทศบาลตำบลขามสะแกแสง", "องค์การบริหารส่วนตำบลขามสะแกแสง");

		// when
		try (CSVParser parser = parse(write(List.of(problem)))) {
			CSVRecord record = parser.getRecords().get(0);

			// then
			assertThat(record.get(ErrorLog.HEADERS.get(7))).isEqualTo(problem.message())
				.startsWith("แบบรายงานนี้เป็นของหน่วยงาน \"เทศบาลตำบลขามสะแกแสง\"");
		}
	}

	@Test
	void guardsValuesThatExcelWouldRunAsFormulas() throws IOException {
		// given
		List<String> dangerous = List.of("=SUM(A1)", "+66812345678", "-1", "@x");
		List<Problem> problems = dangerous.stream()
			.map((value) -> Problem.of(ProblemCode.MEASURE_UNKNOWN, CELL, value))
			.toList();

		// when
		try (CSVParser parser = parse(write(problems))) {
			List<String> values = parser.getRecords().stream().map((record) -> record.get(6)).toList();

			// then
			assertThat(values).containsExactly("'=SUM(A1)", "'+66812345678", "'-1", "'@x");
		}
	}

	@Test
	void leavesOrdinaryValuesUnguarded() throws IOException {
		// given
		List<Problem> problems = List.of(Problem.of(ProblemCode.MEASURE_UNKNOWN, CELL, "OIT-10.9"),
				Problem.of(ProblemCode.OTHER_FISCAL_YEAR, CELL, "2565", "2566"));

		// when
		try (CSVParser parser = parse(write(problems))) {
			List<String> values = parser.getRecords().stream().map((record) -> record.get(6)).toList();

			// then
			assertThat(values).containsExactly("OIT-10.9", "2565");
		}
	}

	private static byte[] write(List<Problem> problems) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ErrorLog.write(out, (sink) -> problems.forEach(sink));
		return out.toByteArray();
	}

	/** Parses the log back, after the byte-order mark, with its first row as the header. */
	private static CSVParser parse(byte[] bytes) throws IOException {
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text));
	}

}
