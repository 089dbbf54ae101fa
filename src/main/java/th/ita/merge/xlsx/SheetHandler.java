package th.ita.merge.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.util.CellReference;

import th.ita.merge.xlsx.UnreadableWorkbookException.DamagedCell;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet: turns {@code <row>} and {@code <c>} elements into
 * {@link SheetRow}s of {@link RawCell}s, located by their own {@code r} reference (never by their
 * position in the row), with raw values and number formats.
 */
final class SheetHandler extends DefaultHandler {

	/** The last column (XFD) and row Excel's grid has, 0-based and 1-based. */
	private static final int LAST_COLUMN = 16_383;

	private static final int LAST_ROW = 1_048_576;


	private final SharedStrings sharedStrings;

	private final String sheetName;

	/** The number format of a cell's style, by its {@code s} attribute. */
	private final UnaryOperator<String> numberFormats;

	private final Consumer<SheetRow> rows;

	private final List<String> mergedRanges = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private List<RawCell> cells = new ArrayList<>();

	private int rowNumber;

	private boolean rowHidden;

	private int nextColumn;

	private String reference;

	private String type;

	private String numberFormat;

	private String value;

	private boolean formula;

	private boolean inValue;

	private boolean inInlineText;

	SheetHandler(String sheetName, SharedStrings sharedStrings, UnaryOperator<String> numberFormats,
			Consumer<SheetRow> rows) {
		this.sheetName = sheetName;
		this.sharedStrings = sharedStrings;
		this.numberFormats = numberFormats;
		this.rows = rows;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> startRow(attributes);
			case "c" -> startCell(attributes);
			case "v" -> startText(true, false);
			case "t" -> {
				if (this.reference != null) {
					startText(false, true);
				}
			}
			case "f" -> this.formula = true;
			case "mergeCell" -> {
				String ref = attributes.getValue("ref");
				if (ref != null) {
					this.mergedRanges.add(ref);
				}
			}
			default -> {
			}
		}
	}

	/** The {@code <mergeCell ref>} ranges of the sheet ("A7:A8"), known once the sheet is read. */
	List<String> mergedRanges() {
		return List.copyOf(this.mergedRanges);
	}

	private void startRow(Attributes attributes) {
		String r = attributes.getValue("r");
		this.rowNumber = (r != null) ? Integer.parseInt(r) : this.rowNumber + 1;
		String hidden = attributes.getValue("hidden");
		this.rowHidden = "1".equals(hidden) || "true".equals(hidden);
		this.cells = new ArrayList<>();
		this.nextColumn = 0;
	}

	private void startCell(Attributes attributes) {
		String r = attributes.getValue("r");
		this.reference = (r != null) ? r : RawCell.reference(this.rowNumber, this.nextColumn);
		this.type = attributes.getValue("t");
		this.numberFormat = numberFormat(attributes.getValue("s"));
		this.value = null;
		this.formula = false;
		this.text.setLength(0);
	}

	private void startText(boolean value, boolean inline) {
		this.inValue = value;
		this.inInlineText = inline;
		if (value) {
			this.text.setLength(0);
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.inValue || this.inInlineText) {
			this.text.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (localName) {
			case "v" -> {
				this.value = this.text.toString();
				this.inValue = false;
			}
			case "t" -> this.inInlineText = false;
			case "is" -> this.value = this.text.toString();
			case "c" -> endCell();
			case "row" -> this.rows.accept(new SheetRow(this.rowNumber, this.rowHidden, this.cells));
			default -> {
			}
		}
	}

	private void endCell() throws DamagedCell {
		int column = column(this.reference);
		if (column > LAST_COLUMN || column < 0 || this.rowNumber > LAST_ROW) {
			throw new DamagedCell(this.sheetName, this.reference, "Cell beyond Excel's grid");
		}
		this.nextColumn = column + 1;
		RawCell cell = toCell(this.reference, column);
		if (cell != null) {
			this.cells.add(cell);
		}
		this.reference = null;
	}

	/**
	 * The column of a reference: read directly when it is the plain "AB12" Excel writes, else by
	 * POI's {@link CellReference}, whose pattern matching took a tenth of the time spent reading
	 * a sheet.
	 */
	static int column(String reference) {
		int letters = 0;
		int column = 0;
		while (letters < reference.length() && letters < 4) {
			char c = reference.charAt(letters);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			}
			else {
				break;
			}
			letters++;
		}
		boolean plain = letters > 0 && letters <= 3 && letters < reference.length();
		for (int i = letters; plain && i < reference.length(); i++) {
			char c = reference.charAt(i);
			plain = c >= '0' && c <= '9';
		}
		return plain ? column - 1 : new CellReference(reference).getCol();
	}

	private RawCell toCell(String ref, int column) throws DamagedCell {
		boolean text = "str".equals(this.type) || "inlineStr".equals(this.type) || "s".equals(this.type);
		if (this.value == null || (this.value.isEmpty() && !text)) {
			return this.formula ? new RawCell(ref, this.rowNumber, column, CellKind.FORMULA_WITHOUT_VALUE, "",
					this.numberFormat, true) : null;
		}
		String t = (this.type != null) ? this.type : "n";
		return switch (t) {
			case "s" -> cell(ref, column, CellKind.TEXT, sharedString());
			case "inlineStr", "str" -> cell(ref, column, CellKind.TEXT, SharedStrings.decoded(this.value));
			case "b" -> cell(ref, column, CellKind.BOOLEAN, this.value);
			case "e" -> cell(ref, column, CellKind.ERROR, this.value);
			default -> cell(ref, column, CellKind.NUMBER, this.value);
		};
	}

	/** The text a cell's shared-string index points at; an index past the table is a damaged cell. */
	private String sharedString() throws DamagedCell {
		int index;
		try {
			index = Integer.parseInt(this.value.strip());
		}
		catch (NumberFormatException ex) {
			throw new DamagedCell(this.sheetName, this.reference, "Shared-string index that is not a number");
		}
		if (index < 0 || index >= this.sharedStrings.size()) {
			throw new DamagedCell(this.sheetName, this.reference, "Shared-string index out of range");
		}
		return this.sharedStrings.get(index);
	}

	private RawCell cell(String ref, int column, CellKind kind, String raw) {
		return new RawCell(ref, this.rowNumber, column, kind, raw, this.numberFormat, this.formula);
	}

	private String numberFormat(String styleIndex) {
		return (styleIndex != null) ? this.numberFormats.apply(styleIndex) : "General";
	}

}
