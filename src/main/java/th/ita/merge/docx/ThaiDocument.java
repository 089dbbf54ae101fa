package th.ita.merge.docx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.ColumnShares;
import th.ita.merge.xlsx.TextMeasure;

/**
 * A report as a Word document in the form of Thai official documents: A4 landscape, TH Sarabun
 * New 16 on every run (complex-script slots included, see {@link ThaiText}), page numbers in the
 * footer in the report's digits, headings kept with what follows them, tables whose header rows
 * repeat on every page, and the signature block at the end. Word (or LibreOffice) lays the text
 * out, so nothing is cut and no row height is guessed. A table's finished rows wait on disk
 * ({@link StreamedRows}), all of them once the next table starts, so a document of every
 * division's rows fits in a small heap; close the document if it is not written, to delete them.
 */
public final class ThaiDocument implements Closeable {

	/** A4 landscape, in twentieths of a point (twips). */
	static final int PAGE_WIDTH = 16838;

	static final int PAGE_HEIGHT = 11906;

	/** 2 cm on every side; the footer 1 cm from the edge. */
	static final int MARGIN = 1134;

	static final int FOOTER_DISTANCE = 567;

	/** The width of the text between the margins, which tables fill. */
	public static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

	/**
	 * The page number field. It takes its digits from the section's page number format (Thai
	 * numbers), not from a switch: LibreOffice reads Word's \\* ThaiArabic as Thai letters (ก, ข).
	 */
	static final String PAGE_FIELD = " PAGE ";

	/** พ.ศ., which a title keeps on the line of its year. */
	private static final String YEAR_ERA = "พ.ศ.";

	private static final String NO_BREAK = "\u00A0";

	private final XWPFDocument document = new XWPFDocument();

	/** Whether the tables' finished rows wait on disk rather than in POI's model. */
	private final boolean streamed;

	private final List<ThaiTable> tables = new ArrayList<>();

	private boolean closed;

	public ThaiDocument(String title, Digits digits) {
		this(title, digits, true);
	}

	/** A document whose tables hold all their rows when not {@code streamed}: POI's own, to compare. */
	ThaiDocument(String title, Digits digits, boolean streamed) {
		this.streamed = streamed;
		PageSetup.defaults(this.document);
		PageSetup.page(this.document, digits);
		this.document.getProperties().getCoreProperties().setTitle(title);
		this.document.getProperties().getCoreProperties().setCreator("ITA Merge");
		this.document.getProperties().getCoreProperties().setKeywords(OwnDocuments.MARKER);
	}

	/** The title: one bold centred line each, kept together and with what follows. */
	public void title(List<String> lines) {
		for (String line : lines) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			ThaiText.keepWithNext(paragraph);
			ThaiText.run(paragraph, line.replace(YEAR_ERA + " ", YEAR_ERA + NO_BREAK), true, ThaiText.POINTS);
		}
		blank();
	}

	/** A bold heading, kept on the page of what follows it. */
	public XWPFParagraph heading(String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setSpacingBefore(120);
		ThaiText.keepWithNext(paragraph);
		ThaiText.run(paragraph, text, true, ThaiText.POINTS);
		return paragraph;
	}

	/** A paragraph of running text, its first line indented as Thai documents indent it. */
	public XWPFParagraph paragraph(String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.THAI_DISTRIBUTE);
		paragraph.setIndentationFirstLine(851);
		ThaiText.run(paragraph, text, false, ThaiText.POINTS);
		return paragraph;
	}

	/** A line of plain text, as it is. */
	public XWPFParagraph line(String text, boolean bold) {
		XWPFParagraph paragraph = this.document.createParagraph();
		ThaiText.run(paragraph, text, bold, ThaiText.POINTS);
		return paragraph;
	}

	/** An empty line. */
	public void blank() {
		ThaiText.run(this.document.createParagraph(), "", false, ThaiText.POINTS);
	}

	/**
	 * The width of a table here for text of {@code points}, so it shares its columns by its text
	 * as a printed sheet does (see {@link ColumnShares}).
	 */
	public static ColumnShares.Page columns(int points) {
		int units = TextMeasure.reportFont().map((measure) -> (int) measure.units(TEXT_WIDTH / 20f, points)).orElse(100);
		return new ColumnShares.Page(units, points, ThaiTable.CELL_MARGIN * 2 / 20f + 1);
	}

	/**
	 * A table across the text width; {@code weights} are the columns' shares of it, and
	 * {@code points} the size of its text.
	 */
	public ThaiTable table(int points, int... weights) {
		if (!this.tables.isEmpty()) {
			this.tables.get(this.tables.size() - 1).finish();
		}
		ThaiTable table = new ThaiTable(this.document, new StreamedRows(this.tables.size(), this.streamed), points,
				TEXT_WIDTH, weights);
		this.tables.add(table);
		return table;
	}

	/** The tables so far, in order. */
	List<ThaiTable> tables() {
		return this.tables;
	}

	/**
	 * The sign-off block, in the right half of the page, as {@link th.ita.merge.plan.SignOff#lines}
	 * gives its lines ("" a blank line): the date line and per signatory a dotted line to sign on
	 * with the role, the name in brackets and the position, the whole block kept on one page.
	 */
	public void signOff(List<String> lines, SignaturePlacement placement) {
		keepLastRowWithNext();
		if (placement == SignaturePlacement.WITH_LAST_ROW) {
			moveLastRowToANewPage();
		}
		blank();
		ThaiText.keepWithNext(this.document.getParagraphs().get(this.document.getParagraphs().size() - 1));
		for (int i = 0; i < lines.size(); i++) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			paragraph.setIndentationLeft(TEXT_WIDTH / 2);
			if (i < lines.size() - 1) {
				ThaiText.keepWithNext(paragraph);
			}
			ThaiText.run(paragraph, lines.get(i), false, ThaiText.POINTS);
		}
	}

	/**
	 * Ends the last table before its last row and starts a new page with a copy of its header
	 * rows and that row, so the signatures after it never stand alone.
	 */
	private void moveLastRowToANewPage() {
		Optional<CTTbl> apart = lastTable().flatMap(ThaiTable::lastRowApart);
		if (apart.isPresent()) {
			XWPFParagraph gap = this.document.createParagraph();
			gap.setPageBreak(true);
			ThaiText.run(gap, "", false, ThaiText.POINTS);
			this.document.createTable().getCTTbl().set(apart.get());
		}
	}

	/** The table the document ends with, if it ends with one. */
	private Optional<ThaiTable> lastTable() {
		List<IBodyElement> body = this.document.getBodyElements();
		if (body.isEmpty() || this.tables.isEmpty()) {
			return Optional.empty();
		}
		ThaiTable last = this.tables.get(this.tables.size() - 1);
		return (body.get(body.size() - 1) == last.table()) ? Optional.of(last) : Optional.empty();
	}

	/**
	 * Keeps the last row of a table just written on the page of what follows it, so the
	 * signatures never stand alone on a page.
	 */
	private void keepLastRowWithNext() {
		lastTable().ifPresent(ThaiTable::keepLastRowWithNext);
	}

	/** Writes the document, its tables' rows back in place, and closes it. */
	public void write(OutputStream out) throws IOException {
		try {
			Map<Integer, StreamedRows> finished = new HashMap<>();
			for (ThaiTable table : this.tables) {
				table.finish();
				if (table.finished().count() > 0) {
					finished.put(table.finished().table(), table.finished());
				}
			}
			if (finished.isEmpty()) {
				this.document.write(out);
			}
			else {
				RowSplice.write(this.document, finished, out);
			}
		}
		finally {
			close();
		}
	}

	/** Deletes the rows waiting on disk; a document not written is closed so. */
	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.document.close();
		}
		finally {
			deleteRows(0);
		}
	}

	/** Deletes every table's rows from {@code table} on, each even when one before it fails. */
	private void deleteRows(int table) throws IOException {
		if (table < this.tables.size()) {
			try {
				this.tables.get(table).finished().close();
			}
			finally {
				deleteRows(table + 1);
			}
		}
	}

}
