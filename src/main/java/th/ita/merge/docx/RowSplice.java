package th.ita.merge.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a document whose tables' rows wait in {@link StreamedRows}: POI writes the package, rows
 * left out, to a temporary file, and the copy to the output puts each table's rows back where its
 * marker stands in {@code word/document.xml}. The part is read as it is copied, never whole (it
 * holds every division's text); the package's other parts are copied as they are compressed.
 */
final class RowSplice {

	private static final String BODY = "word/document.xml";

	private static final byte[] MARKER = ("<!--" + StreamedRows.MARKER).getBytes(StandardCharsets.US_ASCII);

	private static final byte[] MARKER_END = "-->".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ROOT = "<w:document".getBytes(StandardCharsets.US_ASCII);

	private final InputStream in;

	private final OutputStream out;

	private final Map<Integer, StreamedRows> rows;

	private final byte[] buffer = new byte[1 << 16];

	private int filled;

	private int next;

	/** Bytes copied but not yet written: the compressing stream is slow a byte at a time. */
	private final byte[] pending = new byte[1 << 16];

	private int held;

	private RowSplice(InputStream in, OutputStream out, Map<Integer, StreamedRows> rows) {
		this.in = in;
		this.out = out;
		this.rows = rows;
	}

	/** Writes {@code document} to {@code out} with the rows of {@code tables} in their places. */
	static void write(XWPFDocument document, Map<Integer, StreamedRows> tables, OutputStream out) throws IOException {
		Path packaged = Files.createTempFile("ita-merge-document", ".docx");
		try {
			try (OutputStream file = Files.newOutputStream(packaged)) {
				document.write(file);
			}
			try (ZipFile zip = ZipFile.builder().setPath(packaged).get();
					ZipArchiveOutputStream target = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out))) {
				for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
					if (entry.getName().equals(BODY)) {
						target.putArchiveEntry(new ZipArchiveEntry(BODY));
						try (InputStream body = zip.getInputStream(entry)) {
							new RowSplice(body, target, tables).copy();
						}
						target.closeArchiveEntry();
					}
					else {
						target.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
					}
				}
				target.finish();
			}
		}
		finally {
			Files.deleteIfExists(packaged);
		}
	}

	/** Copies the part, its root declaring the rows' prefixes, each marker replaced by its rows. */
	private void copy() throws IOException {
		root();
		int matched = 0;
		for (int b = read(); b != -1; b = read()) {
			if (b == MARKER[matched]) {
				if (++matched == MARKER.length) {
					StreamedRows found = rowsOf(table());
					flush();
					found.copyTo(this.out);
					matched = 0;
				}
			}
			else {
				write(MARKER, matched);
				matched = (b == MARKER[0]) ? 1 : 0;
				if (matched == 0) {
					write(b);
				}
			}
		}
		write(MARKER, matched);
		flush();
	}

	/**
	 * Copies the part up to the end of the root's start tag, declaring there the prefixes the rows
	 * use but the rows left in the document did not: a link's {@code r:} may be only in the rows.
	 */
	private void root() throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		int b = read();
		while (b != -1 && matched < ROOT.length) {
			head.write(b);
			matched = (b == ROOT[matched]) ? matched + 1 : ((b == ROOT[0]) ? 1 : 0);
			b = read();
		}
		while (b != -1 && b != '>') {
			head.write(b);
			b = read();
		}
		StringBuilder tag = new StringBuilder(head.toString(StandardCharsets.UTF_8));
		for (Map.Entry<String, String> namespace : StreamedRows.NAMESPACES.entrySet()) {
			if (tag.indexOf(" xmlns:" + namespace.getKey() + "=") < 0) {
				tag.append(" xmlns:").append(namespace.getKey()).append("=\"").append(namespace.getValue()).append('"');
			}
		}
		byte[] bytes = tag.toString().getBytes(StandardCharsets.UTF_8);
		write(bytes, bytes.length);
		if (b != -1) {
			write(b);
		}
	}

	/** The table's number after the marker, reading through the comment's end. */
	private int table() throws IOException {
		int number = 0;
		int b = read();
		while (b >= '0' && b <= '9') {
			number = number * 10 + (b - '0');
			b = read();
		}
		for (int i = 1; i < MARKER_END.length; i++) {
			b = read();
		}
		return number;
	}

	private StreamedRows rowsOf(int table) throws IOException {
		StreamedRows found = this.rows.get(table);
		if (found == null) {
			throw new IOException("No rows for the marker of table " + table + " in " + BODY);
		}
		return found;
	}

	private void write(int b) throws IOException {
		if (this.held == this.pending.length) {
			flush();
		}
		this.pending[this.held++] = (byte) b;
	}

	private void write(byte[] bytes, int length) throws IOException {
		for (int i = 0; i < length; i++) {
			write(bytes[i]);
		}
	}

	private void flush() throws IOException {
		this.out.write(this.pending, 0, this.held);
		this.held = 0;
	}

	private int read() throws IOException {
		if (this.next == this.filled) {
			this.filled = this.in.read(this.buffer);
			this.next = 0;
			if (this.filled <= 0) {
				this.filled = 0;
				return -1;
			}
		}
		return this.buffer[this.next++] & 0xFF;
	}

}
