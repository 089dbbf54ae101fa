package th.ita.merge.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells the documents the tool writes, and the PDFs made of them, from any other file, so a merge
 * whose output folder is its input folder passes over its own reports rather than refusing them
 * as workbooks: each carries {@link #MARKER} in its keywords, which LibreOffice copies into the
 * PDF (as text or as UTF-16 in hex).
 */
public final class OwnDocuments {

	/** Written into every document's keywords. */
	public static final String MARKER = "ita-merge-report";

	private static final int PART_HEAD = 64 * 1024;

	private OwnDocuments() {
	}

	/** Whether these bytes are a document the tool wrote, as Word or as the PDF made of it. */
	public static boolean isOwn(byte[] content) {
		if (startsWith(content, "%PDF-")) {
			return contains(content, MARKER.getBytes(StandardCharsets.US_ASCII))
					|| contains(content, utf16Hex(MARKER).getBytes(StandardCharsets.US_ASCII));
		}
		if (!startsWith(content, "PK")) {
			return false;
		}
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("docProps/core.xml")) {
					return new String(zip.readNBytes(PART_HEAD), StandardCharsets.UTF_8).contains(">" + MARKER + "<");
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not a package the tool wrote
		}
		return false;
	}

	private static boolean startsWith(byte[] content, String head) {
		byte[] bytes = head.getBytes(StandardCharsets.US_ASCII);
		return content.length >= bytes.length && Arrays.equals(content, 0, bytes.length, bytes, 0, bytes.length);
	}

	/** Whether {@code part} stands in {@code content}, ASCII letters in either case. */
	private static boolean contains(byte[] content, byte[] part) {
		outer: for (int i = 0; i + part.length <= content.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (Character.toUpperCase(content[i + j]) != Character.toUpperCase(part[j])) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static String utf16Hex(String text) {
		StringBuilder hex = new StringBuilder();
		for (char c : text.toCharArray()) {
			hex.append(String.format("%04X", (int) c));
		}
		return hex.toString();
	}

}
