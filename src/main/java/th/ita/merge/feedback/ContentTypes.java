package th.ita.merge.feedback;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A package's {@code [Content_Types].xml}: the type of each part, and new parts' types added. */
final class ContentTypes {

	static final String PART = "[Content_Types].xml";

	private final String xml;

	/** Types by part name (no leading slash) and by extension, in lower case. */
	private final Map<String, String> overrides = new HashMap<>();

	private final Map<String, String> defaults = new HashMap<>();

	ContentTypes(String xml) throws UnusualPackage {
		this.xml = xml;
		XmlTags tags = new XmlTags(xml);
		while (tags.next()) {
			if (tags.depth() == 0 && !tags.name().equals("Types")) {
				throw new UnusualPackage("content types of a form of their own");
			}
			if (tags.depth() == 1 && tags.name().equals("Override") && !tags.isClosing()) {
				String part = tags.attribute("PartName");
				this.overrides.put((part == null) ? "" : part.replaceFirst("^/", "").toLowerCase(Locale.ROOT),
						tags.attribute("ContentType"));
			}
			else if (tags.depth() == 1 && tags.name().equals("Default") && !tags.isClosing()) {
				String extension = tags.attribute("Extension");
				this.defaults.put((extension == null) ? "" : extension.toLowerCase(Locale.ROOT), tags.attribute("ContentType"));
			}
		}
	}

	/** The content type of a part (named without its leading slash); null when it has none. */
	String of(String part) {
		String type = this.overrides.get(part.toLowerCase(Locale.ROOT));
		if (type != null) {
			return type;
		}
		int dot = part.lastIndexOf('.');
		return (dot < 0 || dot < part.lastIndexOf('/')) ? null
				: this.defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** The content types with an override added for each new part. */
	String with(Map<String, String> added) throws UnusualPackage {
		int end = this.xml.lastIndexOf("</Types>");
		if (end < 0) {
			throw new UnusualPackage("content types of a form of their own");
		}
		StringBuilder overrides = new StringBuilder();
		added.forEach((part, type) -> overrides.append("<Override PartName=\"/").append(Xml.escape(part))
			.append("\" ContentType=\"").append(type).append("\"/>"));
		return this.xml.substring(0, end) + overrides + this.xml.substring(end);
	}

}
