package th.ita.merge.docx;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlCursor.TokenType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * The finished rows of a {@link ThaiTable}, kept out of POI's document model in a temporary file
 * as the table grows: held as XML objects, a division's rows take some ten times their text, and
 * a merge of thousands of divisions ran out of memory. Each row goes there as its XML, the XML
 * POI would save for it ({@link RowXml}), and a comment holding the table's number marks where the
 * rows stand; {@link RowSplice} puts them back there when the document is written.
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

	/** Whether rows move out at all. */
	boolean streamed() {
		return this.streamed;
	}

	/**
	 * Writes a row's XML ({@link RowXml}) after the rows already out of {@code table}, the first
	 * time leaving the marker at the table's end, under its header rows, where the rows go back.
	 */
	void write(XWPFTable table, CharSequence row) {
		try {
			if (this.writer == null) {
				this.file = Files.createTempFile("ita-merge-rows", ".xml");
				// a lone surrogate (no workbook's XML holds one) becomes "?", as POI saves it, not a failure
				this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(this.file),
						StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)));
				try (XmlCursor cursor = table.getCTTbl().newCursor()) {
					cursor.toEndToken();
					cursor.insertComment(MARKER + this.table);
				}
			}
			this.writer.append(row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep a table's rows in " + this.file, ex);
		}
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

}
