package th.ita.merge.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style, read from styles.xml's {@code <numFmts>} and
 * {@code <cellXfs>} with SAX. A sheet reader needs nothing else of the styles, and POI's full
 * styles table (fonts, fills, borders as XMLBeans) cost more to build than many sheets take to
 * parse. It answers as POI's {@code XSSFCellStyle.getDataFormatString()} did: a format the
 * workbook declares wins over the built-in format of the same id; a style past the table, or an
 * index that is not a number, is "General"; an id known to neither is {@code null}.
 */
final class NumberFormats extends DefaultHandler {

	/** Styles of a workbook without a styles part: every cell "General". */
	static final NumberFormats NONE = new NumberFormats();

	private static final String GENERAL = "General";

	private final Map<Integer, String> declared = new HashMap<>();

	private final List<Integer> styles = new ArrayList<>();

	private boolean inCellStyles;

	/** The format of a cell's style, by its {@code s} attribute. */
	String of(String styleIndex) {
		int index;
		try {
			index = Integer.parseInt(styleIndex);
		}
		catch (NumberFormatException ex) {
			return GENERAL;
		}
		if (index < 0 || index >= this.styles.size()) {
			return GENERAL;
		}
		int id = this.styles.get(index);
		String format = this.declared.get(id);
		return (format != null) ? format : BuiltinFormats.getBuiltinFormat(id);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "numFmt" -> {
				Integer id = id(attributes.getValue("numFmtId"));
				String code = attributes.getValue("formatCode");
				if (id != null && code != null) {
					this.declared.put(id, code);
				}
			}
			case "cellXfs" -> this.inCellStyles = true;
			case "xf" -> {
				if (this.inCellStyles) {
					Integer id = id(attributes.getValue("numFmtId"));
					this.styles.add((id != null) ? id : 0);
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if ("cellXfs".equals(localName)) {
			this.inCellStyles = false;
		}
	}

	/** A format id as POI keeps it: an unsigned 16-bit number. */
	private static Integer id(String value) {
		if (value == null) {
			return null;
		}
		try {
			return (int) Long.parseLong(value.strip()) & 0xFFFF;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
