package th.ita.merge.docx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlCursor.TokenType;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * The finished rows of a {@link ThaiTable}, moved out of POI's document model into a temporary
 * file as the table grows: held as XML objects, a division's rows take some ten times their text,
 * and a merge of thousands of divisions ran out of memory. Each row leaves the table as its XML,
 * saved as POI saves the whole document, and a comment holding the table's number marks where
 * the rows stood; {@link RowSplice} puts them back there when the document is written.
 */
final class StreamedRows implements Closeable {

	/** The comment's text before the table's number: {@code <!--ita-merge-rows:3-->}. */
	static final String MARKER = "ita-merge-rows:";

	/**
	 * The prefixes a row's XML uses, left undeclared on each row: the document's root declares
	 * them ({@link RowSplice} makes sure of it).
	 */
	static final Map<String, String> NAMESPACES = Map.of("w",
			"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "r",
			"http://schemas.openxmlformats.org/officeDocument/2006/relationships");

	private static final XmlOptions ROW_XML = rowXml();

	private final int table;

	/** Whether rows move out at all: held, the document is the one POI alone would write. */
	private final boolean streamed;

	private Path file;

	private Writer writer;

	private int count;

	StreamedRows(int table, boolean streamed) {
		this.table = table;
		this.streamed = streamed;
	}

	/**
	 * Moves every row under the {@code headers} of {@code table} but the last out of it: a row is
	 * finished once the next one is added, while the last may still be kept with what follows
	 * (the signatures, the next row) or moved to a new page.
	 */
	void settle(XWPFTable table, int headers) {
		while (this.streamed && table.getNumberOfRows() > headers + 1) {
			take(table, headers);
		}
	}

	/**
	 * Moves every row under the {@code headers} of a table nothing more is done to out of it, the
	 * last one too: a row of a measure every division reports on holds all their texts.
	 */
	void finish(XWPFTable table, int headers) {
		while (this.streamed && table.getNumberOfRows() > headers) {
			take(table, headers);
		}
	}

	/**
	 * Moves the row at {@code position} out of {@code table} into the file, the first time leaving
	 * the marker in its place, so the rows keep their order and stand before any row added later.
	 */
	private void take(XWPFTable table, int position) {
		try {
			if (this.writer == null) {
				this.file = Files.createTempFile("ita-merge-rows", ".xml");
				this.writer = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8);
				try (XmlCursor cursor = table.getRow(position).getCtRow().newCursor()) {
					cursor.insertComment(MARKER + this.table);
				}
			}
			table.getRow(position).getCtRow().save(this.writer, ROW_XML);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep a table's rows in " + this.file, ex);
		}
		table.removeRow(position);
		this.count++;
	}

	/** Takes the marker out of a copy of the table: the rows belong to the table copied. */
	static void removeMarker(CTTbl copy) {
		try (XmlCursor cursor = copy.newCursor()) {
			for (TokenType token = cursor.currentTokenType(); !token.isNone() && !token.isEnddoc();) {
				if (token.isComment()) {
					cursor.removeXml();
					token = cursor.currentTokenType();
				}
				else {
					token = cursor.toNextToken();
				}
			}
		}
	}

	/** The file the rows wait in, once one was moved out. */
	Optional<Path> file() {
		return Optional.ofNullable(this.file);
	}

	/** How many rows were moved out. */
	int count() {
		return this.count;
	}

	/** The number the marker carries, which tells this table's rows from another's. */
	int table() {
		return this.table;
	}

	/** Copies the rows' XML, in the order they were taken, to {@code out}. */
	void copyTo(OutputStream out) throws IOException {
		if (this.writer != null) {
			this.writer.flush();
			Files.copy(this.file, out);
		}
	}

	/** Deletes the file; the rows are gone. */
	@Override
	public void close() throws IOException {
		if (this.writer != null) {
			try {
				this.writer.close();
			}
			finally {
				Files.deleteIfExists(this.file);
				this.writer = null;
			}
		}
	}

	private static XmlOptions rowXml() {
		XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
		options.setSaveImplicitNamespaces(NAMESPACES);
		return options;
	}

}
