package th.ita.merge.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Copies one consolidated workbook as another organization's: every part of the zip is copied
 * raw (still deflated, so a copy costs little more than its bytes), except the very hidden
 * identity sheet, which is written anew with the other organization's values and the base's own
 * for every other key (its totals stay true to the registers copied with them). The base is read
 * once and held in memory, a few tens of kilobytes.
 */
final class ConsolidatedCopy {

	private static final Pattern ELEMENT = Pattern.compile("<(sheet|Relationship)\\s[^>]*>");

	private final List<Part> parts = new ArrayList<>();

	private final String identityPart;

	private final Map<String, String> identity;

	/** The identity sheet's XML before its rows (through {@code <sheetData>}) and after them. */
	private final String head;

	private final String tail;

	/** A part of the base: its entry and its raw, still compressed, bytes. */
	private record Part(ZipArchiveEntry entry, byte[] raw) {
	}

	ConsolidatedCopy(Path base) throws IOException {
		this.identity = identity(base);
		String sheetXml = null;
		try (ZipFile zip = ZipFile.builder().setPath(base).get()) {
			this.identityPart = identityPart(text(zip, "xl/workbook.xml"), text(zip, "xl/_rels/workbook.xml.rels"));
			for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
				try (InputStream raw = zip.getRawInputStream(entry)) {
					this.parts.add(new Part(entry, raw.readAllBytes()));
				}
				if (entry.getName().equals(this.identityPart)) {
					sheetXml = text(zip, entry.getName());
				}
			}
		}
		if (sheetXml == null || !sheetXml.contains("<sheetData>")) {
			throw new IllegalStateException(base + " has no identity sheet part " + this.identityPart);
		}
		this.head = sheetXml.substring(0, sheetXml.indexOf("<sheetData>") + "<sheetData>".length());
		this.tail = sheetXml.substring(sheetXml.indexOf("</sheetData>"));
	}

	/** The base's identity, key by key, as a reader of the workbook sees it. */
	Map<String, String> identity() {
		return Collections.unmodifiableMap(this.identity);
	}

	/** Writes the copy to {@code target}, with {@code changes} over the base's identity. */
	void write(Path target, Map<String, String> changes) throws IOException {
		Map<String, String> values = new LinkedHashMap<>(this.identity);
		values.putAll(changes);
		try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
			for (Part part : this.parts) {
				if (part.entry().getName().equals(this.identityPart)) {
					ZipArchiveEntry entry = new ZipArchiveEntry(this.identityPart);
					entry.setMethod(ZipArchiveEntry.DEFLATED);
					entry.setTime(part.entry().getTime());
					out.putArchiveEntry(entry);
					out.write(sheetXml(values).getBytes(StandardCharsets.UTF_8));
					out.closeArchiveEntry();
				}
				else {
					out.addRawArchiveEntry(part.entry(), new ByteArrayInputStream(part.raw()));
				}
			}
		}
	}

	private String sheetXml(Map<String, String> values) {
		StringBuilder xml = new StringBuilder(this.head);
		int row = 0;
		for (Map.Entry<String, String> value : values.entrySet()) {
			row++;
			xml.append("\n<row r=\"").append(row).append("\">");
			cell(xml, "A" + row, value.getKey());
			cell(xml, "B" + row, value.getValue());
			xml.append("</row>");
		}
		return xml.append('\n').append(this.tail).toString();
	}

	private static void cell(StringBuilder xml, String reference, String text) {
		xml.append("<c r=\"").append(reference).append("\" t=\"inlineStr\"><is><t>")
			.append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
			.append("</t></is></c>");
	}

	private static Map<String, String> identity(Path base) throws IOException {
		Map<String, String> identity = new LinkedHashMap<>();
		try (XlsxFile workbook = XlsxFile.open(base)) {
			Optional<SheetInfo> sheet = workbook.sheet(DivisionWorkbook.CONSOLIDATED_SHEET);
			if (sheet.isEmpty()) {
				throw new IllegalStateException(base + " is not a consolidated workbook");
			}
			workbook.readRows(sheet.get(), (row) -> identity.put(row.value(0), row.value(1)));
		}
		return identity;
	}

	/** The zip part of the identity sheet, found as a reader finds it: by name, then relationship. */
	private static String identityPart(String workbook, String relationships) {
		String id = null;
		for (Map<String, String> sheet : elements(workbook, "sheet")) {
			if (DivisionWorkbook.CONSOLIDATED_SHEET.equals(sheet.get("name"))) {
				id = sheet.get("r:id");
			}
		}
		for (Map<String, String> relationship : elements(relationships, "Relationship")) {
			if (relationship.get("Id").equals(id)) {
				String target = relationship.get("Target");
				return target.startsWith("/") ? target.substring(1) : "xl/" + target;
			}
		}
		throw new IllegalStateException("no sheet " + DivisionWorkbook.CONSOLIDATED_SHEET + " in the workbook");
	}

	/** The attributes of each element so named, in a part written by the project's own writer. */
	private static List<Map<String, String>> elements(String xml, String name) {
		List<Map<String, String>> elements = new ArrayList<>();
		Matcher element = ELEMENT.matcher(xml);
		while (element.find()) {
			if (element.group(1).equals(name)) {
				Map<String, String> attributes = new LinkedHashMap<>();
				Matcher attribute = Pattern.compile("([\\w:]+)=\"([^\"]*)\"").matcher(element.group());
				while (attribute.find()) {
					attributes.put(attribute.group(1), attribute.group(2));
				}
				elements.add(attributes);
			}
		}
		return elements;
	}

	private static String text(ZipFile zip, String name) throws IOException {
		ZipArchiveEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new IllegalStateException("no part " + name);
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
