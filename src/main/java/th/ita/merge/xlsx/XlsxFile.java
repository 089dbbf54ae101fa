package th.ita.merge.xlsx;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
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

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import th.ita.merge.xlsx.WorkbookPackage.Relationship;

/**
 * A workbook read as a stream of rows with SAX, so memory stays flat whatever the size of the
 * sheets: opened read-only from its file (the plan), or from the bytes of a division's file that
 * the merge has already read once, checked and hashed (through a private copy, so the zip is read
 * by its central directory as Excel reads it). The file itself is never written to. Only the parts
 * a reader needs are found, by following relationships from the package's root
 * ({@link WorkbookPackage}), so opening costs little more than unzipping; the shared strings and
 * the number formats are read the first time a sheet is.
 */
public final class XlsxFile implements AutoCloseable {

	private static final String RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String OFFICE_DOCUMENT = RELATIONS + "/officeDocument";

	private static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

	private final WorkbookPackage pkg;

	/** The parts the workbook's relationships point at, by relationship id. */
	private final Map<String, String> parts = new HashMap<>();

	private final List<SheetInfo> sheets;

	private final boolean date1904;

	private final Optional<Instant> savedAt;

	private final Map<String, List<String>> mergedRanges = new HashMap<>();

	private String sharedStringsPart;

	private String stylesPart;

	private SharedStrings sharedStrings;

	private NumberFormats numberFormats;

	/** The private copy a workbook opened from bytes was read from, deleted on close. */
	private Path copy;

	private XlsxFile(WorkbookPackage pkg) throws IOException, SAXException {
		this.pkg = pkg;
		List<Relationship> root = pkg.relationships("");
		this.savedAt = CoreProperties.savedAt(pkg, root);
		if (WorkbookPackage.first(root, STRICT_OFFICE_DOCUMENT).isPresent()) {
			throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.STRICT_OPEN_XML,
					"Strict Open XML", null);
		}
		String workbookPart = WorkbookPackage.first(root, OFFICE_DOCUMENT)
			.orElseThrow(() -> new IOException("OOXML file structure broken/invalid - no core document found!"))
			.target();
		WorkbookHandler workbook = new WorkbookHandler();
		pkg.parse(workbookPart, workbook);
		for (Relationship rel : pkg.relationships(workbookPart)) {
			this.parts.putIfAbsent(rel.id(), rel.target());
			if (this.sharedStringsPart == null && rel.type().endsWith("/sharedStrings")) {
				this.sharedStringsPart = rel.target();
			}
			if (this.stylesPart == null && rel.type().endsWith("/styles")) {
				this.stylesPart = rel.target();
			}
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
		return open(file.toFile(), file.getFileName().toString());
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
			XlsxFile workbook = open(copy.toFile(), name);
			workbook.copy = copy;
			return workbook;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(copy);
			throw ex;
		}
	}

	private static XlsxFile open(File file, String name) throws IOException {
		WorkbookPackage pkg = null;
		try {
			pkg = WorkbookPackage.open(file);
			return new XlsxFile(pkg);
		}
		catch (SAXException | IOException | RuntimeException ex) {
			if (pkg != null) {
				pkg.close();
			}
			throw UnreadableWorkbookException.of("Not a readable workbook: " + name, ex);
		}
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
		return this.savedAt;
	}

	/** Streams the rows of a sheet that hold at least one cell, in order. */
	public void readRows(SheetInfo sheet, Consumer<SheetRow> rows) throws IOException {
		try {
			String part = this.parts.get(sheet.relationshipId());
			if (part == null || !this.pkg.has(part)) {
				throw new IOException("Sheet '" + sheet.name() + "' is missing from the package");
			}
			SheetHandler handler = new SheetHandler(sheet.name(), sharedStrings(), numberFormats()::of, rows);
			this.pkg.parse(part, handler);
			this.mergedRanges.put(sheet.name(), handler.mergedRanges());
		}
		catch (SAXException | IOException | RuntimeException ex) {
			throw UnreadableWorkbookException.of("Sheet '" + sheet.name() + "' cannot be read", ex);
		}
	}

	/** The merged ranges ("A7:A8") of a sheet already read with {@link #readRows}. */
	public List<String> mergedRanges(SheetInfo sheet) {
		return this.mergedRanges.getOrDefault(sheet.name(), List.of());
	}

	/**
	 * The shared strings, read through the thread's kept parser. An empty part holds none, as POI
	 * reads it.
	 */
	private SharedStrings sharedStrings() throws IOException {
		if (this.sharedStrings == null) {
			boolean present = this.sharedStringsPart != null && this.pkg.has(this.sharedStringsPart);
			try (PushbackInputStream in = new PushbackInputStream(
					present ? this.pkg.stream(this.sharedStringsPart) : InputStream.nullInputStream(), 1)) {
				SharedStrings table = new SharedStrings();
				int first = in.read();
				if (first != -1) {
					in.unread(first);
					SecureXml.parse(new InputSource(in), table);
				}
				this.sharedStrings = table;
			}
			catch (SAXException ex) {
				throw UnreadableWorkbookException.of("Shared strings cannot be read", ex);
			}
		}
		return this.sharedStrings;
	}

	private NumberFormats numberFormats() throws IOException, SAXException {
		if (this.numberFormats == null) {
			if (this.stylesPart == null || !this.pkg.has(this.stylesPart)) {
				this.numberFormats = NumberFormats.NONE;
			}
			else {
				NumberFormats formats = new NumberFormats();
				this.pkg.parse(this.stylesPart, formats);
				this.numberFormats = formats;
			}
		}
		return this.numberFormats;
	}

	@Override
	public void close() {
		try {
			this.pkg.close();
		}
		catch (IOException ex) {
			// nothing was written; the zip's file handle is all there was to let go of
		}
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
						SheetInfo.Visibility.of(attributes.getValue("state")), attributes.getValue(RELATIONS, "id")));
			}
		}

	}

}
