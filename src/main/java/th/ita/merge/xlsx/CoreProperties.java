package th.ita.merge.xlsx;

import java.io.IOException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.util.LocaleUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import th.ita.merge.xlsx.WorkbookPackage.Relationship;

/**
 * When docProps/core.xml says the workbook was last saved ({@code dcterms:modified}), read with SAX
 * as POI's package read it: the same date patterns, and the same refusal of a date none of them
 * reads or of core properties the package rules forbid (a package POI would not open is not opened).
 */
final class CoreProperties extends DefaultHandler {

	private static final String DCTERMS = "http://purl.org/dc/terms/";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

	private static final Pattern TIME_ZONE = Pattern.compile("([-+]\\d\\d):?(\\d\\d)");

	private static final List<String> DATE_FORMATS = List.of("yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.SS'Z'",
			"yyyy-MM-dd");

	private static final List<String> TZ_DATE_FORMATS = List.of("yyyy-MM-dd'T'HH:mm:ssz", "yyyy-MM-dd'T'HH:mm:ss.Sz",
			"yyyy-MM-dd'T'HH:mm:ss.SSz", "yyyy-MM-dd'T'HH:mm:ss.SSSz");

	private static final String CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

	private static final String CORE_PROPERTIES_ECMA = "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties";

	private final StringBuilder text = new StringBuilder();

	private final Map<String, String> dates = new HashMap<>();

	private String inDate;

	/**
	 * The saved date of the core properties the package's relationships name. As POI's package did,
	 * a part that cannot be parsed is passed over, while a date no pattern reads, or properties the
	 * package rules forbid, are damage.
	 */
	static Optional<Instant> savedAt(WorkbookPackage pkg, List<Relationship> root) throws IOException {
		Optional<Relationship> core = WorkbookPackage.first(root, CORE_PROPERTIES, CORE_PROPERTIES_ECMA);
		if (core.isEmpty() || !pkg.has(core.get().target())) {
			return Optional.empty();
		}
		CoreProperties properties = new CoreProperties();
		try {
			pkg.parse(core.get().target(), properties);
		}
		catch (Forbidden ex) {
			throw new IOException(ex.getMessage(), ex);
		}
		catch (SAXException | IOException ex) {
			return Optional.empty();
		}
		return properties.modified();
	}

	/** The saved date read, empty when the part does not say; a created or saved date no pattern reads is damage. */
	private Optional<Instant> modified() throws IOException {
		parse(this.dates.get("created"));
		return parse(this.dates.get("modified")).map(Date::toInstant);
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) throws SAXException {
		if (MARKUP_COMPATIBILITY.equals(uri)) {
			throw new Forbidden("OPC Compliance error [M4.2]: the Markup Compatibility namespace in core properties");
		}
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		if (attributes.getValue("http://www.w3.org/XML/1998/namespace", "lang") != null) {
			throw new Forbidden("OPC Compliance error [M4.4]: xml:lang in core properties");
		}
		if (DCTERMS.equals(uri)) {
			if (!"created".equals(localName) && !"modified".equals(localName)) {
				throw new Forbidden("OPC Compliance error [M4.3]: dcterms:" + localName + " in core properties");
			}
			String prefix = qName.contains(":") ? qName.substring(0, qName.indexOf(':')) : "";
			if (!(prefix + ":W3CDTF").equals(attributes.getValue(XSI, "type"))) {
				throw new Forbidden("The element '" + localName + "' must have the 'xsi:type' attribute "
						+ prefix + ":W3CDTF");
			}
			if (!this.dates.containsKey(localName)) {
				this.inDate = localName;
				this.text.setLength(0);
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.inDate != null) {
			this.text.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if (localName.equals(this.inDate) && DCTERMS.equals(uri)) {
			this.dates.put(localName, this.text.toString());
			this.inDate = null;
		}
	}

	/** POI's reading of a W3CDTF date: with a time zone first, then as UTC. */
	private static Optional<Date> parse(String value) throws IOException {
		if (value == null || value.isEmpty()) {
			return Optional.empty();
		}
		Date date = null;
		Matcher zone = TIME_ZONE.matcher(value);
		if (zone.find()) {
			date = parse(TZ_DATE_FORMATS, value.substring(0, zone.start()) + zone.group(1) + zone.group(2));
		}
		if (date == null) {
			date = parse(DATE_FORMATS, value.endsWith("Z") ? value : value + "Z");
		}
		if (date == null) {
			throw new IOException("Date " + value + " not well formatted");
		}
		return Optional.of(date);
	}

	private static Date parse(List<String> formats, String value) {
		for (String format : formats) {
			SimpleDateFormat parser = new SimpleDateFormat(format, Locale.ROOT);
			parser.setTimeZone(LocaleUtil.TIMEZONE_UTC);
			Date date = parser.parse(value, new ParsePosition(0));
			if (date != null) {
				return date;
			}
		}
		return null;
	}

	/**
	 * Core properties the package rules forbid, which POI's package refused to open (where it only
	 * skipped a part it could not parse as XML).
	 */
	static final class Forbidden extends SAXException {

		Forbidden(String message) {
			super(message);
		}

	}

}
