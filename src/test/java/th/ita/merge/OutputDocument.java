package th.ita.merge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * A Word document the tool wrote, read back the way a person looks at it: the paragraphs and
 * tables of its body in order, the text of each table cell, and every run (body, tables, links,
 * footer) for the properties Word needs to show Thai.
 */
public final class OutputDocument implements AutoCloseable {

	private static final String FONT = "TH Sarabun New";

	private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";

	private final XWPFDocument document;

	private OutputDocument(XWPFDocument document) {
		this.document = document;
	}

	public static OutputDocument open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new OutputDocument(new XWPFDocument(in));
		}
	}

	public XWPFDocument document() {
		return this.document;
	}

	public List<IBodyElement> body() {
		return this.document.getBodyElements();
	}

	/** The text of every body element: a paragraph's text, or "[table]" for a table. */
	public List<String> outline() {
		return body().stream()
			.map((element) -> (element instanceof XWPFParagraph paragraph) ? paragraph.getText() : "[table]")
			.toList();
	}

	public List<XWPFTable> tables() {
		return this.document.getTables();
	}

	/**
	 * Whether the signature block is kept on the page of the last table row above it: every
	 * paragraph of that row and every paragraph after it but the last kept with the next.
	 */
	public boolean signaturesKeptWithTheTableAbove() {
		List<IBodyElement> body = body();
		int table = body.size() - 1;
		while (table >= 0 && !(body.get(table) instanceof XWPFTable)) {
			table--;
		}
		XWPFTable last = (XWPFTable) body.get(table);
		List<XWPFParagraph> kept = new java.util.ArrayList<>();
		last.getRow(last.getNumberOfRows() - 1).getTableCells().forEach((cell) -> kept.addAll(cell.getParagraphs()));
		for (int i = table + 1; i < body.size() - 1; i++) {
			kept.add((XWPFParagraph) body.get(i));
		}
		return kept.stream().allMatch((paragraph) -> paragraph.getCTP().getPPr() != null
				&& paragraph.getCTP().getPPr().isSetKeepNext());
	}

	/** The text of each cell of a row, its paragraphs joined by \n. */
	public static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map(OutputDocument::text).toList();
	}

	public static String text(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
	}

	/** Every run of the document's body, tables, links and footers, as Word stores them. */
	public List<CTR> allRuns() {
		List<CTR> runs = new ArrayList<>();
		collect(this.document.getDocument(), runs);
		this.document.getFooterList().forEach((footer) -> collect(footer._getHdrFtr(), runs));
		return runs;
	}

	/**
	 * The runs Word would not show in TH Sarabun New at their size and weight as Thai: each must
	 * name the font in its complex-script slot, its size in szCs, bold in bCs where it is bold, and
	 * th-TH as its language; {@code points} is each run's expected size.
	 */
	public List<String> runsNotInThai(int... points) {
		List<String> wrong = new ArrayList<>();
		for (CTR run : allRuns()) {
			CTRPr properties = run.getRPr();
			boolean thai = properties != null && properties.sizeOfRFontsArray() == 1
					&& FONT.equals(properties.getRFontsArray(0).getCs())
					&& FONT.equals(properties.getRFontsArray(0).getAscii()) && properties.sizeOfSzCsArray() == 1
					&& java.util.Arrays.stream(points)
						.anyMatch((size) -> String.valueOf(properties.getSzCsArray(0).getVal()).equals(Integer.toString(size * 2)))
					&& properties.getSzCsArray(0).getVal().equals(properties.getSzArray(0).getVal())
					&& properties.sizeOfBCsArray() == properties.sizeOfBArray() && properties.sizeOfLangArray() == 1
					&& "th-TH".equals(properties.getLangArray(0).getBidi())
					&& "th-TH".equals(properties.getLangArray(0).getVal());
			if (!thai) {
				wrong.add(run.xmlText());
			}
		}
		return wrong;
	}

	private static void collect(XmlObject part, List<CTR> runs) {
		for (XmlObject run : part.selectPath(W + ".//w:r")) {
			runs.add((CTR) run);
		}
	}

	@Override
	public void close() throws IOException {
		this.document.close();
	}

}
