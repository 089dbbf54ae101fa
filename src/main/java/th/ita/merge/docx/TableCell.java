package th.ita.merge.docx;

import java.util.List;

/**
 * One cell's content: its lines, each a paragraph of text or a link, in the table's size, bold
 * or not, centred or not, on a fill colour (RGB hex) or none.
 */
public record TableCell(List<CellLine> lines, boolean bold, boolean centred, String fill) {

	public TableCell {
		lines = List.copyOf(lines);
		fill = (fill == null) ? "" : fill;
	}

	/** A cell of text; each \n starts a new line. */
	public static TableCell of(String text) {
		return new TableCell(CellLine.split(text), false, false, "");
	}

	public static TableCell of(List<CellLine> lines) {
		return new TableCell(lines, false, false, "");
	}

	/** The text the cell shows, its lines one under another: what its column's width is shared by. */
	public String shown() {
		return String.join("\n", this.lines.stream().map(CellLine::shown).toList());
	}

	public TableCell asBold() {
		return new TableCell(this.lines, true, this.centred, this.fill);
	}

	public TableCell asCentred() {
		return new TableCell(this.lines, this.bold, true, this.fill);
	}

	public TableCell withFill(String colour) {
		return new TableCell(this.lines, this.bold, this.centred, colour);
	}

}
