package th.ita.merge.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A division's {@code workbook.xml} with the problem list put first, edited in its own XML as the
 * workbook model would: the new sheet listed first and shown, every sheet-scoped name moved along
 * with its sheet, and the list's print titles and filter named.
 */
final class WorkbookEdit {

	/** A sheet as the workbook lists it: its name and the relationship id of its part. */
	record Sheet(String name, String relationshipId) {
	}

	private final String xml;

	private final String prefix;

	private final String relationships;

	private final List<Sheet> sheets = new ArrayList<>();

	/** Edits by where they start: [end, text]. */
	private final TreeMap<Integer, Object[]> edits = new TreeMap<>();

	private int sheetsOpenStart = -1;

	private int sheetsOpenEnd = -1;

	/** Where the defined names end, or where they would stand. */
	private int namesAt = -1;

	private boolean namesEmpty;

	private boolean names;

	private boolean views;

	private int largestSheetId;

	WorkbookEdit(String xml) throws UnusualPackage {
		this.xml = xml;
		XmlTags tags = new XmlTags(xml);
		String prefix = null;
		String relationships = null;
		while (tags.next()) {
			if (prefix == null) {
				prefix = XmlTags.prefix(tags.name());
				Matcher bound = Pattern.compile("xmlns:([\\w.-]+)\\s*=\\s*[\"']" + Pattern.quote(Relationships.ID_NAMESPACE))
					.matcher(tags.text());
				if (!tags.name().equals(prefix + "workbook") || !tags.text().contains(SheetEdit.MAIN) || !bound.find()) {
					throw new UnusualPackage("a workbook part of another kind");
				}
				relationships = bound.group(1);
				continue;
			}
			read(tags, tags.name().startsWith(prefix) ? tags.name().substring(prefix.length()) : "", relationships);
		}
		this.prefix = prefix;
		this.relationships = relationships;
		if (this.sheetsOpenEnd < 0 || this.sheets.isEmpty()) {
			throw new UnusualPackage("a workbook without sheets");
		}
	}

	private void read(XmlTags tags, String local, String relationships) throws UnusualPackage {
		if (tags.depth() == 1 && local.equals("sheets") && !tags.isClosing()) {
			this.sheetsOpenStart = tags.start();
			this.sheetsOpenEnd = tags.end();
			if (tags.isEmpty()) {
				throw new UnusualPackage("a workbook without sheets");
			}
		}
		else if (tags.depth() == 2 && local.equals("sheet") && !tags.isClosing()) {
			Sheet sheet = new Sheet(tags.attribute("name"), tags.attribute(relationships + ":id"));
			if (sheet.name() == null || sheet.relationshipId() == null) {
				throw new UnusualPackage("a sheet without its name or part");
			}
			this.sheets.add(sheet);
			this.largestSheetId = Math.max(this.largestSheetId, XmlTags.integer(tags.attribute("sheetId")));
		}
		else if (tags.depth() == 1 && List.of("sheets", "functionGroups", "externalReferences").contains(local)
				&& (tags.isClosing() || tags.isEmpty()) && !this.names) {
			this.namesAt = tags.end();
		}
		else if (tags.depth() == 1 && local.equals("definedNames") && (tags.isClosing() || tags.isEmpty())) {
			this.names = true;
			this.namesEmpty = tags.isEmpty();
			this.namesAt = tags.start();
			if (tags.isEmpty()) {
				this.edits.put(tags.start(), new Object[] { tags.end(), "" });
			}
		}
		else if (tags.depth() == 2 && local.equals("definedName") && !tags.isClosing()
				&& tags.attribute("localSheetId") != null) {
			int sheet = XmlTags.integer(tags.attribute("localSheetId"));
			edit(tags, XmlTags.withAttribute(tags.text(), "localSheetId", Integer.toString(sheet + 1)));
		}
		else if (tags.depth() == 1 && local.equals("bookViews")) {
			this.views = true;
		}
		else if (tags.depth() == 2 && local.equals("workbookView") && !tags.isClosing()) {
			edit(tags, XmlTags.withAttribute(XmlTags.withAttribute(tags.text(), "activeTab", "0"), "firstSheet", "0"));
		}
	}

	private void edit(XmlTags tags, String text) {
		this.edits.put(tags.start(), new Object[] { tags.end(), text });
	}

	/** The sheets, in the workbook's order. */
	List<Sheet> sheets() {
		return this.sheets;
	}

	/**
	 * The workbook with the sheet {@code name}, whose part the workbook's relationship {@code id}
	 * names, put first and shown, its filter over {@code problems} rows.
	 */
	String xml(String name, String id, int problems) {
		String quoted = "'" + name.replace("'", "''") + "'!";
		String sheet = "<" + this.prefix + "sheet name=\"" + Xml.escape(name) + "\" sheetId=\"" + (this.largestSheetId + 1)
				+ "\" " + this.relationships + ":id=\"" + Xml.escape(id) + "\"/>";
		put(this.sheetsOpenEnd, sheet);
		if (!this.views) {
			put(this.sheetsOpenStart, "<" + this.prefix + "bookViews><" + this.prefix + "workbookView activeTab=\"0\"/></"
					+ this.prefix + "bookViews>");
		}
		String defined = definedName("_xlnm.Print_Titles\" localSheetId=\"0", quoted + "$1:$1")
				+ definedName("_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1", quoted + ProblemListXml.filtered(problems));
		boolean wrap = !this.names || this.namesEmpty;
		put(this.namesAt, wrap ? "<" + this.prefix + "definedNames>" + defined + "</" + this.prefix + "definedNames>"
				: defined);
		StringBuilder edited = new StringBuilder(this.xml.length() + 1024);
		int copied = 0;
		for (var edit : this.edits.entrySet()) {
			edited.append(this.xml, copied, edit.getKey()).append((String) edit.getValue()[1]);
			copied = Math.max(edit.getKey(), (int) edit.getValue()[0]);
		}
		return edited.append(this.xml, copied, this.xml.length()).toString();
	}

	/** Adds text at a place, after whatever edit is already there. */
	private void put(int at, String text) {
		Object[] there = this.edits.get(at);
		this.edits.put(at, (there == null) ? new Object[] { at, text } : new Object[] { there[0], there[1] + text });
	}

	private String definedName(String attributes, String formula) {
		return "<" + this.prefix + "definedName name=\"" + attributes + "\">" + Xml.escape(formula) + "</" + this.prefix
				+ "definedName>";
	}

}
