package th.ita.merge.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.IndexedColors;

import th.ita.merge.xlsx.ThaiStyles;

/**
 * The styles a feedback copy adds to a division's {@code styles.xml}, written into its XML as it
 * came: one highlighted copy of each style a marked cell had (rose for an error, light orange for
 * a warning, as the workbook model made them), and the problem list's three looks of
 * {@link ThaiStyles} (table header, cell, link). Like {@link ThaiStyles}, it makes the workbook's
 * default font the report font.
 */
final class StylesEdit {

	/** The sections styles are added to, in the order they stand in a styles part. */
	private static final List<String> SECTIONS = List.of("fonts", "fills", "borders", "cellStyleXfs", "cellXfs");

	private static final String SIZE = Integer.toString(ThaiStyles.FONT_POINTS);

	private final String xml;

	private final String prefix;

	/** Each section's tags, and where its children end: [open start, open end, close start, count]. */
	private final Map<String, int[]> sections = new HashMap<>();

	private final List<String> cellXfs = new ArrayList<>();

	/** The first font's element: [start, end]. */
	private final int[] defaultFont = new int[2];

	private final Map<String, List<String>> added = new HashMap<>();

	private final Map<String, Integer> highlights = new HashMap<>();

	private int[] looks;

	StylesEdit(String xml) throws UnusualPackage {
		this.xml = xml;
		XmlTags tags = new XmlTags(xml);
		String prefix = null;
		String section = null;
		int childStart = -1;
		while (tags.next()) {
			if (prefix == null) {
				prefix = XmlTags.prefix(tags.name());
			}
			String local = tags.name().substring(prefix.length());
			if (tags.depth() == 1 && SECTIONS.contains(local)) {
				section = tags.isClosing() || tags.isEmpty() ? null : local;
				int[] at = this.sections.computeIfAbsent(local, (key) -> new int[4]);
				if (!tags.isClosing()) {
					at[0] = tags.start();
					at[1] = tags.end();
				}
				at[2] = tags.isClosing() || tags.isEmpty() ? tags.start() : at[2];
			}
			else if (tags.depth() == 2 && section != null && tags.name().startsWith(prefix)) {
				if (!tags.isClosing()) {
					childStart = tags.start();
					this.sections.get(section)[3]++;
				}
				if (tags.isClosing() || tags.isEmpty()) {
					child(section, childStart, tags.end());
				}
			}
		}
		this.prefix = (prefix != null) ? prefix : "";
		for (String required : SECTIONS) {
			if (!this.sections.containsKey(required) || this.sections.get(required)[3] == 0) {
				throw new UnusualPackage("styles without " + required);
			}
		}
	}

	private void child(String section, int start, int end) {
		if (section.equals("cellXfs")) {
			this.cellXfs.add(this.xml.substring(start, end));
		}
		else if (section.equals("fonts") && this.defaultFont[1] == 0) {
			this.defaultFont[0] = start;
			this.defaultFont[1] = end;
		}
	}

	/** The style of a marked cell: its own style, highlighted; one per style and severity. */
	int highlighted(int style, boolean error) throws UnusualPackage {
		if (style < 0 || style >= this.cellXfs.size()) {
			throw new UnusualPackage("a cell of a style the styles do not list");
		}
		Integer made = this.highlights.get(style + (error ? "e" : "w"));
		if (made != null) {
			return made;
		}
		Integer fill = this.highlights.get(error ? "fill e" : "fill w");
		if (fill == null) {
			short color = (error ? IndexedColors.ROSE : IndexedColors.LIGHT_ORANGE).getIndex();
			fill = add("fills", solid(color));
			this.highlights.put(error ? "fill e" : "fill w", fill);
		}
		String xf = XmlTags.withAttribute(this.cellXfs.get(style), "fillId", fill.toString());
		int index = add("cellXfs", XmlTags.withAttribute(xf.substring(0, xf.indexOf('>') + 1), "applyFill", "1")
				+ xf.substring(xf.indexOf('>') + 1));
		this.highlights.put(style + (error ? "e" : "w"), index);
		return index;
	}

	/** The problem list's looks, added once: [table header, cell, link]. */
	int[] looks() {
		if (this.looks == null) {
			String size = "<" + this.prefix + "sz val=\"" + SIZE + "\"/>";
			String name = "<" + this.prefix + "name val=\"" + ThaiStyles.FONT + "\"/>";
			int regular = add("fonts", element("font", size + name));
			int bold = add("fonts", element("font", "<" + this.prefix + "b/>" + size + name));
			int link = add("fonts", element("font", "<" + this.prefix + "u/>" + size + "<" + this.prefix
					+ "color indexed=\"" + IndexedColors.BLUE.getIndex() + "\"/>" + name));
			StringBuilder sides = new StringBuilder();
			for (String side : List.of("left", "right", "top", "bottom")) {
				sides.append('<').append(this.prefix).append(side).append(" style=\"thin\"/>");
			}
			int thin = add("borders", element("border", sides + "<" + this.prefix + "diagonal/>"));
			int grey = add("fills", solid(IndexedColors.GREY_25_PERCENT.getIndex()));
			this.looks = new int[] { add("cellXfs", xf(bold, grey, thin, " horizontal=\"center\" vertical=\"center\"")),
					add("cellXfs", xf(regular, 0, thin, " vertical=\"top\"")),
					add("cellXfs", xf(link, 0, thin, " vertical=\"top\"")) };
		}
		return this.looks;
	}

	private String xf(int font, int fill, int border, String alignment) {
		String applyFill = (fill != 0) ? " applyFill=\"1\"" : "";
		return "<" + this.prefix + "xf numFmtId=\"0\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"" + border
				+ "\" xfId=\"0\" applyFont=\"1\"" + applyFill + " applyBorder=\"1\" applyAlignment=\"1\"><" + this.prefix
				+ "alignment" + alignment + " wrapText=\"1\"/></" + this.prefix + "xf>";
	}

	private String solid(short color) {
		return element("fill", "<" + this.prefix + "patternFill patternType=\"solid\"><" + this.prefix
				+ "fgColor indexed=\"" + color + "\"/></" + this.prefix + "patternFill>");
	}

	private String element(String name, String content) {
		return "<" + this.prefix + name + ">" + content + "</" + this.prefix + name + ">";
	}

	/** Adds an element to a section; its index there. */
	private int add(String section, String element) {
		List<String> list = this.added.computeIfAbsent(section, (key) -> new ArrayList<>());
		list.add(element);
		return this.sections.get(section)[3] + list.size() - 1;
	}

	/** The styles part with every addition, and the default font made the report font. */
	String xml() throws UnusualPackage {
		StringBuilder edited = new StringBuilder(this.xml.length() + 2048);
		int copied = 0;
		for (String section : SECTIONS) {
			int[] at = this.sections.get(section);
			if (at[0] < copied) {
				throw new UnusualPackage("styles in an order of their own");
			}
			List<String> list = this.added.getOrDefault(section, List.of());
			String open = this.xml.substring(at[0], at[1]);
			edited.append(this.xml, copied, at[0])
				.append(list.isEmpty() ? open : XmlTags.withAttribute(open, "count", Integer.toString(at[3] + list.size())));
			if (section.equals("fonts")) {
				edited.append(this.xml, at[1], this.defaultFont[0])
					.append(reportFont())
					.append(this.xml, this.defaultFont[1], at[2]);
			}
			else {
				edited.append(this.xml, at[1], at[2]);
			}
			list.forEach(edited::append);
			copied = at[2];
		}
		return edited.append(this.xml, copied, this.xml.length()).toString();
	}

	/** The first font, in the report font's name and size. */
	private String reportFont() throws UnusualPackage {
		String font = this.xml.substring(this.defaultFont[0], this.defaultFont[1]);
		if (font.endsWith("/>")) {
			return element("font", "<" + this.prefix + "sz val=\"" + SIZE + "\"/><" + this.prefix + "name val=\""
					+ ThaiStyles.FONT + "\"/>");
		}
		font = valued(font, "sz", SIZE);
		return valued(font, "name", ThaiStyles.FONT);
	}

	/** The font with its {@code name} element's value set, added before the font's end when it had none. */
	private String valued(String font, String name, String value) throws UnusualPackage {
		XmlTags tags = new XmlTags(font);
		while (tags.next()) {
			if (tags.depth() == 1 && !tags.isClosing() && tags.name().equals(this.prefix + name)) {
				String current = tags.attribute("val");
				boolean same = current != null && (current.equals(value) || current.equals(value + ".0"));
				return same ? font
						: font.substring(0, tags.start()) + XmlTags.withAttribute(tags.text(), "val", value)
								+ font.substring(tags.end());
			}
		}
		int end = font.lastIndexOf("</");
		return font.substring(0, end) + "<" + this.prefix + name + " val=\"" + Xml.escape(value) + "\"/>"
				+ font.substring(end);
	}

}
