package th.ita.merge.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

import th.ita.merge.value.Digits;

/**
 * Tests that a table whose finished rows wait on disk ({@link StreamedRows}) reads back as the
 * table POI would have written whole: every row in order under its repeated header, in the Thai
 * font, the document's XML the same byte for byte, and no temporary file left behind.
 */
class StreamedTableTests {

	private static final int ROWS = 5_000;

	@Test
	void writesFiveThousandRowsInOrderUnderTheRepeatedHeaderInTheThaiFont() throws IOException {
		// given
		ThaiDocument document = new ThaiDocument("ตารางยาว", Digits.THAI);
		document.heading("ตารางยาว");
		ThaiTable table = document.table(ThaiText.POINTS, 10, 60, 30);
		table.header(List.of("ที่", "รายการ", "หมายเหตุ"), List.of("", "", ""));
		for (int row = 1; row <= ROWS; row++) {
			table.row(List.of(TableCell.of(Digits.THAI.format(row)).asCentred(), TableCell.of("รายการที่ " + row),
					TableCell.of((row % 2 == 0) ? "คู่" : "")));
		}
		document.signOff(List.of("(ลงชื่อ)....................ผู้จัดทำ"), SignaturePlacement.AFTER_TABLE);

		// when
		List<Path> waiting = waitingFiles(document);
		XWPFDocument read = read(written(document));

		// then
		XWPFTable written = read.getTables().get(0);
		assertThat(written.getNumberOfRows()).isEqualTo(ROWS + 2);
		assertThat(written.getRows().subList(0, 2)).allSatisfy((row) -> assertThat(row.isRepeatHeader()).isTrue());
		assertThat(written.getRow(2).isRepeatHeader()).isFalse();
		assertThat(written.getRows().subList(2, ROWS + 2)).extracting((row) -> row.getCell(1).getText())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, ROWS).mapToObj((row) -> "รายการที่ " + row).toList());
		assertThat(written.getRow(ROWS + 1).getCell(0).getText()).isEqualTo(Digits.THAI.format(ROWS));
		assertThat(runsOf(written.getRow(ROWS / 2))).isNotEmpty().allSatisfy(ThaiDocumentTests::isThai);
		XWPFTableRow last = written.getRow(ROWS + 1);
		assertThat(ThaiText.keptWithNext(last.getCell(0).getParagraphs().get(0))).isTrue();
		assertThat(ThaiText.keptWithNext(written.getRow(ROWS).getCell(0).getParagraphs().get(0))).isFalse();
		assertThat(waiting).isNotEmpty().noneMatch(Files::exists);
	}

	@Test
	void writesTheXmlPoiWritesWithTheWholeTableInMemory() throws IOException {
		// given
		ThaiDocument streamed = sample(true, SignaturePlacement.AFTER_TABLE);
		ThaiDocument held = sample(false, SignaturePlacement.AFTER_TABLE);

		// then
		assertThat(body(written(streamed))).isEqualTo(body(written(held))).doesNotContain(StreamedRows.MARKER);
	}

	@Test
	void movesTheLastRowToTheSignaturesPageAsPoiAloneWould() throws IOException {
		// given
		ThaiDocument streamed = sample(true, SignaturePlacement.WITH_LAST_ROW);
		ThaiDocument held = sample(false, SignaturePlacement.WITH_LAST_ROW);

		// when
		byte[] document = written(streamed);

		// then
		assertThat(body(document)).isEqualTo(body(written(held))).doesNotContain(StreamedRows.MARKER);
		List<XWPFTable> tables = read(document).getTables();
		assertThat(tables.get(0).getNumberOfRows()).isEqualTo(2 + 31);
		assertThat(tables.get(1).getNumberOfRows()).isEqualTo(2 + 1);
		assertThat(tables.get(1).getRow(2).getCell(0).getText()).isEqualTo("แถวที่ 30");
	}

	@Test
	void keepsEveryLinkOpeningItsAddressWhenItsRowWaitedOnDisk() throws IOException {
		// given
		XWPFDocument document = read(written(sample(true, SignaturePlacement.AFTER_TABLE)));

		// when
		XWPFTableRow row = document.getTables().get(0).getRow(2 + 6);

		// then
		XWPFHyperlinkRun link = (XWPFHyperlinkRun) row.getCell(2).getParagraphs().get(1).getRuns().get(1);
		assertThat(link.getHyperlink(document).getURL()).isEqualTo("https://www.example.go.th/news/7");
	}

	@Test
	void movesEveryRowOfATableOutOnceTheNextTableStartsAndWritesWhatPoiWouldWrite() throws IOException {
		// given: two sections, as the measure report has, each ending on a row of many lines
		ThaiDocument streamed = sections(true);
		ThaiDocument held = sections(false);

		// then: the first table, last row too, waits on disk; the document reads as POI alone writes it
		assertThat(streamed.tables().get(0).finished().count()).isEqualTo(3);
		assertThat(streamed.tables().get(0).table().getNumberOfRows()).isEqualTo(2);
		byte[] document = written(streamed);
		assertThat(body(document)).isEqualTo(body(written(held))).doesNotContain(StreamedRows.MARKER);
		List<XWPFTable> tables = read(document).getTables();
		assertThat(tables).hasSize(2);
		assertThat(tables.get(0).getRow(4).getCell(1).getParagraphs()).hasSize(400);
		assertThat(tables.get(1).getRow(4).getCell(1).getParagraphs().get(399).getText()).isEqualTo("กองที่ ๔๐๐: ดำเนินการแล้ว");
	}

	@Test
	void writesWhatPoiWritesForAnyTextWhetherEscapedInCdataOrReplaced() throws IOException {
		// given: texts of Thai, markup, "]]>", spaces at the ends, tabs, returns, characters XML
		// cannot hold and pairs of surrogates, long and short, in every kind of cell and link
		Random random = new Random(20261125);
		List<List<TableCell>> rows = new ArrayList<>();
		for (int row = 0; row < 400; row++) {
			CellLine link = CellLine.link(new Link(text(random), random.nextBoolean() ? "https://www.example.go.th/" + row
					: text(random)));
			rows.add(List.of(TableCell.of(text(random)).asCentred(),
					TableCell.of(List.of(CellLine.text(text(random)), link, CellLine.text(text(random)))).asBold(),
					TableCell.of(text(random)).withFill(random.nextBoolean() ? "FFC000" : "")));
		}

		// when
		String streamed = body(written(table(true, rows)));

		// then
		assertThat(streamed).isEqualTo(body(written(table(false, rows)))).contains("<![CDATA[", "&lt;", "&amp;", "?",
				"&#13;", "xml:space=\"preserve\"", "]]>><![CDATA[");
	}

	@Test
	void deletesTheWaitingRowsOfADocumentClosedUnwritten() throws IOException {
		// given
		ThaiDocument document = sample(true, SignaturePlacement.AFTER_TABLE);
		List<Path> waiting = waitingFiles(document);
		assertThat(waiting).isNotEmpty().allMatch(Files::exists);

		// when
		document.close();

		// then
		assertThat(waiting).noneMatch(Files::exists);
	}

	/** The files the rows of a document's tables wait in (checked by path: other runs make theirs meanwhile). */
	private static List<Path> waitingFiles(ThaiDocument document) {
		return document.tables().stream().flatMap((table) -> table.finished().file().stream()).toList();
	}

	/** A heading and a table of thirty rows, every seventh with a link, two headings among them, and the signatures. */
	private static ThaiDocument sample(boolean streamed, SignaturePlacement signatures) {
		ThaiDocument document = new ThaiDocument("รายงานทดสอบ", Digits.THAI, streamed);
		document.title(List.of("รายงานทดสอบ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"));
		document.heading("หัวข้อที่ ๑");
		ThaiTable table = document.table(ThaiText.POINTS, 30, 40, 30);
		table.header(List.of("ก", "ผล", ""), List.of("", "แล้ว", "ยังไม่"));
		for (int row = 1; row <= 30; row++) {
			CellLine link = CellLine.link(new Link("หลักฐาน: ", "https://www.example.go.th/news/" + row));
			table.row(List.of(TableCell.of("แถวที่ " + row), TableCell.of("ยาว & <มาก> ".repeat(row)),
					(row % 7 == 0) ? TableCell.of(List.of(CellLine.text("ตามคำสั่ง"), link)) : TableCell.of("").withFill("FFC000")));
			if (row % 10 == 0 && row < 30) {
				table.span(TableCell.of("หัวเรื่อง " + row).asBold(), true);
			}
		}
		document.signOff(List.of("(ลงชื่อ)....................ผู้จัดทำ", "(นายทดสอบ ใจดี)"), signatures);
		return document;
	}

	/** One table of {@code rows}, its last moved to the signatures' page. */
	private static ThaiDocument table(boolean streamed, List<List<TableCell>> rows) {
		ThaiDocument document = new ThaiDocument("รายงานทดสอบ", Digits.THAI, streamed);
		ThaiTable table = document.table(ThaiText.POINTS, 20, 50, 30);
		table.header(List.of("ก", "ข", "ค"));
		rows.forEach(table::row);
		document.signOff(List.of("(ลงชื่อ)....................ผู้จัดทำ"), SignaturePlacement.WITH_LAST_ROW);
		return document;
	}

	/** Up to 60 characters drawn mostly from those XML escapes or cannot hold, with Thai between. */
	private static String text(Random random) {
		String[] pieces = { "ก", "ำ", " ", "\t", "\r", "<", "&", ">", "]", "]]>", "\u0001", "\u001F", "\uFFFE",
				"\uD83D\uDE00", "\uD83D", "a", "๑", "\"" };
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(60);
		while (text.length() < length) {
			text.append(pieces[random.nextInt(pieces.length)]);
		}
		return text.toString();
	}

	/** Two headed tables of three rows, the last of each holding 400 divisions' lines. */
	private static ThaiDocument sections(boolean streamed) {
		ThaiDocument document = new ThaiDocument("รายงานทดสอบ", Digits.THAI, streamed);
		for (int section = 1; section <= 2; section++) {
			document.heading("ตัวชี้วัดที่ " + section);
			ThaiTable table = document.table(ThaiText.POINTS, 30, 70);
			table.header(List.of("มาตรการ", "ผล"), List.of("", ""));
			table.row(List.of(TableCell.of("๑."), TableCell.of("สั้น")));
			table.row(List.of(TableCell.of("๒."), TableCell.of("สั้น")));
			List<CellLine> lines = new ArrayList<>();
			for (int division = 1; division <= 400; division++) {
				lines.add(CellLine.text("กองที่ " + Digits.THAI.format(division) + ": ดำเนินการแล้ว"));
			}
			table.row(List.of(TableCell.of("๓."), TableCell.of(lines)));
		}
		document.signOff(List.of("(ลงชื่อ)....................ผู้จัดทำ"), SignaturePlacement.AFTER_TABLE);
		return document;
	}

	private static byte[] written(ThaiDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.write(out);
		return out.toByteArray();
	}

	private static String body(byte[] document) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(document))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no word/document.xml");
	}

	private static XWPFDocument read(byte[] content) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(content));
	}

	private static List<CTR> runsOf(XWPFTableRow row) {
		return row.getTableCells().stream().flatMap((cell) -> cell.getParagraphs().stream())
			.flatMap((paragraph) -> paragraph.getCTP().getRList().stream()).toList();
	}

}
