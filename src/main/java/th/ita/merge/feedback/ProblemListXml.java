package th.ita.merge.feedback;

import java.util.List;
import java.util.function.Predicate;

import th.ita.merge.problem.Problem;
import th.ita.merge.xlsx.PrintLayout;
import th.ita.merge.xlsx.RowHeights;
import th.ita.merge.xlsx.SheetWriter;

/**
 * The problem list of {@link ProblemListSheet} written as the XML of a new worksheet, for a copy
 * edited part by part: the same columns, texts, row heights, links to the problem cells, frozen
 * header with a filter, selected tab and A4 landscape print. Its texts are inline strings, so the
 * division's shared strings stay as they came.
 */
final class ProblemListXml {

	private ProblemListXml() {
	}

	/** The problem list's name: "ข้อผิดพลาด", numbered when the division has a sheet of that name. */
	static String name(List<String> sheets) {
		String name = ProblemListSheet.NAME;
		for (int i = 2; contains(sheets, name); i++) {
			name = ProblemListSheet.NAME + " " + i;
		}
		return name;
	}

	static boolean contains(List<String> sheets, String name) {
		return sheets.stream().anyMatch(name::equalsIgnoreCase);
	}

	/** The range the filter covers, as {@code $A$1:$G$5}: the header and every problem, at least one row. */
	static String filtered(int problems) {
		return "$A$1:$G$" + (Math.max(problems, 1) + 1);
	}

	/**
	 * The sheet's XML, in the looks {@code looks} (table header, cell, link); {@code linked} tells
	 * whether a problem's sheet is in the workbook for its cell to be linked to.
	 */
	static String xml(List<Problem> problems, int[] looks, Predicate<String> linked) {
		int last = Math.max(problems.size(), 1) + 1;
		StringBuilder xml = new StringBuilder(4096 + problems.size() * 1024);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
			.append(SheetEdit.MAIN)
			.append("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:G")
			.append(problems.size() + 1)
			.append("\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\"")
			.append(" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
			.append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
		for (int i = 0; i < ProblemListSheet.WIDTHS.length; i++) {
			xml.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
				.append(ProblemListSheet.WIDTHS[i]).append("\" customWidth=\"1\"/>");
		}
		xml.append("</cols><sheetData><row r=\"1\">");
		for (int i = 0; i < ProblemListSheet.HEADERS.size(); i++) {
			cell(xml, i, 1, looks[0], ProblemListSheet.HEADERS.get(i));
		}
		xml.append("</row>");
		StringBuilder links = new StringBuilder();
		int index = 1;
		for (Problem problem : problems) {
			List<String> values = ProblemListSheet.values(index, problem);
			int lines = 1;
			for (int i = 0; i < values.size(); i++) {
				lines = Math.max(lines, RowHeights.lines(values.get(i), ProblemListSheet.WIDTHS[i]));
			}
			int row = index + 1;
			boolean link = !problem.cell().isEmpty() && linked.test(problem.sheet());
			xml.append("<row r=\"").append(row).append("\" ht=\"").append(twips(RowHeights.points(lines)))
				.append("\" customHeight=\"1\">");
			for (int i = 0; i < values.size(); i++) {
				cell(xml, i, row, (link && i == 3) ? looks[2] : looks[1], SheetWriter.fit(values.get(i)));
			}
			xml.append("</row>");
			if (link) {
				links.append("<hyperlink ref=\"D").append(row).append("\" location=\"")
					.append(Xml.escape(ProblemListSheet.address(problem))).append("\"/>");
			}
			index++;
		}
		xml.append("</sheetData><autoFilter ref=\"A1:G").append(last).append("\"/>");
		if (!links.isEmpty()) {
			xml.append("<hyperlinks>").append(links).append("</hyperlinks>");
		}
		return xml.append("<pageMargins left=\"").append(PrintLayout.SIDE_MARGIN).append("\" right=\"")
			.append(PrintLayout.SIDE_MARGIN).append("\" top=\"").append(PrintLayout.END_MARGIN).append("\" bottom=\"")
			.append(PrintLayout.END_MARGIN).append("\" header=\"0.3\" footer=\"0.3\"/>")
			.append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
			.append("<headerFooter><oddFooter>")
			.append(Xml.escape("&C" + PrintLayout.FOOTER))
			.append("</oddFooter></headerFooter></worksheet>")
			.toString();
	}

	private static void cell(StringBuilder xml, int column, int row, int style, String text) {
		xml.append("<c r=\"").append(SheetEdit.column(column)).append(row).append("\" s=\"").append(style)
			.append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(Xml.escape(text)).append("</t></is></c>");
	}

	/** A row height as the workbook model keeps it: in whole twentieths of a point. */
	private static String twips(float points) {
		return Double.toString(((short) (points * 20)) / 20.0);
	}

}
