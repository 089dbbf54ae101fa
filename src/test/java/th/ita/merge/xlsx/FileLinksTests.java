package th.ita.merge.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that links held small read back as POI's own: each cell opens its place in its file, from
 * a streamed sheet whose rows left memory long before it was written, one relationship per file.
 */
class FileLinksTests {

	private static final String[] FILES = { "feedback/%E0%B8%81%E0%B8%AD%E0%B8%87%E0%B8%84%E0%B8%A5%E0%B8%B1%E0%B8%87.xlsx",
			"feedback/two.xlsx", "feedback/three%20x.xlsx" };

	@TempDir
	Path folder;

	@Test
	void linksEveryCellToItsPlaceInItsFileWithOneRelationshipPerFile() throws Exception {
		// given: 300 links to three files, from a sheet keeping ten rows in memory
		Path written = this.folder.resolve("links.xlsx");
		try (SXSSFWorkbook workbook = StreamingWorkbooks.create(10); OutputStream out = Files.newOutputStream(written)) {
			Sheet sheet = workbook.createSheet("ข้อผิดพลาด");
			FileLinks links = new FileLinks(sheet);
			for (int r = 0; r < 300; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("แถว " + r);
				links.link(row.createCell(1), FILES[r % 3], "'ผลการดำเนินการ'!H" + (r + 2));
			}
			workbook.write(out);
		}

		// when
		try (XSSFWorkbook read = new XSSFWorkbook(written.toFile())) {
			XSSFSheet sheet = read.getSheetAt(0);

			// then
			assertThat(sheet.getHyperlinkList()).hasSize(300);
			for (int r = 0; r < 300; r++) {
				XSSFHyperlink link = sheet.getRow(r).getCell(1).getHyperlink();
				assertThat(link.getType()).isEqualTo(HyperlinkType.FILE);
				assertThat(link.getLocation()).isEqualTo("'ผลการดำเนินการ'!H" + (r + 2));
				assertThat(link.getAddress()).isEqualTo(FILES[r % 3] + "#'ผลการดำเนินการ'!H" + (r + 2));
				assertThat(sheet.getRow(r).getCell(0).getHyperlink()).isNull();
			}
			PackageRelationshipCollection relationships = sheet.getPackagePart()
				.getRelationshipsByType(XSSFRelation.SHEET_HYPERLINKS.getRelation());
			assertThat(relationships.size()).isEqualTo(3);
		}
	}

	@Test
	void linksTheCellsOfASheetNotStreamedToo() throws IOException {
		// given
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Row row = workbook.createSheet("ก").createRow(0);
			new FileLinks(workbook.getSheetAt(0)).link(row.createCell(0), FILES[1], "'ข'!A1");

			// then
			XSSFHyperlink link = (XSSFHyperlink) row.getCell(0).getHyperlink();
			assertThat(link.getAddress()).isEqualTo(FILES[1]);
			assertThat(link.getLocation()).isEqualTo("'ข'!A1");
		}
	}

}
