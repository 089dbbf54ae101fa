package th.ita.merge.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.value.CellValues;
import th.ita.merge.xlsx.SheetInfo.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link XlsxFile} on a workbook written by openpyxl rather than Excel or POI
 * ({@code src/test/resources/xlsx/writtenByOpenpyxl.xlsx}; the script that made it lies beside
 * it): inline strings, a formula saved without its value, an error value, a hidden row, hidden
 * and very hidden sheets, and the 1904 date system.
 */
class XlsxFileTests {

	private static final String FIXTURE = "/xlsx/writtenByOpenpyxl.xlsx";

	@TempDir
	Path directory;

	private Path file;

	@BeforeEach
	void copyFixture() throws IOException {
		this.file = this.directory.resolve("writtenByOpenpyxl.xlsx");
		try (InputStream in = XlsxFileTests.class.getResourceAsStream(FIXTURE)) {
			assertThat(in).as(FIXTURE).isNotNull();
			Files.copy(in, this.file);
		}
	}

	@Test
	void listsSheetsInOrderWithTheirVisibility() throws IOException {
		// when
		List<SheetInfo> sheets;
		try (XlsxFile workbook = XlsxFile.open(this.file)) {
			sheets = workbook.sheets();
		}

		// then
		assertThat(sheets).extracting(SheetInfo::name, SheetInfo::position, SheetInfo::visibility)
			.containsExactly(tuple("ข้อมูล", 0, Visibility.VISIBLE),
					tuple("ซ่อน", 1, Visibility.HIDDEN),
					tuple("ระบุแบบรายงาน", 2, Visibility.VERY_HIDDEN));
	}

	@Test
	void findsSheetByThaiName() throws IOException {
		try (XlsxFile workbook = XlsxFile.open(this.file)) {
			assertThat(workbook.sheet("ระบุแบบรายงาน")).get()
				.extracting(SheetInfo::visibility)
				.isEqualTo(Visibility.VERY_HIDDEN);
			assertThat(workbook.sheet("ไม่มีชีตนี้")).isEmpty();
		}
	}

	@Test
	void tellsTheWorkbookCountsDatesFrom1904() throws IOException {
		try (XlsxFile workbook = XlsxFile.open(this.file)) {
			assertThat(workbook.date1904()).isTrue();
		}
	}

	@Test
	void tellsAWorkbookWrittenByPoiCountsDatesFrom1900() throws IOException {
		// given
		Path poiFile = this.directory.resolve("poi.xlsx");
		try (XSSFWorkbook written = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(poiFile)) {
			written.createSheet("ข้อมูล").createRow(0).createCell(0).setCellValue(45000);
			written.write(out);
		}

		// when
		try (XlsxFile workbook = XlsxFile.open(poiFile)) {
			// then
			assertThat(workbook.date1904()).isFalse();
		}
	}

	@Test
	void readsWhenTheWorkbookSaysItWasSaved() throws IOException {
		try (XlsxFile workbook = XlsxFile.open(this.file)) {
			assertThat(workbook.savedAt()).hasValue(Instant.parse("2023-03-31T10:00:00Z"));
		}
	}

	@Test
	void readsInlineThaiTextRaw() throws IOException {
		// when
		Map<String, RawCell> cells = cells("ข้อมูล");

		// then
		assertThat(cells.get("A1")).extracting(RawCell::kind, RawCell::value)
			.containsExactly(CellKind.TEXT, "ดำเนินการแล้ว");
		assertThat(cells.get("C3")).extracting(RawCell::kind, RawCell::value)
			.containsExactly(CellKind.TEXT, "  น้ำ  ");
	}

	@Test
	void readsNumbersAsWritten() throws IOException {
		// when
		Map<String, RawCell> cells = cells("ข้อมูล");

		// then
		assertThat(cells.get("B1")).extracting(RawCell::kind, RawCell::value, RawCell::numberFormat, RawCell::formula)
			.containsExactly(CellKind.NUMBER, "2566", "General", false);
		assertThat(cells.get("G1")).extracting(RawCell::kind, RawCell::value)
			.containsExactly(CellKind.NUMBER, "1234.5");
	}

	@Test
	void readsDateAsSerialWithItsNumberFormatInThe1904System() throws IOException {
		// when
		RawCell date = cells("ข้อมูล").get("C1");

		// then 2023-03-15 is serial 45000 in the 1900 system, 43538 in the 1904 system
		assertThat(date.kind()).isEqualTo(CellKind.NUMBER);
		assertThat(date.value()).isEqualTo("43538");
		assertThat(date.numberFormat()).isEqualTo("yyyy-mm-dd");
		assertThat(CellValues.excelDate(Double.parseDouble(date.value()), true)).hasValue(LocalDate.of(2023, 3, 15));
	}

	@Test
	void readsBooleansAsOneAndZero() throws IOException {
		// when
		Map<String, RawCell> cells = cells("ข้อมูล");

		// then
		assertThat(cells.get("D1")).extracting(RawCell::kind, RawCell::value).containsExactly(CellKind.BOOLEAN, "1");
		assertThat(cells.get("A4")).extracting(RawCell::kind, RawCell::value).containsExactly(CellKind.BOOLEAN, "0");
	}

	@Test
	void readsErrorValue() throws IOException {
		// when
		RawCell error = cells("ข้อมูล").get("F1");

		// then
		assertThat(error).extracting(RawCell::kind, RawCell::value).containsExactly(CellKind.ERROR, "#N/A");
	}

	@Test
	void readsFormulaSavedWithoutItsValue() throws IOException {
		// when openpyxl saved "=B1+1" as <f>B1+1</f><v></v>, with no calculated value
		RawCell formula = cells("ข้อมูล").get("E1");

		// then
		assertThat(formula).isNotNull();
		assertThat(formula.kind()).isEqualTo(CellKind.FORMULA_WITHOUT_VALUE);
		assertThat(formula.value()).isEmpty();
		assertThat(formula.formula()).isTrue();
	}

	@Test
	void marksFormulaCellAsFormula() throws IOException {
		// when
		RawCell formula = cells("ข้อมูล").get("E1");

		// then
		assertThat(formula).isNotNull();
		assertThat(formula.formula()).isTrue();
		assertThat(formula.value()).isEmpty();
	}

	@Test
	void locatesCellsByTheirReference() throws IOException {
		// when
		Map<String, RawCell> cells = cells("ข้อมูล");

		// then
		assertThat(cells.get("G1")).extracting(RawCell::row, RawCell::column).containsExactly(1, 6);
		assertThat(cells.get("C3")).extracting(RawCell::row, RawCell::column).containsExactly(3, 2);
	}

	@Test
	void streamsRowsWithPhysicalNumbersAndHiddenFlag() throws IOException {
		// when
		List<SheetRow> rows = rows("ข้อมูล");

		// then
		assertThat(rows).extracting(SheetRow::number, SheetRow::hidden)
			.containsExactly(tuple(1, false),
					tuple(2, true), tuple(3, false),
					tuple(4, false));
		assertThat(rows.get(1).value(0)).isEqualTo("แถวที่ซ่อนไว้");
		assertThat(rows.get(2).cell(0)).isEmpty();
		assertThat(rows.get(2).value(2)).isEqualTo("  น้ำ  ");
	}

	@Test
	void readsVeryHiddenSheet() throws IOException {
		// when
		List<SheetRow> rows = rows("ระบุแบบรายงาน");

		// then
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.value(0)).isEqualTo("รหัสสำนัก/กอง");
			assertThat(row.value(1)).isEqualTo("FINANCE");
		});
	}

	@Test
	void neverChangesTheFileItReads() throws Exception {
		// given
		String before = sha256(this.file);
		FileTime modifiedBefore = Files.getLastModifiedTime(this.file);

		// when every sheet is read, and the workbook closed
		try (XlsxFile workbook = XlsxFile.open(this.file)) {
			for (SheetInfo sheet : workbook.sheets()) {
				workbook.readRows(sheet, (row) -> {
				});
			}
			workbook.savedAt();
		}

		// then
		assertThat(sha256(this.file)).isEqualTo(before);
		assertThat(Files.getLastModifiedTime(this.file)).isEqualTo(modifiedBefore);
		assertThat(this.directory).isDirectoryNotContaining((path) -> !path.equals(this.file));
	}

	@Test
	void refusesFileThatIsNotAWorkbook() throws IOException {
		// given
		Path text = this.directory.resolve("ไม่ใช่ไฟล์excel.xlsx");
		Files.writeString(text, "ผลการดำเนินการ");

		// when
		Throwable thrown = catchThrowable(() -> XlsxFile.open(text));

		// then
		assertThat(thrown).isInstanceOf(IOException.class);
		assertThat(Files.readString(text)).isEqualTo("ผลการดำเนินการ");
	}

	private List<SheetRow> rows(String sheetName) throws IOException {
		List<SheetRow> rows = new ArrayList<>();
		try (XlsxFile workbook = XlsxFile.open(this.file)) {
			workbook.readRows(workbook.sheet(sheetName).orElseThrow(), rows::add);
		}
		return rows;
	}

	private Map<String, RawCell> cells(String sheetName) throws IOException {
		Map<String, RawCell> cells = new TreeMap<>();
		for (SheetRow row : rows(sheetName)) {
			row.cells().forEach((cell) -> cells.put(cell.reference(), cell));
		}
		return cells;
	}

	private static String sha256(Path path) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
	}

}
