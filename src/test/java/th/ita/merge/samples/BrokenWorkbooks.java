package th.ita.merge.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureSheet;

/**
 * Rebuilds the broken workbooks of {@code src/test/resources/validation}: each is the filled
 * workbook of กองคลัง from {@code samples/} broken in one way, named after what it breaks. Those
 * POI cannot write (text over Excel's cell limit, Strict Open XML, hostile XML, a zip bomb) are
 * made by rewriting the zip. Run from the project folder:
 * {@code java -cp target/test-classes:target/classes:<classpath> th.ita.merge.samples.BrokenWorkbooks}.
 * The files saved by LibreOffice and written by openpyxl come from {@code make-tool-fixtures.sh}.
 */
public final class BrokenWorkbooks {

	/** The division file every broken workbook starts from. */
	public static final Path BASE = Path.of("samples", "ita-2566-รอบ1-กองคลัง.xlsx");

	public static final Path PLAN = Path.of("samples", "plan.xlsx");

	public static final Path FOLDER = Path.of("src", "test", "resources", "validation");

	private static final String LONG_TEXT_MARK = "@@LONG_TEXT@@";

	private BrokenWorkbooks() {
	}

	public static void main(String[] args) throws IOException {
		generate((args.length > 0) ? Path.of(args[0]) : FOLDER);
	}

	public static void generate(Path folder) throws IOException {
		Files.createDirectories(folder);
		byte[] base = Files.readAllBytes(BASE);
		// the file as a whole
		Files.writeString(folder.resolve("notExcel.xlsx"), "%PDF-1.4\n% รายงานผลการดำเนินการ\n1 0 obj\n<<>>\nendobj\n");
		Files.write(folder.resolve("empty.xlsx"), new byte[0]);
		Files.write(folder.resolve("truncated.xlsx"), Arrays.copyOf(base, base.length / 2));
		Files.write(folder.resolve("corruptedZip.xlsx"), corrupted(base));
		Files.write(folder.resolve("~$lockFile.xlsx"), "\u0000lock of ita-2566-รอบ1-กองคลัง.xlsx".getBytes(StandardCharsets.UTF_8));
		oldExcelFormat(folder.resolve("oldFormat.xls"));
		passwordProtected(base, folder.resolve("passwordProtected.xlsx"));
		Files.write(folder.resolve("strictOpenXml.xlsx"), rewrite(base, Map.of("_rels/.rels",
				(xml) -> xml.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
						"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"))));
		Files.write(folder.resolve("zipBomb.xlsx"), rewrite(base, Map.of("xl/worksheets/sheet2.xml",
				(xml) -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(60 * 1024 * 1024)))));
		Files.write(folder.resolve("xmlExternalEntity.xlsx"), rewrite(base, Map.of("xl/sharedStrings.xml",
				(xml) -> xml.replaceFirst("<sst ", "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sst ")
					.replaceFirst("<t>", "<t>&xxe;"))));
		Files.write(folder.resolve("billionLaughs.xlsx"), rewrite(base, Map.of("xl/worksheets/sheet2.xml",
				(xml) -> xml.replaceFirst("<worksheet ", billionLaughs() + "<worksheet ")
					.replaceFirst("<sheetData>", "<sheetData><row r=\"100\"><c r=\"H100\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"))));
		Files.copy(PLAN, folder.resolve("planAmongInputs.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		notATemplate(folder.resolve("notATemplate.xlsx"));
		Files.write(folder.resolve("identicalCopy.xlsx"), base);
		// whose template it is
		edit(folder, "otherOrganization.xlsx", (wb) -> identity(wb, "organization", "เทศบาลตำบลขามสะแกแสง"));
		edit(folder, "otherFiscalYear.xlsx", (wb) -> identity(wb, "fiscal_year", "2565"));
		edit(folder, "otherRound.xlsx", (wb) -> identity(wb, "round", "2"));
		edit(folder, "outdatedTemplate.xlsx", (wb) -> identity(wb, "template_version", "0"));
		// sheets and columns
		edit(folder, "measuresSheetRenamed.xlsx", (wb) -> wb.setSheetName(wb.getSheetIndex(MeasureSheet.NAME), "ผลงาน"));
		edit(folder, "measuresSheetDeleted.xlsx", (wb) -> wb.removeSheetAt(wb.getSheetIndex(MeasureSheet.NAME)));
		edit(folder, "sheetsReordered.xlsx", (wb) -> {
			wb.setSheetOrder(MeasureSheet.NAME, 0);
			wb.setActiveSheet(0);
		});
		edit(folder, "columnsMoved.xlsx", (wb) -> swapColumns(measures(wb), MeasureColumn.RESULT.ordinal(), MeasureColumn.ID.ordinal()));
		edit(folder, "extraColumns.xlsx", (wb) -> {
			Sheet sheet = measures(wb);
			for (Row row : sheet) {
				if (row.getRowNum() >= MeasureSheet.HEADER_ROW - 1) {
					row.createCell(10).setCellValue((row.getRowNum() == MeasureSheet.HEADER_ROW - 1) ? "ผู้กรอก" : "นางสาวสมใจ");
				}
			}
		});
		// cells: rows 6..12 hold IIT-4.1, IIT-4.2, IIT-5.2, IIT-5.3, IIT-5.4, EIT-7.3, OIT-10.1
		edit(folder, "stateMissing.xlsx", (wb) -> cell(wb, "G6").setBlank());
		edit(folder, "twoStates.xlsx", (wb) -> cell(wb, "G7").setCellValue("ดำเนินการแล้ว / อยู่ระหว่างดำเนินการ"));
		edit(folder, "stateTyped.xlsx", (wb) -> cell(wb, "G8").setCellValue(" ดำเนินการ แล้ว "));
		edit(folder, "unknownMeasure.xlsx", (wb) -> cell(wb, "A9").setCellValue("IIT-9.9"));
		edit(folder, "measureOfAnotherDivision.xlsx", (wb) -> cell(wb, "A9").setCellValue("OIT-10.2"));
		edit(folder, "resultMissing.xlsx", (wb) -> cell(wb, "H8").setBlank());
		edit(folder, "resultContradictsState.xlsx", (wb) -> cell(wb, "H6").setCellValue("ดำเนินการในปีงบประมาณถัดไป"));
		edit(folder, "datesAndThaiDigits.xlsx", (wb) -> {
			Cell date = cell(wb, "H8");
			date.setCellValue(java.time.LocalDate.of(2023, 3, 15));
			CellStyle style = wb.createCellStyle();
			style.cloneStyleFrom(date.getCellStyle());
			style.setDataFormat(wb.createDataFormat().getFormat("d/m/yyyy"));
			date.setCellStyle(style);
			cell(wb, "A10").setCellValue("IIT-๕.๔");
			cell(wb, "I9").setCellValue("รายงานเมื่อ ๑๕ มี.ค. ๒๕๖๖");
		});
		Files.write(folder.resolve("textTooLong.xlsx"), rewrite(bytes((wb) -> cell(wb, "H9").setCellValue(LONG_TEXT_MARK)),
				Map.of("xl/sharedStrings.xml", (xml) -> xml.replace(LONG_TEXT_MARK, "ก".repeat(40_000)))));
		Files.write(folder.resolve("formulaWithoutValue.xlsx"),
				rewrite(bytes((wb) -> cell(wb, "H10").setCellFormula("CONCATENATE(\"ดำเนินการ\",\"แล้ว\")")),
						Map.of("xl/worksheets/sheet2.xml", (xml) -> xml.replaceFirst(
								"<c r=\"H10\" t=\"s\"( s=\"\\d+\")?>(<f>[^<]*</f>)<v>[^<]*</v>", "<c r=\"H10\"$1>$2"))));
		edit(folder, "errorCells.xlsx", (wb) -> {
			cell(wb, "G9").setCellErrorValue(FormulaError.NA.getCode());
			cell(wb, "H10").setCellErrorValue(FormulaError.REF.getCode());
		});
		edit(folder, "mergedCells.xlsx", (wb) -> {
			cell(wb, "H9").setBlank();
			measures(wb).addMergedRegion(CellRangeAddress.valueOf("H8:H9"));
		});
		edit(folder, "hiddenRow.xlsx", (wb) -> measures(wb).getRow(9).setZeroHeight(true));
		edit(folder, "formulaText.xlsx", (wb) -> {
			cell(wb, "H8").setCellValue("=HYPERLINK(\"http://example.com\",\"คลิก\")");
			cell(wb, "I8").setCellValue("+66 81 234 5678");
			cell(wb, "J8").setCellValue("@SUM(A1:A2)");
			cell(wb, "I9").setCellValue("-ตามแผน");
			cell(wb, "G10").setCellValue("=ดำเนินการแล้ว");
		});
		// the same division twice
		edit(folder, "sentTwiceOlder.xlsx", (wb) -> {
			cell(wb, "H8").setCellValue("ฉบับแรก");
			saved(wb, "2023-03-20T09:00:00Z");
		});
		edit(folder, "sentTwiceNewer.xlsx", (wb) -> {
			cell(wb, "H8").setCellValue("ฉบับแก้ไข");
			saved(wb, "2023-03-25T09:00:00Z");
		});
	}

	@FunctionalInterface
	private interface Edit {

		void apply(XSSFWorkbook workbook) throws IOException;

	}

	private static void edit(Path folder, String name, Edit edit) throws IOException {
		Files.write(folder.resolve(name), bytes(edit));
	}

	private static byte[] bytes(Edit edit) throws IOException {
		try (InputStream in = Files.newInputStream(BASE); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			edit.apply(workbook);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static Sheet measures(XSSFWorkbook workbook) {
		return workbook.getSheet(MeasureSheet.NAME);
	}

	private static Cell cell(XSSFWorkbook workbook, String reference) {
		org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(reference);
		Row row = measures(workbook).getRow(ref.getRow());
		return (row.getCell(ref.getCol()) != null) ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
	}

	private static void identity(XSSFWorkbook workbook, String key, String value) {
		for (Row row : workbook.getSheet(DivisionWorkbook.IDENTITY_SHEET)) {
			if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
				row.getCell(1).setCellValue(value);
				return;
			}
		}
		throw new IllegalArgumentException("No identity key " + key);
	}

	private static void saved(XSSFWorkbook workbook, String instant) {
		workbook.getProperties().getCoreProperties().setModified(Optional.of(Date.from(Instant.parse(instant))));
	}

	private static void swapColumns(Sheet sheet, int a, int b) {
		for (Row row : sheet) {
			if (row.getRowNum() < MeasureSheet.HEADER_ROW - 1) {
				continue;
			}
			Cell first = row.getCell(a);
			Cell second = row.getCell(b);
			String one = (first != null) ? first.getStringCellValue() : "";
			String two = (second != null) ? second.getStringCellValue() : "";
			row.getCell(a).setCellValue(two);
			row.getCell(b).setCellValue(one);
		}
	}

	private static byte[] corrupted(byte[] base) {
		byte[] bytes = base.clone();
		for (int i = bytes.length / 3; i < bytes.length / 3 + 400; i++) {
			bytes[i] = (byte) (bytes[i] ^ 0x5A);
		}
		return bytes;
	}

	private static void oldExcelFormat(Path target) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
			workbook.createSheet(MeasureSheet.NAME).createRow(0).createCell(0).setCellValue("รหัสมาตรการ");
			workbook.write(out);
		}
	}

	private static void passwordProtected(byte[] base, Path target) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("รหัสลับ");
			try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(base));
					OutputStream out = encryptor.getDataStream(fs)) {
				pkg.save(out);
			}
			catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | java.security.GeneralSecurityException ex) {
				throw new IOException(ex);
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				fs.writeFilesystem(out);
			}
		}
	}

	private static void notATemplate(Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
			Sheet sheet = workbook.createSheet("Sheet1");
			sheet.createRow(0).createCell(0).setCellValue("รายงานผลการดำเนินการ กองคลัง");
			sheet.createRow(1).createCell(0).setCellValue("ดำเนินการแล้ว");
			workbook.write(out);
		}
	}

	private static String billionLaughs() {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"");
			dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		return dtd.append("]>").toString();
	}

	/** Copies a zip, passing the named entries' text through an edit. */
	private static byte[] rewrite(byte[] zip, Map<String, UnaryOperator<String>> edits) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				UnaryOperator<String> edit = edits.get(entry.getName());
				if (edit != null) {
					content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
