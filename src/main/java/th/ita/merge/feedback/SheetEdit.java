package th.ita.merge.feedback;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A division's worksheet as its feedback copy shows it, edited in its own XML: each marked cell
 * in its highlighted style (a cell not there yet is added, as the workbook model adds it), its tab
 * no longer selected, and the drawing of its comments referred to. Every other byte stays as it
 * came.
 */
final class SheetEdit {

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	/** The elements a worksheet keeps after its legacy drawing (and anything wrapped for compatibility). */
	private static final List<String> AFTER_DRAWING = List.of("legacyDrawingHF", "drawingHF", "picture", "oleObjects",
			"controls", "webPublishItems", "tableParts", "extLst", "AlternateContent");

	private static final String TAB_SELECTED = "tabSelected";

	private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("\\s*=\\s*(['\"])(.*?)\\1", Pattern.DOTALL);

	private static final Set<String> FALSE = Set.of("0", "false");

	private static final Pattern CELL = Pattern.compile("\\$?([A-Z]{1,3})\\$?([1-9][0-9]{0,6})");

	private final String xml;

	private final StylesEdit styles;

	/** Marked cells: row (1-based) to column (0-based) to whether an error marks it (else a warning). */
	private final NavigableMap<Integer, NavigableMap<Integer, Boolean>> marks;

	private final StringBuilder edited;

	private String prefix = "";

	private int copied;

	/** The number of the row being read. */
	private int rowNumber;

	private SheetEdit(String xml, StylesEdit styles, NavigableMap<Integer, NavigableMap<Integer, Boolean>> marks) {
		this.xml = xml;
		this.styles = styles;
		this.marks = marks;
		this.edited = new StringBuilder(xml.length() + 512);
	}

	/**
	 * The worksheet with {@code marks} highlighted and its tab unselected, referring to the legacy
	 * drawing {@code drawing} (a relationship id) of its comments when that is not null.
	 */
	static String edit(String xml, StylesEdit styles, NavigableMap<Integer, NavigableMap<Integer, Boolean>> marks,
			String drawing) throws UnusualPackage {
		return new SheetEdit(xml, styles, marks).edit(drawing);
	}

	/**
	 * Whether a sheet's XML (or its beginning, up to its rows) may select its tab: any
	 * {@code tabSelected} attribute whose value is not plainly false.
	 */
	static boolean selectsTab(String xml) {
		for (int at = xml.indexOf(TAB_SELECTED); at >= 0; at = xml.indexOf(TAB_SELECTED, at + 1)) {
			Matcher value = ATTRIBUTE_VALUE.matcher(xml).region(at + TAB_SELECTED.length(), xml.length());
			if (!value.lookingAt() || !FALSE.contains(value.group(2).strip())) {
				return true;
			}
		}
		return false;
	}

	/** A cell's row (1-based) and column (0-based) from its address, "H12" or "$H$12". */
	static int[] cell(String address) throws UnusualPackage {
		Matcher cell = CELL.matcher(address);
		if (!cell.matches()) {
			throw new UnusualPackage("a cell address " + address);
		}
		int column = 0;
		for (char letter : cell.group(1).toCharArray()) {
			column = column * 26 + (letter - 'A' + 1);
		}
		return new int[] { Integer.parseInt(cell.group(2)), column - 1 };
	}

	private String edit(String drawing) throws UnusualPackage {
		XmlTags tags = new XmlTags(this.xml);
		boolean dataDone = false;
		String drawingTag = null;
		NavigableMap<Integer, Boolean> row = null;
		while (tags.next()) {
			String local = tags.name().substring(Math.min(tags.name().length(), tags.name().indexOf(':') + 1));
			if (tags.depth() == 0 && !tags.isClosing()) {
				this.prefix = XmlTags.prefix(tags.name());
				if (!local.equals("worksheet") || !tags.text().contains(MAIN)) {
					throw new UnusualPackage("a worksheet of another kind");
				}
				drawingTag = (drawing == null) ? null : legacyDrawing(tags.text(), drawing);
			}
			else if (!tags.name().startsWith(this.prefix) && tags.depth() > 0 && !local.equals("AlternateContent")) {
				continue;
			}
			if (tags.depth() == 1 && local.equals("legacyDrawing") && drawingTag != null) {
				throw new UnusualPackage("a marked sheet with comments of its own");
			}
			if (local.equals("sheetView") && !tags.isClosing() && tags.attribute("tabSelected") != null) {
				replace(tags, XmlTags.withoutAttribute(tags.text(), "tabSelected"));
			}
			else if (tags.depth() == 1 && local.equals("sheetData")) {
				dataDone = tags.isClosing() || tags.isEmpty();
				if (tags.isEmpty()) {
					replace(tags, tags.text().substring(0, tags.text().length() - 2) + ">" + rows(Integer.MAX_VALUE)
							+ "</" + tags.name() + ">");
				}
				else if (tags.isClosing()) {
					insert(tags.start(), rows(Integer.MAX_VALUE));
				}
			}
			else if (tags.depth() == 2 && local.equals("row") && !tags.isClosing()) {
				row = row(tags);
			}
			else if (tags.depth() == 2 && local.equals("row") && row != null) {
				insert(tags.start(), cells(row, Integer.MAX_VALUE));
				row = null;
			}
			else if (tags.depth() == 3 && local.equals("c") && !tags.isClosing() && row != null) {
				cell(tags, row);
			}
			else if (dataDone && drawingTag != null && tags.depth() <= 1
					&& (AFTER_DRAWING.contains(local) || tags.depth() == 0)) {
				insert(tags.start(), drawingTag);
				drawingTag = null;
			}
		}
		if (!this.marks.isEmpty()) {
			throw new UnusualPackage("a worksheet without its rows");
		}
		return this.edited.append(this.xml, this.copied, this.xml.length()).toString();
	}

	/** A row's start: the marked rows before it added first; its marks, when it has some. */
	private NavigableMap<Integer, Boolean> row(XmlTags tags) throws UnusualPackage {
		String r = tags.attribute("r");
		if (r == null) {
			throw new UnusualPackage("a row without its number");
		}
		int number = XmlTags.integer(r);
		insert(tags.start(), rows(number));
		this.rowNumber = number;
		NavigableMap<Integer, Boolean> row = this.marks.remove(number);
		if (row == null) {
			return null;
		}
		String tag = XmlTags.withoutAttribute(tags.text(), "spans");
		if (tags.isEmpty()) {
			replace(tags, tag.substring(0, tag.length() - 2) + ">" + cells(row, Integer.MAX_VALUE) + "</" + tags.name()
					+ ">");
			return null;
		}
		replace(tags, tag);
		return row;
	}

	/** A cell of a marked row: the marked cells before it added first; highlighted when marked. */
	private void cell(XmlTags tags, NavigableMap<Integer, Boolean> row) throws UnusualPackage {
		String r = tags.attribute("r");
		if (r == null) {
			throw new UnusualPackage("a cell without its address");
		}
		int column = cell(r)[1];
		insert(tags.start(), cells(row, column));
		Boolean error = row.remove(column);
		if (error != null) {
			String s = tags.attribute("s");
			int style = this.styles.highlighted((s == null) ? 0 : XmlTags.integer(s), error);
			replace(tags, XmlTags.withAttribute(tags.text(), "s", Integer.toString(style)));
		}
	}

	/** New rows for the marked rows before {@code before}. */
	private String rows(int before) throws UnusualPackage {
		StringBuilder rows = new StringBuilder();
		while (!this.marks.isEmpty() && this.marks.firstKey() < before) {
			Map.Entry<Integer, NavigableMap<Integer, Boolean>> row = this.marks.pollFirstEntry();
			rows.append('<').append(this.prefix).append("row r=\"").append(row.getKey()).append("\">");
			this.rowNumber = row.getKey();
			rows.append(cells(row.getValue(), Integer.MAX_VALUE));
			rows.append("</").append(this.prefix).append("row>");
		}
		return rows.toString();
	}

	/** New cells for the marked columns of a row before {@code before}, in style 0 highlighted. */
	private String cells(NavigableMap<Integer, Boolean> row, int before) throws UnusualPackage {
		StringBuilder cells = new StringBuilder();
		while (!row.isEmpty() && row.firstKey() < before) {
			Map.Entry<Integer, Boolean> cell = row.pollFirstEntry();
			String address = column(cell.getKey()) + this.rowNumber;
			cells.append('<').append(this.prefix).append("c r=\"").append(address).append("\" s=\"")
				.append(this.styles.highlighted(0, cell.getValue())).append("\"/>");
		}
		return cells.toString();
	}

	private String legacyDrawing(String root, String id) {
		Matcher bound = Pattern.compile("xmlns:([\\w.-]+)\\s*=\\s*[\"']" + Pattern.quote(Relationships.ID_NAMESPACE))
			.matcher(root);
		if (bound.find()) {
			return "<" + this.prefix + "legacyDrawing " + bound.group(1) + ":id=\"" + id + "\"/>";
		}
		return "<" + this.prefix + "legacyDrawing xmlns:r=\"" + Relationships.ID_NAMESPACE + "\" r:id=\"" + id + "\"/>";
	}

	static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private void insert(int at, String text) {
		if (!text.isEmpty()) {
			this.edited.append(this.xml, this.copied, at).append(text);
			this.copied = at;
		}
	}

	private void replace(XmlTags tags, String text) {
		this.edited.append(this.xml, this.copied, tags.start()).append(text);
		this.copied = tags.end();
	}

}
