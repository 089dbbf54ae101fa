package th.ita.merge.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings, read as POI's read-only table reads them (the text of each item's
 * runs, its phonetic runs after a space) and handed out as POI's rich text gives them back, with
 * Excel's escapes read ({@link #decoded}), but kept as plain strings: POI's table makes a rich text,
 * an XMLBeans document, for every string asked for, a tenth of reading a division file. The count
 * a table declares is not trusted for anything: not to size the list, not to bound an index.
 */
final class SharedStrings extends DefaultHandler {

	private static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	/** Excel's escape for a character XML cannot hold, such as "_x0007_". */
	private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private final List<String> strings = new ArrayList<>();

	private final StringBuilder characters = new StringBuilder(64);

	private boolean table;

	private boolean text;

	private boolean phonetic;

	/** How many strings the table holds. */
	int size() {
		return this.strings.size();
	}

	/** The string at {@code index}, below {@link #size()}. */
	String get(int index) {
		return decoded(this.strings.get(index));
	}

	/**
	 * Text with the escapes Excel writes for characters XML cannot hold ("_x0007_") read as the
	 * characters they stand for, as POI's rich text reads them.
	 */
	static String decoded(String text) {
		if (text.indexOf("_x") < 0) {
			return text;
		}
		Matcher escape = ESCAPE.matcher(text);
		StringBuilder decoded = new StringBuilder();
		while (escape.find()) {
			escape.appendReplacement(decoded,
					Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
		}
		return escape.appendTail(decoded).toString();
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if (!SPREADSHEETML.equals(uri)) {
			return;
		}
		switch (localName) {
			case "sst" -> {
				this.table = true;
				this.characters.setLength(0);
			}
			case "si" -> this.characters.setLength(0);
			case "t" -> this.text = true;
			case "rPh" -> {
				this.phonetic = true;
				if (this.characters.length() > 0) {
					this.characters.append(' ');
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if (!SPREADSHEETML.equals(uri)) {
			return;
		}
		switch (localName) {
			case "si" -> {
				if (this.table) {
					this.strings.add(this.characters.toString());
				}
			}
			case "t" -> this.text = false;
			case "rPh" -> this.phonetic = false;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.text) {
			this.characters.append(ch, start, length);
		}
	}

}
