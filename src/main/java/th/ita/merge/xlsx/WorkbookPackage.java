package th.ita.merge.xlsx;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The zip of a workbook and the parts its relationships name, read without POI's package model:
 * building that model (a part object per entry, every relationship of every part, the content
 * types) cost more than parsing the sheets, and the reader only ever follows a few relationships.
 * What POI's open checks is kept: the zip ({@link PackageZip}) checks what POI's zip checks (the
 * file's first bytes, duplicate entry names refused, and every entry stream guarded against zip
 * bombs with POI's limits), the entry count is held to POI's limit, and a package must have its content
 * types, which are parsed, so a DTD anywhere the package model would have read is still refused.
 * Every part is parsed by POI's secure parser: no DTDs, no external entities.
 */
final class WorkbookPackage implements AutoCloseable {

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private final PackageZip zip;

	private WorkbookPackage(PackageZip zip) {
		this.zip = zip;
	}

	/** Opens the zip and checks it as POI's package does before any part is read. */
	static WorkbookPackage open(File file) throws IOException, SAXException {
		PackageZip zip = PackageZip.open(file);
		WorkbookPackage pkg = new WorkbookPackage(zip);
		try {
			pkg.check();
			return pkg;
		}
		catch (IOException | SAXException | RuntimeException ex) {
			pkg.close();
			throw ex;
		}
	}

	private void check() throws IOException, SAXException {
		List<String> names = this.zip.names();
		if (names.isEmpty()) {
			throw new IOException("No valid entries or contents found, this is not a valid OOXML file");
		}
		if (!this.zip.has(CONTENT_TYPES)) {
			if (this.zip.has("mimetype") && this.zip.has("settings.xml")) {
				throw new ODFNotOfficeXmlFileException("The supplied data appears to be in ODF (Open Document) Format");
			}
			throw new IOException("Package should contain a content type part [M1.13]");
		}
		if (names.size() > ZipSecureFile.getMaxFileCount()) {
			throw new IOException(String.format(Locale.ROOT, ZipSecureFile.MAX_FILE_COUNT_MSG,
					ZipSecureFile.getMaxFileCount()));
		}
		parse(CONTENT_TYPES, new DefaultHandler());
	}

	/** Whether the package holds the part (a zip entry name, without a leading slash). */
	boolean has(String part) {
		return entry(part) != null;
	}

	/** Parses a part with a handler; a part that is not in the package is damage. */
	void parse(String part, DefaultHandler handler) throws IOException, SAXException {
		String entry = entry(part);
		if (entry == null) {
			throw new IOException("The package has no part " + part);
		}
		try (InputStream in = this.zip.stream(entry)) {
			parse(in, handler);
		}
	}

	/** The stream of a part, guarded like every entry stream; the caller closes it. */
	InputStream stream(String part) throws IOException {
		String entry = entry(part);
		if (entry == null) {
			throw new IOException("The package has no part " + part);
		}
		return this.zip.stream(entry);
	}

	private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
		SecureXml.parse(new InputSource(in), handler);
	}

	/** The internal relationships of a part ("" for the package's own), targets resolved to parts. */
	List<Relationship> relationships(String part) throws IOException, SAXException {
		int slash = part.lastIndexOf('/');
		String folder = part.substring(0, slash + 1);
		String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
		if (!has(rels)) {
			return List.of();
		}
		RelationshipsHandler handler = new RelationshipsHandler(folder);
		parse(rels, handler);
		return handler.relationships;
	}

	/** The first relationship whose type is one of these. */
	static Optional<Relationship> first(List<Relationship> relationships, String... types) {
		return relationships.stream().filter((rel) -> List.of(types).contains(rel.type())).findFirst();
	}

	/**
	 * The entry of a part. Part names are compared ignoring case, as in the package model, so a
	 * relationship spelled in other letters than the zip entry still finds it.
	 */
	private String entry(String part) {
		if (this.zip.has(part)) {
			return part;
		}
		for (String candidate : this.zip.names()) {
			if (candidate.equalsIgnoreCase(part)) {
				return candidate;
			}
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	/** A relationship: its id, its type and the part it points at (a zip entry name). */
	record Relationship(String id, String type, String target) {

	}

	/** Reads a {@code .rels} part, keeping the relationships to parts inside the package. */
	private static final class RelationshipsHandler extends DefaultHandler {

		private final String folder;

		private final List<Relationship> relationships = new ArrayList<>();

		RelationshipsHandler(String folder) {
			this.folder = folder;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			String target = attributes.getValue("Target");
			if ("Relationship".equals(localName) && target != null
					&& !"External".equals(attributes.getValue("TargetMode"))) {
				this.relationships.add(new Relationship(attributes.getValue("Id"), attributes.getValue("Type"),
						resolve(this.folder, target)));
			}
		}

		/** The part a target names: relative to the folder of the source part, or from the root. */
		private static String resolve(String folder, String target) {
			try {
				String path = new URI(null, null, "/" + folder, null).resolve(new URI(target)).getPath();
				return (path != null) ? path.replaceFirst("^/+", "") : target;
			}
			catch (URISyntaxException | IllegalArgumentException ex) {
				return target.startsWith("/") ? target.replaceFirst("^/+", "") : folder + target;
			}
		}

	}

}
