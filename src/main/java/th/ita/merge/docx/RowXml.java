package th.ita.merge.docx;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A body row of a {@link ThaiTable} not yet written, and its XML: its cells (one per column, or
 * one across the table), whether it may break across a page, and whether it is kept on the page
 * of the next. A streamed table writes its rows as this XML straight to disk, never as POI's
 * objects: saving those cost a fifth of a large merge and held every division's text some ten
 * times over. The XML is the one POI saves for the row {@link ThaiTable} builds in its model,
 * character for character (the tests compare the two), so the rules of a Thai cell (fonts, sizes,
 * language, the schema's order) stand in {@link ThaiText}'s model and here alike.
 */
record RowXml(List<TableCell> cells, boolean across, boolean cantSplit, boolean keepNext) {

	private static final String RUN_FONTS = "<w:rFonts w:ascii=\"" + ThaiText.FONT + "\" w:hAnsi=\"" + ThaiText.FONT
			+ "\" w:cs=\"" + ThaiText.FONT + "\" w:eastAsia=\"" + ThaiText.FONT + "\"/>";

	private static final String LANGUAGE = "<w:lang w:val=\"" + ThaiText.LANGUAGE + "\" w:bidi=\"" + ThaiText.LANGUAGE
			+ "\"/>";

	RowXml keptWithNext() {
		return new RowXml(this.cells, this.across, this.cantSplit, true);
	}

	/**
	 * Appends the row's {@code <w:tr>} for a table of {@code widths} (twips) and text of
	 * {@code points}; {@code linkId} gives the relationship of a link's web address.
	 */
	void appendTo(StringBuilder out, int[] widths, int points, UnaryOperator<String> linkId) {
		out.append("<w:tr><w:trPr><w:cantSplit w:val=\"").append(this.cantSplit ? "on" : "off")
			.append("\"/></w:trPr>");
		for (int column = 0; column < this.cells.size(); column++) {
			int width = 0;
			int span = this.across ? widths.length : 1;
			for (int i = column; i < column + span; i++) {
				width += widths[i];
			}
			cell(out, this.cells.get(column), width, span, points, linkId);
		}
		out.append("</w:tr>");
	}

	private void cell(StringBuilder out, TableCell cell, int width, int span, int points, UnaryOperator<String> linkId) {
		out.append("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").append(width).append("\"/>");
		if (span > 1) {
			out.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
		}
		if (!cell.fill().isEmpty()) {
			out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(cell.fill()).append("\"/>");
		}
		out.append("</w:tcPr>");
		List<CellLine> lines = cell.lines().isEmpty() ? List.of(CellLine.text("")) : cell.lines();
		for (CellLine line : lines) {
			out.append("<w:p><w:pPr>");
			if (this.keepNext) {
				out.append("<w:keepNext/>");
			}
			out.append("<w:jc w:val=\"").append(cell.centred() ? "center" : "left").append("\"/></w:pPr>");
			if (line.link() == null) {
				run(out, line.text(), cell.bold(), points, null);
			}
			else {
				link(out, line.link(), points, linkId);
			}
			out.append("</w:p>");
		}
		out.append("</w:tc>");
	}

	/** As {@link Link#writeTo}: the text before, then the link to a web address or the text as it is. */
	private static void link(StringBuilder out, Link link, int points, UnaryOperator<String> linkId) {
		if (!link.before().isEmpty()) {
			run(out, link.before(), false, points, null);
		}
		Optional<URI> web = link.web();
		if (web.isPresent()) {
			out.append("<w:hyperlink r:id=\"").append(linkId.apply(web.get().toString())).append("\">");
			run(out, Link.SHOWN, false, points, ThaiText.LINK_COLOUR);
			out.append("</w:hyperlink>");
		}
		else {
			run(out, link.address(), false, points, null);
		}
	}

	/** As {@link ThaiText#run} and {@link ThaiText#format}: the run's properties in the schema's order. */
	private static void run(StringBuilder out, String text, boolean bold, int points, String colour) {
		out.append("<w:r><w:rPr>").append(RUN_FONTS);
		if (bold) {
			out.append("<w:b/><w:bCs/>");
		}
		if (colour != null) {
			out.append("<w:color w:val=\"").append(colour).append("\"/>");
		}
		out.append("<w:sz w:val=\"").append(points * 2).append("\"/><w:szCs w:val=\"").append(points * 2).append("\"/>");
		if (colour != null) {
			out.append("<w:u w:val=\"single\"/>");
		}
		out.append(LANGUAGE).append("</w:rPr>");
		if (!text.isEmpty()) {
			// POI's XWPFRun.setText keeps the spaces at either end
			boolean preserve = Character.isWhitespace(text.charAt(0))
					|| Character.isWhitespace(text.charAt(text.length() - 1));
			out.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
			XmlContent.append(out, text);
			out.append("</w:t>");
		}
		out.append("</w:r>");
	}

}
