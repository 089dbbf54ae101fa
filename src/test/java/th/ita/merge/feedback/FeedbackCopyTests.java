package th.ita.merge.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.ReadSubmission;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.samples.SeedData;

/** The feedback copy a division gets back: its own workbook, marked, behind a list of what to fix. */
class FeedbackCopyTests {

	@TempDir
	private Path output;

	@Test
	void marksEveryProblemCellAndListsItOnAFirstSheet() throws Exception {
		Path original = Path.of("src/test/resources/validation/errorCells.xlsx");
		ReadSubmission submission = Fixtures.read(SeedData.plan(), original);
		byte[] before = Files.readAllBytes(original);

		Optional<Path> copy = FeedbackCopy.write("errorCells.xlsx", before, this.output, submission.problems());

		assertThat(copy).contains(this.output.resolve("feedback/errorCells.xlsx"));
		assertThat(Files.readAllBytes(original)).isEqualTo(before);
		try (OutputWorkbook workbook = OutputWorkbook.open(copy.get())) {
			assertThat(workbook.workbook().getSheetAt(0).getSheetName()).isEqualTo("ข้อผิดพลาด");
			assertThat(workbook.workbook().getActiveSheetIndex()).isZero();
			List<List<String>> listed = workbook.rows("ข้อผิดพลาด", 7);
			assertThat(listed).hasSize(1 + submission.problems().size());
			assertThat(listed.subList(1, listed.size())).extracting((cells) -> cells.get(3))
				.containsExactlyElementsOf(submission.problems().stream().map(Problem::cell).toList());
			Cell g9 = workbook.sheet("ผลการดำเนินการ").getRow(8).getCell(6);
			Cell h10 = workbook.sheet("ผลการดำเนินการ").getRow(9).getCell(7);
			assertThat(g9.getCellComment().getString().getString()).contains("#N/A");
			assertThat(h10.getCellComment().getString().getString()).contains("#REF!");
			CellStyle marked = g9.getCellStyle();
			assertThat(h10.getCellStyle().getIndex()).as("one style shared by marked cells").isEqualTo(marked.getIndex());
			assertThat(workbook.workbook().getSheetAt(0).getRow(1).getCell(3).getHyperlink().getAddress())
				.isEqualTo("'ผลการดำเนินการ'!" + listed.get(1).get(3));
		}
	}

	@Test
	void copiesWhatItDoesNotMarkAsItCameAndSelectsOnlyTheProblemList() throws Exception {
		Path original = Path.of("src/test/resources/validation/errorCells.xlsx");
		byte[] before = Files.readAllBytes(original);
		Problem risk = Problem.of(ProblemCode.RISK_SCORE_MISMATCH,
				Location.ofFile("errorCells.xlsx").at("ความเสี่ยงการทุจริต", "E8", "คะแนน"), "9");

		Path copy = FeedbackCopy.write("errorCells.xlsx", before, this.output, List.of(risk)).orElseThrow();

		Map<String, byte[]> parts = parts(before);
		Map<String, byte[]> copied = parts(Files.readAllBytes(copy));
		for (String untouched : List.of("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml")) {
			assertThat(copied.get(untouched)).as(untouched).isEqualTo(parts.get(untouched));
		}
		assertThat(copied.get("xl/worksheets/sheet3.xml")).as("the marked risk sheet")
			.isNotEqualTo(parts.get("xl/worksheets/sheet3.xml"));
		try (OutputWorkbook workbook = OutputWorkbook.open(copy)) {
			for (int i = 0; i < workbook.workbook().getNumberOfSheets(); i++) {
				assertThat(workbook.workbook().getSheetAt(i).isSelected()).as("sheet %d selected", i).isEqualTo(i == 0);
			}
			assertThat(workbook.sheet("ความเสี่ยงการทุจริต").getRow(7).getCell(4).getCellComment()).isNotNull();
			assertThat(workbook.rows("ข้อผิดพลาด", 7).get(1)).contains("ความเสี่ยงการทุจริต", "E8", "คะแนน", "9");
		}
	}

	@Test
	void marksCellsTheDivisionLeftEmptyAndPutsTheProblemsOfOneCellInOneComment() throws Exception {
		Location sheet = Location.ofFile("errorCells.xlsx").at("ผลการดำเนินการ", "", "");
		List<Problem> problems = List.of(problem(ProblemCode.RESULT_CONTRADICTS_STATE, sheet, "H10"),
				problem(ProblemCode.RISK_DUPLICATE, sheet, "H10"), problem(ProblemCode.RESULT_CONTRADICTS_STATE,
						sheet, "Z9"), problem(ProblemCode.RESULT_CONTRADICTS_STATE, sheet, "B300"));

		Path copy = FeedbackCopy.write("errorCells.xlsx",
				Files.readAllBytes(Path.of("src/test/resources/validation/errorCells.xlsx")), this.output, problems)
			.orElseThrow();

		try (OutputWorkbook workbook = OutputWorkbook.open(copy)) {
			Sheet marked = workbook.sheet("ผลการดำเนินการ");
			XSSFCell h10 = (XSSFCell) marked.getRow(9).getCell(7);
			assertThat(h10.getCellComment().getString().getString()).isEqualTo(problems.get(0).severity().thai() + ": "
					+ problems.get(0).message() + "\n\n" + problems.get(1).severity().thai() + ": " + problems.get(1).message());
			assertThat(h10.getCellStyle().getFillForegroundColorColor().getIndexed())
				.as("the last problem's colour: an error's").isEqualTo(IndexedColors.ROSE.getIndex());
			for (XSSFCell added : List.of((XSSFCell) marked.getRow(8).getCell(25), (XSSFCell) marked.getRow(299).getCell(1))) {
				assertThat(added.getCellStyle().getFillForegroundColorColor().getIndexed()).as(added.getReference())
					.isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
				assertThat(added.getCellComment()).as(added.getReference()).isNotNull();
			}
			assertThat(marked.getRow(8).getCell(6).getCellType()).as("the row's own cells kept")
				.isNotEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
		}
	}

	@Test
	void aSheetWithCommentsOfItsOwnKeepsThemAndGetsTheProblemsToo() throws Exception {
		byte[] commented;
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(Path.of(
				"src/test/resources/validation/errorCells.xlsx")))) {
			XSSFSheet sheet = workbook.getSheet("ผลการดำเนินการ");
			XSSFComment note = sheet.createDrawingPatriarch()
				.createCellComment(workbook.getCreationHelper().createClientAnchor());
			note.setString(workbook.getCreationHelper().createRichTextString("ของกองเอง"));
			sheet.getRow(9).getCell(7).setCellComment(note);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			commented = out.toByteArray();
		}
		Location sheet = Location.ofFile("commented.xlsx").at("ผลการดำเนินการ", "", "");
		Problem problem = problem(ProblemCode.RESULT_CONTRADICTS_STATE, sheet, "H10");

		Path copy = FeedbackCopy.write("commented.xlsx", commented, this.output, List.of(problem)).orElseThrow();

		try (OutputWorkbook workbook = OutputWorkbook.open(copy)) {
			assertThat(workbook.sheet("ผลการดำเนินการ").getRow(9).getCell(7).getCellComment().getString().getString())
				.isEqualTo("ของกองเอง\n\n" + problem.severity().thai() + ": " + problem.message());
			assertThat(workbook.workbook().getSheetAt(0).getSheetName()).isEqualTo("ข้อผิดพลาด");
		}
	}

	private static Problem problem(ProblemCode code, Location sheet, String cell) {
		return Problem.of(code, sheet.at(sheet.sheet(), cell, "ผลการดำเนินการ"), "ค่า");
	}

	/** Every part of a package, uncompressed, by name. */
	private static Map<String, byte[]> parts(byte[] zip) throws IOException {
		Map<String, byte[]> parts = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				parts.put(entry.getName(), in.readAllBytes());
			}
		}
		return parts;
	}

	@Test
	void writesNoCopyForAFileWithoutProblemsOrOneThatCannotBeOpened() throws Exception {
		Path sample = Fixtures.SAMPLES.resolve("ita-2566-รอบ1-กองช่าง.xlsx");
		assertThat(FeedbackCopy.write("sample.xlsx", Files.readAllBytes(sample), this.output, List.of())).isEmpty();
		Path bomb = Path.of("src/test/resources/validation/zipBomb.xlsx");
		assertThat(FeedbackCopy.write("zipBomb.xlsx", Files.readAllBytes(bomb), this.output,
				List.of(Problem.of(ProblemCode.ZIP_BOMB, Location.ofFile("zipBomb.xlsx"), "")))).isEmpty();
		assertThat(this.output.resolve("feedback")).doesNotExist();
	}

}
