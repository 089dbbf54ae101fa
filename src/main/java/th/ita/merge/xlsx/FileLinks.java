package th.ita.merge.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlinks;

/**
 * Links from the cells of a sheet to places in other files, held small until the workbook is
 * written. A sheet keeps its links until then, even a streamed one, and POI makes each link an XML
 * document of its own, some 3 KB: a merge of 3,200 divisions' problems, each linked to its cell in
 * the division's feedback copy, held 27 MB of them at its peak. Here every link is an element of one
 * document, and the links to one file share its relationship; the sheet written is the same.
 */
public final class FileLinks {

	private final PackagePart sheet;

	private final CTHyperlinks links = CTHyperlinks.Factory.newInstance();

	private final Map<String, PackageRelationship> files = new HashMap<>();

	public FileLinks(Sheet sheet) {
		XSSFSheet model = (sheet instanceof SXSSFSheet streamed)
				? streamed.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName()) : (XSSFSheet) sheet;
		this.sheet = model.getPackagePart();
	}

	/** Links {@code cell} to {@code location} (such as 'Sheet'!A1) in {@code file}, a relative URI. */
	public void link(Cell cell, String file, String location) {
		PackageRelationship relationship = this.files.computeIfAbsent(file, (target) -> this.sheet
			.addExternalRelationship(target, XSSFRelation.SHEET_HYPERLINKS.getRelation()));
		HeldLink link = new HeldLink(this.links, relationship);
		link.setLocation(location);
		cell.setHyperlink(link);
	}

	/** A link whose XML is an element of the links' one document, its file's relationship made already. */
	private static final class HeldLink extends XSSFHyperlink {

		HeldLink(CTHyperlinks links, PackageRelationship file) {
			super(withId(links, file), file);
		}

		private static CTHyperlink withId(CTHyperlinks links, PackageRelationship file) {
			CTHyperlink element = links.addNewHyperlink();
			element.setId(file.getId());
			return element;
		}

	}

}
