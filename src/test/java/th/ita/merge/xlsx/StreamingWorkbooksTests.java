package th.ita.merge.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingWorkbooksTests {

	/** Texts with every character POI escapes or replaces, Thai, and characters outside the BMP. */
	private static final List<String> TEXTS = List.of("ดำเนินการแล้ว ร้อยละ ๑๐๐", "a < b > c & \"d\" 'e'",
			"บรรทัด\nใหม่\r\nแท็บ\tจบ", "เว้น\u00a0วรรค", "ควบคุม\u0007\u0000\u001f", "\ufffe\uffff\ufffd",
			"😀 𠀀 อีโมจิ", "ครึ่ง\ud800ตัว", "", " ขอบ ", "_x0007_ ตามแบบ Excel");

	@TempDir
	Path folder;

	@Test
	void writesTheSameSheetXmlAsPoi() throws IOException {
		Path ours = write(StreamingWorkbooks.create(10), "ours.xlsx");
		Path poi = write(new SXSSFWorkbook(10), "poi.xlsx");

		String sheet = "xl/worksheets/sheet1.xml";
		assertThat(part(ours, sheet)).contains("&lt;", "&amp;", "&quot;", "&#xa;", "&#xa0;", "ดำเนินการแล้ว", "😀")
			.isEqualTo(part(poi, sheet));
	}

	@Test
	void readsBackWhatWasWrittenWithPoisReplacements() throws IOException {
		Path ours = write(StreamingWorkbooks.create(10), "ours.xlsx");

		List<String> read = new ArrayList<>();
		try (XlsxFile workbook = XlsxFile.open(ours)) {
			workbook.readRows(workbook.sheet("ข้อความ").orElseThrow(),
					(row) -> row.cells().forEach((cell) -> read.add(cell.value())));
		}

		assertThat(read).contains("a < b > c & \"d\" 'e'", "บรรทัด\nใหม่\r\nแท็บ\tจบ", "เว้น\u00a0วรรค", "ควบคุม???",
				"??\ufffd", "😀 𠀀 อีโมจิ", "ดำเนินการแล้ว ร้อยละ ๑๐๐");
	}

	@Test
	void stillCompressesTheSheets() throws IOException {
		List<String> many = new ArrayList<>(Collections.nCopies(2_000, TEXTS.get(0)));
		Path ours = write(StreamingWorkbooks.create(10), "ours.xlsx", many);

		try (ZipFile zip = new ZipFile(ours.toFile())) {
			ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
			assertThat(sheet.getMethod()).isEqualTo(ZipEntry.DEFLATED);
			assertThat(sheet.getCompressedSize()).isLessThan(sheet.getSize() / 10);
		}
	}

	private Path write(SXSSFWorkbook workbook, String name) throws IOException {
		return write(workbook, name, TEXTS);
	}

	private Path write(SXSSFWorkbook workbook, String name, List<String> texts) throws IOException {
		Path file = this.folder.resolve(name);
		try (workbook) {
			Sheet sheet = workbook.createSheet("ข้อความ");
			for (int i = 0; i < texts.size(); i++) {
				Row row = sheet.createRow(i);
				row.createCell(0).setCellValue(texts.get(i));
				row.createCell(1).setCellValue(i);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			workbook.dispose();
		}
		return file;
	}

	private static String part(Path file, String name) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
