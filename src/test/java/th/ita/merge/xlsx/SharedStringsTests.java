package th.ita.merge.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The shared strings read as POI's read-only table and its rich text give them: runs, phonetic
 * runs, Excel's escapes, kept spaces, empty items; the declared count trusted for nothing.
 */
class SharedStringsTests {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
			+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"%d\" uniqueCount=\"%d\">";

	@Test
	void readsEveryKindOfItemAsPoiDoes() throws Exception {
		List<String> items = List.of("<si><t>ดำเนินการแล้ว</t></si>", "<si><t xml:space=\"preserve\">  กองคลัง  </t></si>",
				"<si><r><t>ตัว</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">หนา แล้ว</t></r></si>",
				"<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/></si>", "<si><t/></si>",
				"<si/>", "<si><t>bell_x0007_ and _x000D_ return, _x005F_x0041_ kept, _xZZZZ_ not an escape</t></si>",
				"<si><t>a &amp; b &lt;c&gt; \"d\"</t></si>", "<si><t>line\nbreak\ttab</t></si>");
		String xml = String.format(HEAD, 99, items.size()) + String.join("", items) + "</sst>";
		assertSameAsPoi(xml);
	}

	@Test
	void readsRandomTextsAsPoiDoes() throws Exception {
		Random random = new Random(13);
		String alphabet = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะัาำิีึืุูเแโใไ็่้๊๋์ abc_x0_X12";
		StringBuilder xml = new StringBuilder(String.format(HEAD, 500, 500));
		for (int i = 0; i < 500; i++) {
			StringBuilder text = new StringBuilder();
			for (int c = random.nextInt(40); c > 0; c--) {
				text.append(random.nextInt(20) == 0 ? "_x00" + "0123456789ABCDEF".charAt(random.nextInt(16)) + "9_"
						: alphabet.charAt(random.nextInt(alphabet.length())));
			}
			xml.append("<si><t xml:space=\"preserve\">").append(text).append("</t></si>");
		}
		assertSameAsPoi(xml.append("</sst>").toString());
	}

	@Test
	void holdsTheItemsThereAreWhateverCountTheTableDeclares() throws Exception {
		String xml = String.format(HEAD, 2_000_000_000, 2_000_000_000) + "<si><t>หนึ่ง</t></si></sst>";
		SharedStrings strings = read(xml);
		assertThat(strings.size()).isOne();
		assertThat(strings.get(0)).isEqualTo("หนึ่ง");
	}

	@Test
	void readsTheTextsOfATableThatDeclaresNoCount(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("no-count.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("ข้อมูล").createRow(0).createCell(0).setCellValue("ดำเนินการแล้ว");
			workbook.write(out);
		}
		Path stripped = folder.resolve("stripped.xlsx");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals("xl/sharedStrings.xml")) {
					String xml = new String(bytes, StandardCharsets.UTF_8);
					assertThat(xml).contains(" count=");
					bytes = xml.replaceAll(" (count|uniqueCount)=\"\\d+\"", "").getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
			}
		}
		List<SheetRow> rows = new ArrayList<>();
		try (XlsxFile workbook = XlsxFile.open(stripped)) {
			workbook.readRows(workbook.sheet("ข้อมูล").orElseThrow(), rows::add);
		}
		assertThat(rows).singleElement()
			.satisfies((row) -> assertThat(row.cells()).extracting(RawCell::value).containsExactly("ดำเนินการแล้ว"));
	}

	private static void assertSameAsPoi(String xml) throws IOException, SAXException {
		ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(
				new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < poi.getUniqueCount(); i++) {
			expected.add(poi.getItemAt(i).getString());
		}
		SharedStrings ours = read(xml);
		List<String> actual = new ArrayList<>();
		for (int i = 0; i < ours.size(); i++) {
			actual.add(ours.get(i));
		}
		assertThat(actual).isNotEmpty().containsExactlyElementsOf(expected);
	}

	private static SharedStrings read(String xml) throws IOException, SAXException {
		SharedStrings strings = new SharedStrings();
		SecureXml.parse(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), strings);
		return strings;
	}

}
