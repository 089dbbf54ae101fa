package th.ita.merge.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The parts of a package read from its zip by its central directory, as Excel reads it, and
 * written back out: a part left alone is copied compressed as it came, byte for byte; a part
 * edited or added is compressed anew. Only the parts asked for are ever decompressed.
 */
final class ZipParts implements AutoCloseable {

	/** More than any part of a division's workbook holds; a larger one is left to the workbook model. */
	private static final int MOST_BYTES = 32 * 1024 * 1024;

	private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

	private final ZipFile zip;

	private final List<ZipArchiveEntry> entries;

	/** Entry names by their lower case: part names are compared ignoring case. */
	private final Map<String, String> names = new HashMap<>();

	private final Map<String, byte[]> written = new LinkedHashMap<>();

	private final Set<String> dropped = new HashSet<>();

	private ZipParts(ZipFile zip) {
		this.zip = zip;
		this.entries = Collections.list(zip.getEntries());
		for (ZipArchiveEntry entry : this.entries) {
			this.names.put(entry.getName().toLowerCase(Locale.ROOT), entry.getName());
		}
	}

	static ZipParts open(byte[] content) throws UnusualPackage {
		try {
			return new ZipParts(ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get());
		}
		catch (IOException | RuntimeException ex) {
			throw new UnusualPackage("a zip its central directory does not describe");
		}
	}

	/** Whether the package has a part of this name (without the leading slash), ignoring case. */
	boolean has(String part) {
		return this.names.containsKey(part.toLowerCase(Locale.ROOT))
				|| this.written.keySet().stream().anyMatch(part::equalsIgnoreCase);
	}

	/** The names of the package's parts as they came. */
	List<String> parts() {
		return this.entries.stream().map(ZipArchiveEntry::getName).toList();
	}

	/** A part's XML as text, as edited so far. */
	String text(String part) throws IOException, UnusualPackage {
		if (this.written.containsKey(part)) {
			return new String(this.written.get(part), StandardCharsets.UTF_8);
		}
		try (InputStream in = this.zip.getInputStream(entry(part))) {
			return utf8(in.readNBytes(MOST_BYTES + 1));
		}
	}

	/**
	 * The beginning of a part's XML, at least up to the first {@code marker} when it has one,
	 * decompressing no further.
	 */
	String head(String part, String marker) throws IOException, UnusualPackage {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		byte[] chunk = new byte[8192];
		try (InputStream in = this.zip.getInputStream(entry(part))) {
			for (int read = in.read(chunk); read > 0; read = in.read(chunk)) {
				head.write(chunk, 0, read);
				int from = Math.max(0, head.size() - read - marker.length());
				if (new String(head.toByteArray(), from, head.size() - from, StandardCharsets.ISO_8859_1).contains(marker)
						|| head.size() > MOST_BYTES) {
					break;
				}
			}
		}
		return utf8(head.toByteArray());
	}

	/** Replaces a part's content, or adds a part. */
	void put(String part, String xml) {
		this.written.put(this.names.getOrDefault(part.toLowerCase(Locale.ROOT), part), xml.getBytes(StandardCharsets.UTF_8));
	}

	/** Leaves an entry of the zip out of the copy. */
	void drop(String entry) {
		this.dropped.add(entry);
	}

	/** Writes the package: every part in its place, new ones last. */
	void writeTo(OutputStream out) throws IOException {
		ZipArchiveOutputStream zipped = new ZipArchiveOutputStream(out);
		Map<String, byte[]> added = new LinkedHashMap<>(this.written);
		for (ZipArchiveEntry entry : this.entries) {
			byte[] content = added.remove(entry.getName());
			if (this.dropped.contains(entry.getName())) {
				continue;
			}
			if (content == null) {
				zipped.addRawArchiveEntry(entry, this.zip.getRawInputStream(entry));
			}
			else {
				write(zipped, entry.getName(), content);
			}
		}
		for (Map.Entry<String, byte[]> part : added.entrySet()) {
			write(zipped, part.getKey(), part.getValue());
		}
		zipped.finish();
	}

	private static void write(ZipArchiveOutputStream zipped, String name, byte[] content) throws IOException {
		ZipArchiveEntry entry = new ZipArchiveEntry(name);
		entry.setMethod(ZipArchiveEntry.DEFLATED);
		entry.setTime(System.currentTimeMillis());
		zipped.putArchiveEntry(entry);
		zipped.write(content);
		zipped.closeArchiveEntry();
	}

	private ZipArchiveEntry entry(String part) throws UnusualPackage {
		String name = this.names.get(part.toLowerCase(Locale.ROOT));
		ZipArchiveEntry entry = (name != null) ? this.zip.getEntry(name) : null;
		if (entry == null) {
			throw new UnusualPackage("no part " + part);
		}
		return entry;
	}

	/** XML bytes as text, when they are UTF-8 as Excel writes them. */
	private static String utf8(byte[] xml) throws UnusualPackage {
		if (xml.length > MOST_BYTES) {
			throw new UnusualPackage("a part larger than " + MOST_BYTES + " bytes");
		}
		if (xml.length >= 2 && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF)
				|| (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE))) {
			throw new UnusualPackage("XML in UTF-16");
		}
		String text = new String(xml, StandardCharsets.UTF_8);
		Matcher declared = ENCODING.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text);
		if (declared.find() && !declared.group(1).equalsIgnoreCase("UTF-8")) {
			throw new UnusualPackage("XML in " + declared.group(1));
		}
		return text;
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

}
