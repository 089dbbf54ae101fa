package th.ita.merge.feedback;

import java.util.List;
import java.util.Map;

import th.ita.merge.problem.Problem;

/**
 * The comments a feedback copy puts on the marked cells of one sheet, as the workbook model wrote
 * them: the comments part, one comment per cell holding each of its problems in Thai, and the
 * legacy (VML) drawing that shows each as a note beside its cell, hidden until pointed at.
 */
final class CommentParts {

	static final String AUTHOR = "ITA Merge";

	static final String COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";

	static final String VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";

	private static final String SHAPE_TYPE = "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
			+ " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
			+ "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";

	private static final String SHAPE_LOOK = "type=\"#_x0000_t202\" style=\"position:absolute; visibility:hidden\""
			+ " fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color=\"#ffffe1\"/>"
			+ "<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>"
			+ "<v:textbox style=\"mso-direction-alt:auto\"/><x:ClientData ObjectType=\"Note\"><x:MoveWithCells/>"
			+ "<x:SizeWithCells/>";

	private CommentParts() {
	}

	/** The text of a cell's comment: each problem's severity and message, a blank line between. */
	static String text(List<Problem> problems) {
		StringBuilder text = new StringBuilder();
		for (Problem problem : problems) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append(problem.severity().thai()).append(": ").append(problem.message());
		}
		return text.toString();
	}

	/** The comments part: a comment for each cell address, by the merge. */
	static String comments(Map<String, List<Problem>> cells) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"")
			.append(SheetEdit.MAIN)
			.append("\"><authors><author>")
			.append(AUTHOR)
			.append("</author></authors><commentList>");
		for (Map.Entry<String, List<Problem>> cell : cells.entrySet()) {
			xml.append("<comment ref=\"").append(cell.getKey()).append("\" authorId=\"0\"><text><t xml:space=\"preserve\">")
				.append(Xml.escape(text(cell.getValue())))
				.append("</t></text></comment>");
		}
		return xml.append("</commentList></comments>").toString();
	}

	/**
	 * The drawing that shows the comments, the {@code number}th of the package: a note for each
	 * cell, three columns wide and six rows high, to the right of its cell.
	 */
	static String vml(Iterable<String> cells, int number) throws UnusualPackage {
		StringBuilder xml = new StringBuilder("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\"")
			.append(" xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
			.append(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
			.append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"")
			.append(number)
			.append("\"/></o:shapelayout>")
			.append(SHAPE_TYPE);
		int shape = number * 1024 + 1;
		for (String address : cells) {
			int[] cell = SheetEdit.cell(address);
			int row = cell[0] - 1;
			int column = cell[1];
			xml.append("<v:shape id=\"_x0000_s").append(shape++).append("\" ").append(SHAPE_LOOK);
			xml.append("<x:Anchor>").append(column + 1).append(", 0, ").append(row).append(", 0, ").append(column + 4)
				.append(", 0, ").append(row + 6).append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>")
				.append(row)
				.append("</x:Row><x:Column>")
				.append(column)
				.append("</x:Column></x:ClientData></v:shape>");
		}
		return xml.append("</xml>").toString();
	}

}
