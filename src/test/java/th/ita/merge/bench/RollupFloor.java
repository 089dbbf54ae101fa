package th.ita.merge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The least any roll-up must do with the organizations' consolidated workbooks: unzip each and
 * SAX-parse its shared strings and the sheets the roll-up reads, keeping nothing but a
 * count of cells, in one thread. The sheets are found by name, as a reader must: the workbook's
 * sheet list, then its relationships. The benchmark sets the roll-up's time against it.
 * {@link #timeXlsx} does the same through the project's own {@link XlsxFile} (POI's package
 * and event API), to tell the cost of the library from the cost of the roll-up.
 */
final class RollupFloor {

	/** The sheets the roll-up reads: the identity, every measure's state and the risk register. */
	static final List<String> SHEETS = List.of(DivisionWorkbook.CONSOLIDATED_SHEET, MeasureOutputs.STANDINGS_SHEET,
			RiskOutputs.REGISTER_SHEET);

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private RollupFloor() {
	}

	/** The time to read every workbook in {@code input} with a zip reader and a SAX parser alone. */
	static Stopwatch.Reading time(Path input) throws IOException {
		List<Path> files = workbooks(input);
		XMLReader parser = parser();
		Counter counter = new Counter();
		Stopwatch stopwatch = Stopwatch.start();
		for (Path file : files) {
			try (ZipFile zip = new ZipFile(file.toFile())) {
				Counter names = new Counter();
				parse(zip, "xl/workbook.xml", parser, names);
				parse(zip, "xl/_rels/workbook.xml.rels", parser, names);
				parse(zip, "xl/sharedStrings.xml", parser, counter);
				for (String sheet : SHEETS) {
					String id = names.sheets.get(sheet);
					String target = (id != null) ? names.targets.get(id) : null;
					if (target != null) {
						parse(zip, target.startsWith("/") ? target.substring(1) : "xl/" + target, parser, counter);
					}
				}
			}
		}
		return checked(stopwatch, counter.cells);
	}

	/** The time to read the same sheets of every workbook through {@link XlsxFile}, keeping nothing. */
	static Stopwatch.Reading timeXlsx(Path input) throws IOException {
		List<Path> files = workbooks(input);
		long[] cells = { 0 };
		Stopwatch stopwatch = Stopwatch.start();
		for (Path file : files) {
			try (XlsxFile workbook = XlsxFile.open(file)) {
				for (String name : SHEETS) {
					Optional<SheetInfo> sheet = workbook.sheet(name);
					if (sheet.isPresent()) {
						workbook.readRows(sheet.get(), (row) -> cells[0] += row.cells().size());
					}
				}
			}
		}
		return checked(stopwatch, cells[0]);
	}

	static List<Path> workbooks(Path input) throws IOException {
		try (Stream<Path> listed = Files.list(input)) {
			return listed.filter((file) -> file.getFileName().toString().endsWith(".xlsx")).sorted().toList();
		}
	}

	private static Stopwatch.Reading checked(Stopwatch stopwatch, long cells) {
		Stopwatch.Reading reading = stopwatch.read();
		if (cells == 0) {
			throw new IllegalStateException("the floor read no cells");
		}
		return reading;
	}

	private static void parse(ZipFile zip, String part, XMLReader parser, Counter handler) throws IOException {
		ZipEntry entry = zip.getEntry(part);
		if (entry == null) {
			return;
		}
		parser.setContentHandler(handler);
		try (InputStream in = zip.getInputStream(entry)) {
			parser.parse(new InputSource(in));
		}
		catch (SAXException ex) {
			throw new IOException(part + " cannot be parsed", ex);
		}
	}

	/** A parser that refuses DTDs, as the tool's does. */
	private static XMLReader parser() throws IOException {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newSAXParser().getXMLReader();
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IOException(ex);
		}
	}

	/** Counts cells and text; notes sheet names and relationship targets on the way. */
	private static final class Counter extends DefaultHandler {

		private final Map<String, String> sheets = new HashMap<>();

		private final Map<String, String> targets = new HashMap<>();

		private long cells;

		private long characters;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "c", "si" -> this.cells++;
				case "sheet" -> this.sheets.put(attributes.getValue("name"), attributes.getValue(RELATIONSHIPS, "id"));
				case "Relationship" -> this.targets.put(attributes.getValue("Id"), attributes.getValue("Target"));
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			this.characters += length;
		}

	}

}
