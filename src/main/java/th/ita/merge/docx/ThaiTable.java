package th.ita.merge.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import th.ita.merge.xlsx.TextMeasure;

/**
 * A table of a {@link ThaiDocument}: fixed column widths across the page, header rows that repeat
 * at the top of every page the table runs onto, rows of cells whose text Word wraps, and rows
 * spanning the whole width for headings inside the table. A row short enough to fit on any page
 * is kept in one piece; a longer one may run on to the next page, so no text is ever cut.
 */
public final class ThaiTable {

	/** The shade of header rows. */
	static final String HEADER_FILL = "D9D9D9";

	/**
	 * Rows of up to this many lines (by a generous estimate) never break across a page; a taller
	 * row may, so that moving it whole to the next page never leaves much of a page blank.
	 * LibreOffice moves a row kept whole to the next page even where it would fit under repeated
	 * header rows, so the limit stays low: on the samples and on a merge of five divisions with
	 * long results, no page is left more than a third blank.
	 */
	static final int UNBROKEN_LINES = 5;

	/** The left and right margin of a cell, in twips (Word's default is 108). */
	static final int CELL_MARGIN = 60;

	/** Twips of a row's height taken by its borders and the space around its text. */
	private static final int CELL_PADDING_HEIGHT = 60;

	/** Twips of a cell taken by its margins and borders. */
	private static final int CELL_PADDING = 2 * CELL_MARGIN + 30;

	/** A generous width of a Thai character at 16 points, in twips. */
	private static final int CHARACTER_WIDTH = 150;

	private final XWPFDocument document;

	private final XWPFTable table;

	/** The finished rows, out of POI's model so that a table of thousands of rows fits in memory. */
	private final StreamedRows finished;

	/** A streamed table's last row, written once the next one comes or the table is done. */
	private RowXml last;

	/** How many header rows the table starts with, which stay in it. */
	private int headers;

	private final int points;

	private final int[] widths;

	/**
	 * Whether the next row is the first under the header or a heading row. It may always break
	 * across a page: kept whole, it could leave the rows above it alone at the foot of a page
	 * (LibreOffice moves a row whole even from under a row kept with it).
	 */
	private boolean first;

	ThaiTable(XWPFDocument document, StreamedRows finished, int points, int width, int... weights) {
		this.document = document;
		this.finished = finished;
		this.points = points;
		this.widths = share(width, weights);
		this.table = document.createTable();
		this.table.removeRow(0);
		CTTblPr properties = this.table.getCTTbl().getTblPr();
		CTTblWidth tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		tableWidth.setType(STTblWidth.DXA);
		tableWidth.setW(BigInteger.valueOf(width));
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblCellMar margins = properties.addNewTblCellMar();
		for (CTTblWidth margin : List.of(margins.addNewLeft(), margins.addNewRight())) {
			margin.setType(STTblWidth.DXA);
			margin.setW(BigInteger.valueOf(CELL_MARGIN));
		}
		var grid = (this.table.getCTTbl().getTblGrid() != null) ? this.table.getCTTbl().getTblGrid()
				: this.table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int column : this.widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(column));
		}
	}

	/**
	 * The two header rows, repeated on every page. A column whose bottom text is empty spans both
	 * rows; a top text followed by empty top texts spans those columns, whose names stand below it.
	 */
	public void header(List<String> top, List<String> bottom) {
		XWPFTableRow upper = headerRow();
		XWPFTableRow lower = headerRow();
		for (int column = 0; column < top.size(); column++) {
			if (bottom.get(column).isEmpty()) {
				headerCell(upper, column, 1, top.get(column)).addNewVMerge().setVal(STMerge.RESTART);
				headerCell(lower, column, 1, "").addNewVMerge();
			}
			else if (!top.get(column).isEmpty()) {
				int span = 1;
				while (column + span < top.size() && top.get(column + span).isEmpty()
						&& !bottom.get(column + span).isEmpty()) {
					span++;
				}
				headerCell(upper, column, span, top.get(column));
				for (int under = column; under < column + span; under++) {
					headerCell(lower, under, 1, bottom.get(under));
				}
				column += span - 1;
			}
		}
		holdHeaderLines(upper, lower, top, bottom);
		this.first = true;
	}

	/**
	 * Gives the two header rows the heights their lines need (header texts come broken into the
	 * lines they print in): LibreOffice sizes a repeated header from its rows' own cells and would
	 * cut the bottom lines of a name spanning both rows on every page after the first.
	 */
	private void holdHeaderLines(XWPFTableRow upper, XWPFTableRow lower, List<String> top, List<String> bottom) {
		int spanning = 1;
		int topLines = 1;
		int bottomLines = 1;
		for (int column = 0; column < top.size(); column++) {
			int lines = top.get(column).split("\n", -1).length;
			if (bottom.get(column).isEmpty()) {
				spanning = Math.max(spanning, lines);
			}
			else {
				topLines = Math.max(topLines, lines);
				bottomLines = Math.max(bottomLines, bottom.get(column).split("\n", -1).length);
			}
		}
		topLines = Math.max(topLines, spanning - bottomLines);
		upper.setHeight(lineTwips() * topLines + CELL_PADDING_HEIGHT);
		lower.setHeight(lineTwips() * Math.max(bottomLines, spanning - topLines) + CELL_PADDING_HEIGHT);
	}

	/** The height of one line of the table's text, in twips. */
	private int lineTwips() {
		float points = TextMeasure.reportFont()
			.map((measure) -> measure.lineHeight() * this.points / ThaiText.POINTS)
			.orElse(this.points * 1.66f);
		return Math.round(points * 20);
	}

	/** One header row, repeated on every page. */
	public void header(List<String> names) {
		XWPFTableRow row = headerRow();
		for (int column = 0; column < names.size(); column++) {
			headerCell(row, column, 1, names.get(column));
		}
		this.first = true;
	}

	private XWPFTableRow headerRow() {
		XWPFTableRow row = this.table.insertNewTableRow(this.headers++);
		row.setRepeatHeader(true);
		row.setCantSplitRow(true);
		return row;
	}

	/** A row of cells, one per column. */
	public void row(List<TableCell> cells) {
		int lines = 0;
		for (int column = 0; column < cells.size(); column++) {
			lines = Math.max(lines, lines(cells.get(column), this.widths[column]));
		}
		add(new RowXml(cells, false, !this.first && lines <= UNBROKEN_LINES, false));
		this.first = false;
	}

	/** A row of one cell across the whole width: a heading inside the table, kept with the next row. */
	public void span(TableCell cell, boolean keepWithNext) {
		add(new RowXml(List.of(cell), true, true, keepWithNext));
		this.first = keepWithNext;
	}

	/** Keeps the last row on the page of the next one, as a heading is kept with what follows it. */
	public void keepLastRowWithNext() {
		if (this.last != null) {
			this.last = this.last.keptWithNext();
		}
		else if (this.table.getNumberOfRows() > 0) {
			XWPFTableRow row = this.table.getRow(this.table.getNumberOfRows() - 1);
			row.getTableCells().forEach((cell) -> cell.getParagraphs().forEach(ThaiText::keepWithNext));
		}
	}

	/**
	 * Adds a body row: a streamed table writes the one before it to disk and keeps this one
	 * (it may yet be kept with the next or moved to a new page), a held one builds it in POI's model.
	 */
	private void add(RowXml row) {
		if (this.finished.streamed()) {
			writeLast();
			this.last = row;
		}
		else {
			build(row);
		}
	}

	private void writeLast() {
		if (this.last != null) {
			StringBuilder xml = new StringBuilder(256);
			this.last.appendTo(xml, this.widths, this.points, (address) -> this.document.getPackagePart()
				.addExternalRelationship(address, XWPFRelation.HYPERLINK.getRelation())
				.getId());
			this.finished.write(this.table, xml);
			this.last = null;
		}
	}

	/** Builds a row in POI's model: how a table not streamed holds it, and what {@link RowXml} writes. */
	private void build(RowXml content) {
		XWPFTableRow row = this.table.insertNewTableRow(this.table.getNumberOfRows());
		for (int column = 0; column < content.cells().size(); column++) {
			TableCell cell = content.cells().get(column);
			CTTcPr properties = cell(row, column, content.across() ? this.widths.length : 1, cell);
			if (!cell.fill().isEmpty()) {
				fill(properties, cell.fill());
			}
		}
		row.setCantSplitRow(content.cantSplit());
		if (content.keepNext()) {
			row.getTableCells().forEach((cell) -> cell.getParagraphs().forEach(ThaiText::keepWithNext));
		}
	}

	XWPFTable table() {
		return this.table;
	}

	/** Writes its last row out too: nothing more is added to it or kept with it. */
	void finish() {
		writeLast();
	}

	StreamedRows finished() {
		return this.finished;
	}

	/**
	 * Takes the last row out of the table into a copy holding the header rows and that row alone,
	 * to start a new page with; empty when fewer than two rows stand under the header.
	 */
	Optional<CTTbl> lastRowApart() {
		if (this.last != null) {
			build(this.last);
			this.last = null;
		}
		int rows = this.table.getNumberOfRows();
		if (rows + this.finished.count() - this.headers < 2) {
			return Optional.empty();
		}
		CTTbl apart = (CTTbl) this.table.getCTTbl().copy();
		for (int row = rows - 2; row >= this.headers; row--) {
			apart.removeTr(row);
		}
		StreamedRows.removeMarker(apart);
		this.table.removeRow(rows - 1);
		return Optional.of(apart);
	}

	private CTTcPr headerCell(XWPFTableRow row, int column, int span, String text) {
		CTTcPr properties = cell(row, column, span, TableCell.of(text).asBold().asCentred());
		properties.addNewVAlign().setVal(STVerticalJc.CENTER);
		fill(properties, HEADER_FILL);
		row.getCell(row.getTableCells().size() - 1).getParagraphs().forEach(ThaiText::keepWithNext);
		return properties;
	}

	/** Adds a cell of {@code span} columns from {@code column} with its text and links. */
	private CTTcPr cell(XWPFTableRow row, int column, int span, TableCell content) {
		XWPFTableCell cell = row.createCell();
		int width = 0;
		for (int i = column; i < column + span; i++) {
			width += this.widths[i];
		}
		CTTcPr properties = cell.getCTTc().addNewTcPr();
		CTTblWidth cellWidth = properties.addNewTcW();
		cellWidth.setType(STTblWidth.DXA);
		cellWidth.setW(BigInteger.valueOf(width));
		if (span > 1) {
			properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
		}
		List<CellLine> lines = content.lines().isEmpty() ? List.of(CellLine.text("")) : content.lines();
		for (int i = 0; i < lines.size(); i++) {
			XWPFParagraph paragraph = (i == 0) ? cell.getParagraphs().get(0) : cell.addParagraph();
			align(paragraph, content.centred());
			CellLine line = lines.get(i);
			if (line.link() == null) {
				ThaiText.run(paragraph, line.text(), content.bold(), this.points);
			}
			else {
				line.link().writeTo(paragraph, this.points);
			}
		}
		return properties;
	}

	private static void align(XWPFParagraph paragraph, boolean centred) {
		paragraph.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
	}

	private static void fill(CTTcPr properties, String colour) {
		CTShd shade = properties.addNewShd();
		shade.setVal(STShd.CLEAR);
		shade.setColor("auto");
		shade.setFill(colour);
	}

	/** A generous estimate of the lines a cell takes, to tell rows that surely fit on a page. */
	static int lines(TableCell cell, int width) {
		int perLine = Math.max(1, (width - CELL_PADDING) / CHARACTER_WIDTH);
		int lines = 0;
		for (CellLine line : cell.lines()) {
			long visible = line.shown().codePoints().filter((c) -> Character.getType(c) != Character.NON_SPACING_MARK).count();
			lines += Math.max(1, (int) ((visible + perLine - 1) / perLine));
		}
		return lines;
	}

	/** The widths of the columns, in twips, from their weights, adding up to {@code width}. */
	static int[] share(int width, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int[] widths = new int[weights.length];
		int used = 0;
		for (int i = 0; i < weights.length; i++) {
			widths[i] = (i == weights.length - 1) ? width - used : width * weights[i] / total;
			used += widths[i];
		}
		return widths;
	}

}
