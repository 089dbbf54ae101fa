package th.ita.merge.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook read as a stream of rows with POI's event API, so memory stays flat whatever the size
 * of the sheets: opened read-only from its file (the plan), or from the bytes of a division's file
 * that the merge has already read once, checked and hashed (through a private copy, so the zip is
 * read by its central directory as Excel reads it). The file itself is never written to.
 * The XML parsers come from POI's helper, which refuses DTDs and external entities.
 */
public final class XlsxFile implements AutoCloseable {

	private final OPCPackage pkg;

	private final XSSFReader reader;

	private final List<SheetInfo> sheets;

	private final boolean date1904;

	private final Map<String, List<String>> mergedRanges = new HashMap<>();

	private ReadOnlySharedStringsTable sharedStrings;

	/** The private copy a workbook opened from bytes was read from, deleted on close. */
	private Path copy;

	private StylesTable styles;

	private XlsxFile(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
		this.pkg = pkg;
		this.reader = new XSSFReader(pkg);
		WorkbookHandler workbook = new WorkbookHandler();
		try (InputStream in = this.reader.getWorkbookData()) {
			parse(in, workbook);
		}
		this.sheets = List.copyOf(workbook.sheets);
		this.date1904 = workbook.date1904;
		Set<String> names = new HashSet<>();
		for (SheetInfo sheet : this.sheets) {
			if (!names.add(sheet.name().toLowerCase(Locale.ROOT))) {
				throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.DUPLICATE_SHEET,
						"Two sheets named " + sheet.name(), null, sheet.name(), "");
			}
		}
	}

	/**
	 * Opens a workbook for reading. The caller closes it. POI's zip-bomb guard stays on.
	 * @throws UnreadableWorkbookException when the file is not a workbook that can be read
	 * safely, with the reason why
	 */
	public static XlsxFile open(Path file) throws IOException {
		return open(file, file.getFileName().toString());
	}

	private static XlsxFile opened(OPCPackage pkg, String name) throws IOException {
		try {
			if (pkg.isStrictOoxmlFormat()) {
				throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.STRICT_OPEN_XML,
						"Strict Open XML: " + name, null);
			}
			return new XlsxFile(pkg);
		}
		catch (OpenXML4JException | SAXException | IOException | RuntimeException ex) {
			pkg.revert();
			throw UnreadableWorkbookException.of("Not a readable workbook: " + name, ex);
		}
	}

	/**
	 * Opens a workbook from the bytes of a file already read (and checked) whole, so the file is
	 * read once. {@code name} names it in messages. POI's zip-bomb guard stays on.
	 * @throws UnreadableWorkbookException when the bytes are not a workbook that can be read
	 * safely, with the reason why
	 */
	public static XlsxFile open(byte[] content, String name) throws IOException {
		Path copy = Files.createTempFile("ita-", ".xlsx");
		try {
			Files.write(copy, content);
			XlsxFile workbook = open(copy, name);
			workbook.copy = copy;
			return workbook;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(copy);
			throw ex;
		}
	}

	private static XlsxFile open(Path file, String name) throws IOException {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | RuntimeException ex) {
			throw UnreadableWorkbookException.of("Not an Office Open XML package: " + name, ex);
		}
		return opened(pkg, name);
	}

	public List<SheetInfo> sheets() {
		return this.sheets;
	}

	public Optional<SheetInfo> sheet(String name) {
		return this.sheets.stream().filter((sheet) -> sheet.name().equals(name)).findFirst();
	}

	/** Whether dates count from 1904 (Excel for Mac's old system) rather than 1900. */
	public boolean date1904() {
		return this.date1904;
	}

	/** When the workbook says it was last saved, if it says. */
	public Optional<Instant> savedAt() {
		try {
			return this.pkg.getPackageProperties().getModifiedProperty().map((date) -> date.toInstant());
		}
		catch (InvalidFormatException ex) {
			return Optional.empty();
		}
	}

	/** Streams the rows of a sheet that hold at least one cell, in order. */
	public void readRows(SheetInfo sheet, Consumer<SheetRow> rows) throws IOException {
		try (InputStream in = this.reader.getSheet(sheet.relationshipId())) {
			SheetHandler handler = new SheetHandler(sheet.name(), sharedStrings(), styles(), rows);
			parse(in, handler);
			this.mergedRanges.put(sheet.name(), handler.mergedRanges());
		}
		catch (InvalidFormatException | SAXException | IOException ex) {
			throw UnreadableWorkbookException.of("Sheet '" + sheet.name() + "' cannot be read", ex);
		}
		catch (IllegalArgumentException ex) {
			// POI's answer when the workbook lists a sheet whose part is missing from the zip
			throw UnreadableWorkbookException.of("Sheet '" + sheet.name() + "' is missing from the package", ex);
		}
		catch (RuntimeException ex) {
			throw UnreadableWorkbookException.of("Sheet '" + sheet.name() + "' cannot be read", ex);
		}
	}

	/** The merged ranges ("A7:A8") of a sheet already read with {@link #readRows}. */
	public List<String> mergedRanges(SheetInfo sheet) {
		return this.mergedRanges.getOrDefault(sheet.name(), List.of());
	}

	private ReadOnlySharedStringsTable sharedStrings() throws IOException {
		if (this.sharedStrings == null) {
			try {
				this.sharedStrings = new ReadOnlySharedStringsTable(this.pkg);
			}
			catch (SAXException ex) {
				throw UnreadableWorkbookException.of("Shared strings cannot be read", ex);
			}
		}
		return this.sharedStrings;
	}

	private StylesTable styles() throws IOException {
		if (this.styles == null) {
			try {
				this.styles = this.reader.getStylesTable();
			}
			catch (InvalidFormatException ex) {
				throw new IOException("Styles cannot be read", ex);
			}
		}
		return this.styles;
	}

	private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
		try {
			XMLReader parser = SAXHelper.newXMLReader();
			parser.setContentHandler(handler);
			parser.parse(new InputSource(in));
		}
		catch (ParserConfigurationException ex) {
			throw new IOException(ex);
		}
	}

	@Override
	public void close() {
		this.pkg.revert();
		if (this.copy != null) {
			try {
				Files.deleteIfExists(this.copy);
			}
			catch (IOException ex) {
				this.copy.toFile().deleteOnExit();
			}
		}
	}

	/** Reads the sheet list and the date system from xl/workbook.xml. */
	private static final class WorkbookHandler extends DefaultHandler {

		private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

		private final List<SheetInfo> sheets = new ArrayList<>();

		private boolean date1904;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if ("workbookPr".equals(localName)) {
				String value = attributes.getValue("date1904");
				this.date1904 = "1".equals(value) || "true".equals(value);
			}
			else if ("sheet".equals(localName)) {
				this.sheets.add(new SheetInfo(attributes.getValue("name"), this.sheets.size(),
						SheetInfo.Visibility.of(attributes.getValue("state")), attributes.getValue(RELATIONSHIPS, "id")));
			}
		}

	}

}
