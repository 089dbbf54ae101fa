package th.ita.merge.feedback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** A part's relationships: read from its {@code .rels} part, and added to it. */
final class Relationships {

	static final String NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";

	/** The namespace of relationship ids in a part's own XML ({@code r:id}). */
	static final String ID_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	static final String WORKSHEET = ID_NAMESPACE + "/worksheet";

	static final String COMMENTS = ID_NAMESPACE + "/comments";

	static final String VML_DRAWING = ID_NAMESPACE + "/vmlDrawing";

	static final String OFFICE_DOCUMENT = ID_NAMESPACE + "/officeDocument";

	/** One relationship; its target a part name (no leading slash) unless it is external. */
	record Relationship(String id, String type, String target, boolean external) {
	}

	private Relationships() {
	}

	/** Where the relationships of a part are kept: {@code xl/worksheets/_rels/sheet1.xml.rels}. */
	static String partOf(String part) {
		int slash = part.lastIndexOf('/');
		return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
	}

	/** The relationships in a {@code .rels} part of {@code source}, targets resolved to part names. */
	static List<Relationship> read(String source, String xml) throws UnusualPackage {
		List<Relationship> relationships = new ArrayList<>();
		XmlTags tags = new XmlTags(xml);
		while (tags.next()) {
			if (!tags.isClosing() && tags.depth() == 1 && local(tags.name()).equals("Relationship")) {
				boolean external = "External".equals(tags.attribute("TargetMode"));
				String target = tags.attribute("Target");
				relationships.add(new Relationship(tags.attribute("Id"), tags.attribute("Type"),
						external ? target : resolve(source, target), external));
			}
		}
		return relationships;
	}

	/** An id no relationship of the list has: rId1, rId2... */
	static String newId(List<Relationship> relationships, List<String> taken) {
		for (int n = 1;; n++) {
			String id = "rId" + n;
			if (relationships.stream().noneMatch((r) -> id.equals(r.id())) && !taken.contains(id)) {
				return id;
			}
		}
	}

	/** The {@code .rels} XML with a relationship added; a new {@code .rels} when {@code xml} is null. */
	static String with(String xml, String id, String type, String target) throws UnusualPackage {
		String relationship = "<Relationship Id=\"" + Xml.escape(id) + "\" Type=\"" + Xml.escape(type)
				+ "\" Target=\"" + Xml.escape(target) + "\"/>";
		if (xml == null) {
			return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
					+ NAMESPACE + "\">" + relationship + "</Relationships>";
		}
		XmlTags tags = new XmlTags(xml);
		while (tags.next()) {
			if (tags.depth() == 0) {
				if (!XmlTags.prefix(tags.name()).isEmpty()) {
					throw new UnusualPackage("relationships with a namespace prefix");
				}
				if (tags.isEmpty()) {
					return xml.substring(0, tags.end() - 2) + ">" + relationship + "</" + tags.name() + ">"
							+ xml.substring(tags.end());
				}
				if (tags.isClosing()) {
					return xml.substring(0, tags.start()) + relationship + xml.substring(tags.start());
				}
			}
		}
		throw new UnusualPackage("relationships without their end");
	}

	/** A relationship's target as a part name: {@code worksheets/sheet1.xml} from {@code xl/workbook.xml}. */
	static String resolve(String source, String target) throws UnusualPackage {
		if (target == null) {
			throw new UnusualPackage("a relationship without a target");
		}
		try {
			String folder = "/" + source.substring(0, source.lastIndexOf('/') + 1);
			String path = new URI(null, null, folder, null).resolve(new URI(target)).getPath();
			return path.startsWith("/") ? path.substring(1) : path;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new UnusualPackage("a relationship target that is no URI: " + target);
		}
	}

	/**
	 * A target written relative to the folder of {@code source}: {@code ../comments1.xml} for
	 * {@code xl/comments1.xml} from {@code xl/worksheets/sheet1.xml}.
	 */
	static String relative(String source, String part) {
		String folder = source.substring(0, source.lastIndexOf('/') + 1);
		String up = "";
		while (!part.startsWith(folder)) {
			folder = folder.substring(0, folder.lastIndexOf('/', folder.length() - 2) + 1);
			up += "../";
		}
		return up + part.substring(folder.length());
	}

	static String local(String name) {
		return name.substring(name.indexOf(':') + 1);
	}

}
