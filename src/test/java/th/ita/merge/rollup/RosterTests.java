package th.ita.merge.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.plan.Signatory;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.rollup.ProvinceRoster.Entry;

/**
 * Tests for {@link ProvinceRoster#read} and {@link ProvinceRoster#writeTemplate}: the template
 * reads back as it was written, a roster made by another program (openpyxl, codes stored as
 * numbers) reads as the officer typed it, and every problem names its file, sheet and cell.
 */
class RosterTests {

	private static final List<Object> HEADER = List.of("รหัส อปท.", "ชื่อ อปท.", "ประเภท", "อำเภอ");

	private static final List<List<Object>> SETTINGS = List.of(List.of("จังหวัด", "นครราชสีมา"),
			List.of("ผู้จัดทำ (ชื่อ-สกุล)", "นายสมชาย ตั้งใจ"), List.of("ตำแหน่งผู้จัดทำ", "นักวิเคราะห์นโยบายและแผน"));

	@TempDir
	Path directory;

	@Test
	void readsBackTheTemplateItWrites() throws Exception {
		// given
		Path file = this.directory.resolve("roster.xlsx");
		ProvinceRoster.writeTemplate(file);

		// when
		ProvinceRoster roster = ProvinceRoster.read(file);

		// then
		assertThat(roster.province()).isEqualTo("นครราชสีมา");
		assertThat(roster.organizations()).extracting(Entry::code, Entry::type, Entry::district)
			.containsExactly(tuple("5300101", "อบจ.", "เมืองนครราชสีมา"), tuple("5300201", "เทศบาล", "เมืองนครราชสีมา"),
					tuple("5301501", "อบต.", "ขามสะแกแสง"), tuple("5301502", "เทศบาล", "ขามสะแกแสง"));
		assertThat(roster.signOff()).hasValueSatisfying((signOff) -> {
			assertThat(signOff.preparer().position()).isEqualTo("นักวิเคราะห์นโยบายและแผนชำนาญการ");
			assertThat(signOff.reviewer()).isEmpty();
			assertThat(signOff.approver()).map(Signatory::position).hasValue("ท้องถิ่นจังหวัดนครราชสีมา");
			assertThat(signOff.reportDate()).isEmpty();
		});
	}

	@Test
	void readsCodesStoredAsNumbersAsTheTextTheOfficerTyped() throws Exception {
		// given a roster written by openpyxl (src/test/resources/rollup/numericCodes.py)
		Path file = this.directory.resolve("numericCodes.xlsx");
		try (InputStream in = RosterTests.class.getResourceAsStream("/rollup/numericCodes.xlsx")) {
			Files.copy(in, file);
		}

		// when
		ProvinceRoster roster = ProvinceRoster.read(file);

		// then
		assertThat(roster.organizations()).extracting(Entry::code, Entry::name, Entry::type, Entry::district)
			.containsExactly(tuple("5300101", "องค์การบริหารส่วนตำบลขามสะแกแสง", "อบต.", "ขามสะแกแสง"),
					tuple("5300102", "เทศบาลตำบลขามสะแกแสง", "เทศบาล", "ขามสะแกแสง"),
					tuple("0530103", "องค์การบริหารส่วนจังหวัดนครราชสีมา", "อบจ.", "เมืองนครราชสีมา"));
		assertThat(roster.signOff()).hasValueSatisfying((signOff) -> {
			assertThat(signOff.preparer().name()).isEqualTo("นายสมชาย ตั้งใจ");
			assertThat(signOff.approver()).map(Signatory::name).hasValue("นายสมศักดิ์ รักษ์ถิ่น");
			assertThat(signOff.reportDate()).hasValue(LocalDate.of(2023, 4, 30));
		});
	}

	@Test
	void leavesTheSignOffToBeFilledByHandWhenNoPreparerIsNamed() throws Exception {
		// given
		Path file = roster("noPreparer.xlsx", List.of(HEADER, List.of("5300101", "อบต.โนนสูง", "", "โนนสูง")),
				List.of(List.of("จังหวัด", "นครราชสีมา")));

		// when
		ProvinceRoster roster = ProvinceRoster.read(file);

		// then
		assertThat(roster.signOff()).isEmpty();
		assertThat(roster.organizations()).extracting(Entry::type).containsExactly("อบต.");
	}

	@Test
	void namesBothRowsOfACodeGivenTwice() throws IOException {
		// given
		Path file = roster("duplicateCode.xlsx", List.of(HEADER, List.of("5300101", "อบต.โนนสูง", "", "โนนสูง"),
				List.of("5300102", "อบต.ขามทะเลสอ", "", "ขามทะเลสอ"), List.of("5300101", "อบต.ด่านเกวียน", "", "โชคชัย")),
				SETTINGS);

		// when
		List<Problem> problems = problems(file);

		// then
		assertThat(problems).extracting(Problem::code, Problem::file, Problem::sheet, Problem::cell, Problem::value)
			.containsExactly(tuple(ProblemCode.ROSTER_CODE_DUPLICATE, "duplicateCode.xlsx", "ทะเบียน อปท.", "A4", "5300101"));
		assertThat(problems.get(0).message()).contains("อบต.ด่านเกวียน", "A2", "อบต.โนนสูง");
	}

	@Test
	void refusesARowWithoutCodeOrName() throws IOException {
		// given
		Path file = roster("rowWithoutName.xlsx", List.of(HEADER, List.of("5300101", "", "อบต.", "โนนสูง"),
				List.of("", "อบต.ขามทะเลสอ", "", "ขามทะเลสอ")), SETTINGS);

		// when
		List<Problem> problems = problems(file);

		// then
		assertThat(problems).extracting(Problem::code, Problem::cell, Problem::value)
			.containsExactly(tuple(ProblemCode.ROSTER_ROW_INCOMPLETE, "B2", "5300101"),
					tuple(ProblemCode.ROSTER_ROW_INCOMPLETE, "A3", "อบต.ขามทะเลสอ"));
		assertThat(problems.get(0).message()).contains("แถวที่ 2", "\"ชื่อ อปท.\"");
	}

	@Test
	void refusesATypeThatIsNoKindOfLocalGovernment() throws IOException {
		// given
		Path file = roster("unknownType.xlsx", List.of(HEADER, List.of("5300101", "อบต.โนนสูง", "อบก.", "โนนสูง"),
				List.of("5300102", "สุขาภิบาลโนนสูง", "", "โนนสูง")), SETTINGS);

		// when
		List<Problem> problems = problems(file);

		// then
		assertThat(problems).extracting(Problem::code, Problem::cell, Problem::value)
			.containsExactly(tuple(ProblemCode.ROSTER_TYPE_UNKNOWN, "C2", "อบก."),
					tuple(ProblemCode.ROSTER_TYPE_MISSING, "C3", "สุขาภิบาลโนนสูง"));
		assertThat(problems.get(0).message()).contains("อบต.โนนสูง", "เมืองพัทยา");
	}

	@Test
	void refusesAMissingSheetHeaderOrProvinceAllAtOnce() throws IOException {
		// given
		Path noSettings = roster("noSettings.xlsx", List.of(HEADER, List.of("5300101", "อบต.โนนสูง", "", "")), null);
		Path noDistrict = roster("noDistrictHeader.xlsx",
				List.of(List.of("รหัส อปท.", "ชื่อ อปท.", "ประเภท"), List.of("5300101", "อบต.โนนสูง", "")),
				List.of(List.of("จังหวัด", ""), List.of("ผู้จัดทำ (ชื่อ-สกุล)", "นายสมชาย ตั้งใจ")));

		// when
		List<Problem> sheet = problems(noSettings);
		List<Problem> header = problems(noDistrict);

		// then
		assertThat(sheet).extracting(Problem::code, Problem::sheet)
			.containsExactly(tuple(ProblemCode.ROSTER_SHEET_MISSING, "ตั้งค่า"));
		assertThat(header).extracting(Problem::code, Problem::sheet, Problem::cell)
			.containsExactlyInAnyOrder(tuple(ProblemCode.ROSTER_SETTING_MISSING, "ตั้งค่า", "B1"),
					tuple(ProblemCode.ROSTER_SIGNATORY_INCOMPLETE, "ตั้งค่า", "B2"),
					tuple(ProblemCode.ROSTER_HEADER_MISSING, "ทะเบียน อปท.", ""));
		assertThat(header).extracting(Problem::message)
			.anySatisfy((message) -> assertThat(message).contains("\"อำเภอ\"", "\"ทะเบียน อปท.\""))
			.anySatisfy((message) -> assertThat(message).contains("\"จังหวัด\"", "คอลัมน์ B"));
	}

	@Test
	void saysWhichRosterFileIsMissing() {
		// when
		List<Problem> problems = problems(this.directory.resolve("roster.xlsx"));

		// then
		assertThat(problems).extracting(Problem::code).containsExactly(ProblemCode.ROSTER_FILE_MISSING);
		assertThat(problems.get(0).message()).contains("roster.xlsx", "--roster");
	}

	private static List<Problem> problems(Path file) {
		RosterException refused = catchThrowableOfType(RosterException.class, () -> ProvinceRoster.read(file));
		assertThat(refused).as("the roster %s is refused", file.getFileName()).isNotNull();
		assertThat(refused.getMessage()).isEqualTo(refused.problems().get(0).message());
		return refused.problems();
	}

	/** A roster workbook of the rows given; {@code settings} null for one without its settings sheet. */
	private Path roster(String name, List<List<Object>> rows, List<List<Object>> settings) throws IOException {
		Path file = this.directory.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			fill(workbook.createSheet("ทะเบียน อปท."), rows);
			if (settings != null) {
				fill(workbook.createSheet("ตั้งค่า"), settings);
			}
			workbook.write(out);
		}
		return file;
	}

	private static void fill(Sheet sheet, List<List<Object>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				Object value = rows.get(r).get(c);
				if (value instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (!value.toString().isEmpty()) {
					row.createCell(c).setCellValue(value.toString());
				}
			}
		}
	}

}
