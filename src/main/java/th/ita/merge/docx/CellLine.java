package th.ita.merge.docx;

import java.util.Arrays;
import java.util.List;

/** A line of a cell: text, or a link when {@code link} is not null. */
public record CellLine(String text, Link link) {

	public static CellLine text(String text) {
		return new CellLine(text, null);
	}

	public static CellLine link(Link link) {
		return new CellLine("", link);
	}

	/** The lines of a text, one per \n; an empty text is one empty line. */
	public static List<CellLine> split(String text) {
		return Arrays.stream(text.split("\n", -1)).map(CellLine::text).toList();
	}

	/** The line as it reads. */
	public String shown() {
		return (this.link == null) ? this.text : this.link.before() + this.link.shown();
	}

}
