package th.ita.merge.docx;

/**
 * An element's text as XMLBeans saves it with POI's options, which leave its CDATA thresholds at
 * their defaults: a text longer than 32 characters holding more than five {@code <} or
 * {@code &} goes in CDATA sections, any other has those escaped; characters XML cannot hold
 * become {@code ?}, a carriage return {@code &#13;}. XMLBeans keeps this in a private class of its
 * saver; the rows {@link RowXml} writes must read as the ones POI would save.
 */
final class XmlContent {

	private static final int CDATA_LENGTH = 32;

	private static final int CDATA_ENTITIES = 5;

	private XmlContent() {
	}

	static void append(StringBuilder out, String text) {
		int entities = 0;
		boolean plain = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '<' || c == '&') {
				entities++;
				plain = false;
			}
			else if (c == '>' || c == '\r' || bad(c)) {
				plain = false;
			}
		}
		if (plain) {
			out.append(text);
		}
		else if (text.length() > CDATA_LENGTH && entities > CDATA_ENTITIES) {
			cdata(out, text);
		}
		else {
			escaped(out, text);
		}
	}

	private static void escaped(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '<') {
				out.append("&lt;");
			}
			else if (c == '&') {
				out.append("&amp;");
			}
			else if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
				out.append("&gt;");
			}
			else if (bad(c)) {
				out.append('?');
			}
			else if (c == '\r') {
				out.append("&#13;");
			}
			else {
				out.append(c);
			}
		}
	}

	/** As XMLBeans writes CDATA: its first two characters as they are, a "]]>" split in two sections. */
	private static void cdata(StringBuilder out, String text) {
		out.append("<![CDATA[").append(text, 0, 2);
		for (int i = 2; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '>' && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
				out.append("]]>><![CDATA[");
			}
			else {
				out.append(bad(c) ? '?' : c);
			}
		}
		out.append("]]>");
	}

	/** What XMLBeans' saver cannot write in XML (surrogates pass, one at a time). */
	private static boolean bad(char c) {
		return !(Character.isSurrogate(c) || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c == 0x9
				|| c == 0xA || c == 0xD);
	}

}
