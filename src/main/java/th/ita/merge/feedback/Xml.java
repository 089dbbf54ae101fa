package th.ita.merge.feedback;

/** Text put into XML and read out of it: the five entities, and character references. */
final class Xml {

	private Xml() {
	}

	/**
	 * The text escaped for an element or an attribute value; line breaks and tabs as character
	 * references, since an attribute's own would read back as spaces, and characters XML cannot
	 * hold left out.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\n' -> escaped.append("&#10;");
				case '\r' -> escaped.append("&#13;");
				case '\t' -> escaped.append("&#9;");
				default -> {
					if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** An attribute value or text as XML means it. */
	static String unescape(String text) throws UnusualPackage {
		if (text.indexOf('&') < 0) {
			return text;
		}
		StringBuilder plain = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int semicolon = (c == '&') ? text.indexOf(';', i) : -1;
			if (c != '&') {
				plain.append(c);
				continue;
			}
			if (semicolon < 0) {
				throw new UnusualPackage("an ampersand outside an entity");
			}
			String entity = text.substring(i + 1, semicolon);
			switch (entity) {
				case "amp" -> plain.append('&');
				case "lt" -> plain.append('<');
				case "gt" -> plain.append('>');
				case "quot" -> plain.append('"');
				case "apos" -> plain.append('\'');
				default -> plain.appendCodePoint(codePoint(entity));
			}
			i = semicolon;
		}
		return plain.toString();
	}

	private static int codePoint(String reference) throws UnusualPackage {
		try {
			if (reference.startsWith("#x")) {
				return Integer.parseInt(reference.substring(2), 16);
			}
			if (reference.startsWith("#")) {
				return Integer.parseInt(reference.substring(1));
			}
		}
		catch (NumberFormatException ex) {
			// told below
		}
		throw new UnusualPackage("an unknown entity &" + reference + ";");
	}

}
