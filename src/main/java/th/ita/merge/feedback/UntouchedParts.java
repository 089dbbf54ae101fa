package th.ita.merge.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The parts of a division's file that its feedback copy leaves as they are: the worksheets no
 * problem names that are not the selected tab (which the copy unselects), and the shared strings
 * (the problem list writes its texts in its own cells). POI would parse each into its object model
 * and write it back out unchanged, the larger part of a copy's cost; instead each is swapped for
 * an empty one before the workbook is opened, and its own bytes are put back, to be written as
 * they came, before the copy is saved. Parts a swapped sheet refers to (comments, tables) are
 * left as they came too.
 */
final class UntouchedParts {

	private static final byte[] EMPTY_SHEET = ("<worksheet xmlns=\"" + XSSFRelation.NS_SPREADSHEETML
			+ "\"><sheetData/></worksheet>").getBytes(StandardCharsets.UTF_8);

	private static final byte[] NO_STRINGS = ("<sst xmlns=\"" + XSSFRelation.NS_SPREADSHEETML
			+ "\" count=\"0\" uniqueCount=\"0\"/>").getBytes(StandardCharsets.UTF_8);


	/** Each swapped part's name and its own bytes. */
	private final Map<PackagePartName, byte[]> originals;

	private UntouchedParts(Map<PackagePartName, byte[]> originals) {
		this.originals = originals;
	}

	/**
	 * Swaps the shared strings, and every worksheet of the package that no name in {@code touched}
	 * names (as POI finds sheets: ignoring case) and that selects no tab, for empty ones.
	 */
	static UntouchedParts swap(OPCPackage pkg, Collection<String> touched) throws IOException {
		Map<PackagePartName, byte[]> originals = new LinkedHashMap<>();
		try {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				sheets.next().close();
				PackagePart part = sheets.getSheetPart();
				if (!isTouched(sheets.getSheetName(), touched)
						&& XSSFRelation.WORKSHEET.getContentType().equals(part.getContentType())) {
					byte[] original = bytes(part);
					if (!selectsTab(original)) {
						originals.put(part.getPartName(), original);
					}
				}
			}
			for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
				originals.put(part.getPartName(), bytes(part));
			}
		}
		catch (OpenXML4JException | RuntimeException ex) {
			// a package POI's reader cannot walk: leave every part to the workbook model
			return new UntouchedParts(Map.of());
		}
		for (Map.Entry<PackagePartName, byte[]> swapped : originals.entrySet()) {
			// POI swaps a part read from the zip for one in memory as it is written to
			PackagePart part = pkg.getPart(swapped.getKey());
			replace(part, XSSFRelation.WORKSHEET.getContentType().equals(part.getContentType()) ? EMPTY_SHEET
					: NO_STRINGS);
		}
		return new UntouchedParts(originals);
	}

	/**
	 * Puts the swapped parts' own bytes back into the package and keeps the workbook from writing
	 * their empty stand-ins over them.
	 * @throws IllegalStateException when the workbook wrote into the shared strings after all
	 */
	void restore(XSSFWorkbook workbook) throws IOException {
		List<POIXMLDocumentPart> parts = new ArrayList<>();
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			parts.add(workbook.getSheetAt(i));
		}
		SharedStringsTable strings = workbook.getSharedStringSource();
		if (strings != null && this.originals.containsKey(strings.getPackagePart().getPartName())) {
			if (strings.getUniqueCount() != 0) {
				throw new IllegalStateException("The feedback copy added shared strings");
			}
			parts.add(strings);
		}
		for (POIXMLDocumentPart part : parts) {
			byte[] original = this.originals.get(part.getPackagePart().getPartName());
			if (original != null) {
				replace(part.getPackagePart(), original);
				part.setCommitted(true);
			}
		}
	}

	private static byte[] bytes(PackagePart part) throws IOException {
		try (InputStream in = part.getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static boolean isTouched(String name, Collection<String> touched) {
		return touched.stream().anyMatch(name::equalsIgnoreCase);
	}

	private static void replace(PackagePart part, byte[] content) throws IOException {
		part.clear();
		try (OutputStream out = part.getOutputStream()) {
			out.write(content);
		}
	}

	/**
	 * Whether a sheet's XML may select its tab ({@link SheetEdit#selectsTab}); XML in any other
	 * encoding than UTF-8 (no {@code <} or UTF-8 byte-order mark first) is taken to select it.
	 */
	static boolean selectsTab(byte[] xml) {
		if (xml.length == 0 || (xml[0] != '<' && xml[0] != (byte) 0xEF)) {
			return true;
		}
		return SheetEdit.selectsTab(new String(xml, StandardCharsets.ISO_8859_1));
	}

}
