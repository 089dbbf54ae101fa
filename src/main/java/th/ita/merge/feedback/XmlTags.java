package th.ita.merge.feedback;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags of an XML part one after another, found by a scanner that leaves every other character
 * where it is, so that a part can be edited tag by tag and otherwise kept as it came. It knows the
 * little XML a package part holds: declarations, comments, CDATA sections, elements and their
 * attributes. A document type declaration is refused, as the reader refuses it.
 */
final class XmlTags {

	private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	private final String xml;

	private int next;

	private int start;

	private int end;

	private String name;

	private boolean closing;

	private boolean empty;

	private int depth;

	XmlTags(String xml) {
		this.xml = xml;
	}

	/** Moves to the next tag; false at the end of the text. */
	boolean next() throws UnusualPackage {
		if (!this.closing && !this.empty && this.name != null) {
			this.depth++;
		}
		while (true) {
			int at = this.xml.indexOf('<', this.next);
			if (at < 0) {
				return false;
			}
			if (this.xml.startsWith("<?", at)) {
				this.next = after(at, "?>");
			}
			else if (this.xml.startsWith("<!--", at)) {
				this.next = after(at, "-->");
			}
			else if (this.xml.startsWith("<![CDATA[", at)) {
				this.next = after(at, "]]>");
			}
			else if (this.xml.startsWith("<!", at)) {
				throw new UnusualPackage("a document type declaration");
			}
			else {
				tag(at);
				return true;
			}
		}
	}

	private void tag(int at) throws UnusualPackage {
		int i = at + 1;
		char quote = 0;
		for (; i < this.xml.length(); i++) {
			char c = this.xml.charAt(i);
			if (quote != 0) {
				quote = (c == quote) ? 0 : quote;
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '>') {
				break;
			}
		}
		if (i >= this.xml.length()) {
			throw new UnusualPackage("a tag without its end");
		}
		this.start = at;
		this.end = i + 1;
		this.next = this.end;
		this.closing = this.xml.charAt(at + 1) == '/';
		this.empty = !this.closing && this.xml.charAt(i - 1) == '/';
		int from = this.closing ? at + 2 : at + 1;
		int to = from;
		while (to < i && !Character.isWhitespace(this.xml.charAt(to)) && this.xml.charAt(to) != '/') {
			to++;
		}
		this.name = this.xml.substring(from, to);
		if (this.closing) {
			this.depth--;
		}
	}

	private int after(int at, String close) throws UnusualPackage {
		int found = this.xml.indexOf(close, at);
		if (found < 0) {
			throw new UnusualPackage("markup without its end");
		}
		return found + close.length();
	}

	/** Where the tag starts: its {@code <}. */
	int start() {
		return this.start;
	}

	/** Just after the tag's {@code >}. */
	int end() {
		return this.end;
	}

	/** The element's name as written, with its prefix if it has one. */
	String name() {
		return this.name;
	}

	/** How many elements enclose this one: 0 for the root. */
	int depth() {
		return this.depth;
	}

	boolean isClosing() {
		return this.closing;
	}

	/** An element without content: {@code <c r="A1"/>}. */
	boolean isEmpty() {
		return this.empty;
	}

	/** The text of the tag, from {@code <} to {@code >}. */
	String text() {
		return this.xml.substring(this.start, this.end);
	}

	/** The value of an attribute of the tag, entities resolved; null when it has none. */
	String attribute(String attribute) throws UnusualPackage {
		return attribute(text(), attribute);
	}

	static String attribute(String tag, String attribute) throws UnusualPackage {
		Matcher value = pattern(attribute).matcher(tag);
		return value.find() ? Xml.unescape(value.group(2).substring(1, value.group(2).length() - 1)) : null;
	}

	/** The tag with an attribute set to a value, added before the tag's end when it had none. */
	static String withAttribute(String tag, String attribute, String value) {
		String written = attribute + "=\"" + Xml.escape(value) + "\"";
		Matcher found = pattern(attribute).matcher(tag);
		if (found.find()) {
			return tag.substring(0, found.start(1)) + written + tag.substring(found.end(2));
		}
		int close = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
		return tag.substring(0, close) + " " + written + tag.substring(close);
	}

	/** The tag without an attribute. */
	static String withoutAttribute(String tag, String attribute) {
		Matcher found = pattern(attribute).matcher(tag);
		return found.find() ? tag.substring(0, found.start()) + tag.substring(found.end()) : tag;
	}

	/** A whole number written in an attribute. */
	static int integer(String value) throws UnusualPackage {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new UnusualPackage("a number that is none: " + value);
		}
	}

	/** The prefix of an element's name with its colon ("x:"), or "" when it has none. */
	static String prefix(String name) {
		int colon = name.indexOf(':');
		return (colon < 0) ? "" : name.substring(0, colon + 1);
	}

	private static Pattern pattern(String attribute) {
		return PATTERNS.computeIfAbsent(attribute,
				(name) -> Pattern.compile("\\s(" + Pattern.quote(name) + ")\\s*=\\s*(\"[^\"]*\"|'[^']*')"));
	}

}
