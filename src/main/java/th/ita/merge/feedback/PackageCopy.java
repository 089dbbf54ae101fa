package th.ita.merge.feedback;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import th.ita.merge.problem.Problem;
import th.ita.merge.xlsx.SecureXml;

/**
 * A feedback copy made part by part from the division's package, without its workbook model:
 * the parts it changes (the marked sheets, the selected one, the styles, the workbook and its
 * relationships, the content types) are edited in their own XML, new ones are added (the problem
 * list, each marked sheet's comments and their drawing), and every other part is copied compressed
 * as it came. The result shows what the workbook model's copy shows, cell for cell; a package
 * this does not know how to edit ({@link UnusualPackage}) is left to the model.
 */
final class PackageCopy {

	private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

	private static final String STYLES = Relationships.ID_NAMESPACE + "/styles";

	private final ZipParts zip;

	private final Map<String, String> overrides = new LinkedHashMap<>();

	private PackageCopy(ZipParts zip) {
		this.zip = zip;
	}

	/**
	 * The copy of a division's package with its problems marked and listed, ready to be written;
	 * the caller closes it.
	 */
	static ZipParts of(byte[] content, List<Problem> problems) throws IOException, UnusualPackage {
		ZipParts zip = ZipParts.open(content);
		try {
			new PackageCopy(zip).edit(problems);
			return zip;
		}
		catch (IOException | UnusualPackage | RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	private void edit(List<Problem> problems) throws IOException, UnusualPackage {
		ContentTypes types = new ContentTypes(this.zip.text(ContentTypes.PART));
		keepParts(types);
		String workbookPart = officeDocument();
		String workbookRels = Relationships.partOf(workbookPart);
		List<Relationships.Relationship> relationships = Relationships.read(workbookPart, this.zip.text(workbookRels));
		WorkbookEdit workbook = new WorkbookEdit(this.zip.text(workbookPart));
		String stylesPart = target(relationships, STYLES, null);
		if (stylesPart == null) {
			throw new UnusualPackage("no styles");
		}
		StylesEdit styles = new StylesEdit(this.zip.text(stylesPart));
		List<String> names = workbook.sheets().stream().map(WorkbookEdit.Sheet::name).toList();
		int drawings = 0;
		for (WorkbookEdit.Sheet sheet : workbook.sheets()) {
			String part = target(relationships, Relationships.WORKSHEET, sheet.relationshipId());
			if (part == null) {
				continue;
			}
			Map<String, List<Problem>> cells = cells(sheet.name(), problems);
			if (!cells.isEmpty()) {
				mark(part, cells, styles, ++drawings);
			}
			else if (SheetEdit.selectsTab(this.zip.head(part, "sheetData"))) {
				this.zip.put(part, SheetEdit.edit(this.zip.text(part), styles, new TreeMap<>(), null));
			}
		}
		int[] looks = styles.looks();
		this.zip.put(stylesPart, styles.xml());
		String name = ProblemListXml.name(names);
		String listPart = unused("xl/worksheets/sheet%d.xml");
		String id = Relationships.newId(relationships, List.of());
		this.zip.put(listPart,
				ProblemListXml.xml(problems, looks, (sheet) -> !sheet.isEmpty() && ProblemListXml.contains(names, sheet)));
		this.overrides.put(listPart, WORKSHEET_TYPE);
		this.zip.put(workbookRels, Relationships.with(this.zip.text(workbookRels), id, Relationships.WORKSHEET,
				Relationships.relative(workbookPart, listPart)));
		this.zip.put(workbookPart, workbook.xml(name, id, problems.size()));
		this.zip.put(ContentTypes.PART, types.with(this.overrides));
	}

	/**
	 * Leaves out of the copy what the workbook model leaves out: zip entries that are no part (a
	 * folder, a name no part can have); refuses what it refuses, or does not edit: a part without a
	 * content type, document properties that are no XML, drawings of comments of the division's own.
	 */
	private void keepParts(ContentTypes types) throws IOException, UnusualPackage {
		for (String entry : this.zip.parts()) {
			if (entry.equalsIgnoreCase(ContentTypes.PART)) {
				continue;
			}
			if (entry.endsWith("/") || entry.startsWith("[trash]") || !isPartName(entry)) {
				this.zip.drop(entry);
				continue;
			}
			String type = types.of(entry);
			if (type == null) {
				throw new UnusualPackage("a part without a content type: " + entry);
			}
			if (type.equals(CommentParts.VML_TYPE) || entry.toLowerCase(Locale.ROOT).endsWith(".vml")) {
				throw new UnusualPackage("drawings of comments of its own");
			}
			if (type.endsWith("-properties+xml")) {
				wellFormed(entry);
			}
		}
	}

	private static boolean isPartName(String entry) {
		try {
			PackagingURIHelper.createPartName(ZipHelper.getOPCNameFromZipItemName(entry));
			return true;
		}
		catch (InvalidFormatException | RuntimeException ex) {
			return false;
		}
	}

	private void wellFormed(String part) throws IOException, UnusualPackage {
		try {
			SecureXml.parse(new InputSource(new StringReader(this.zip.text(part))), new DefaultHandler());
		}
		catch (SAXException ex) {
			throw new UnusualPackage("document properties that are no XML: " + part);
		}
	}

	/** The problems of a sheet that name a cell, by cell address, in the order found. */
	private static Map<String, List<Problem>> cells(String sheet, List<Problem> problems) throws UnusualPackage {
		Map<String, List<Problem>> cells = new LinkedHashMap<>();
		for (Problem problem : problems) {
			if (!problem.cell().isEmpty() && sheet.equalsIgnoreCase(problem.sheet())) {
				int[] cell = SheetEdit.cell(problem.cell());
				cells.computeIfAbsent(SheetEdit.column(cell[1]) + cell[0], (key) -> new ArrayList<>()).add(problem);
			}
		}
		return cells;
	}

	/** Highlights the problem cells of a sheet and adds their comments, the {@code drawing}th drawing of comments. */
	private void mark(String part, Map<String, List<Problem>> cells, StylesEdit styles, int drawing)
			throws IOException, UnusualPackage {
		String relsPart = Relationships.partOf(part);
		String rels = this.zip.has(relsPart) ? this.zip.text(relsPart) : null;
		List<Relationships.Relationship> relationships = (rels != null) ? Relationships.read(part, rels) : List.of();
		if (relationships.stream()
			.anyMatch((r) -> r.type().equals(Relationships.COMMENTS) || r.type().equals(Relationships.VML_DRAWING))) {
			throw new UnusualPackage("a marked sheet with comments of its own");
		}
		String commentsPart = unused("xl/comments%d.xml");
		String vmlPart = unused("xl/drawings/vmlDrawing%d.vml");
		String commentsId = Relationships.newId(relationships, List.of());
		String vmlId = Relationships.newId(relationships, List.of(commentsId));
		rels = Relationships.with(rels, commentsId, Relationships.COMMENTS, Relationships.relative(part, commentsPart));
		rels = Relationships.with(rels, vmlId, Relationships.VML_DRAWING, Relationships.relative(part, vmlPart));
		NavigableMap<Integer, NavigableMap<Integer, Boolean>> marks = new TreeMap<>();
		for (Map.Entry<String, List<Problem>> cell : cells.entrySet()) {
			int[] at = SheetEdit.cell(cell.getKey());
			List<Problem> its = cell.getValue();
			marks.computeIfAbsent(at[0], (row) -> new TreeMap<>()).put(at[1], its.get(its.size() - 1).isError());
		}
		this.zip.put(part, SheetEdit.edit(this.zip.text(part), styles, marks, vmlId));
		this.zip.put(relsPart, rels);
		this.zip.put(commentsPart, CommentParts.comments(cells));
		this.zip.put(vmlPart, CommentParts.vml(cells.keySet(), drawing));
		this.overrides.put(commentsPart, CommentParts.COMMENTS_TYPE);
		this.overrides.put(vmlPart, CommentParts.VML_TYPE);
	}

	/** The workbook's part name, from the package's relationships. */
	private String officeDocument() throws IOException, UnusualPackage {
		String part = target(Relationships.read("", this.zip.text("_rels/.rels")), Relationships.OFFICE_DOCUMENT, null);
		if (part == null) {
			throw new UnusualPackage("no workbook");
		}
		return part;
	}

	/** The part a relationship of a type (and id, when not null) leads to; null when none does. */
	private String target(List<Relationships.Relationship> relationships, String type, String id)
			throws UnusualPackage {
		for (Relationships.Relationship relationship : relationships) {
			if (relationship.type().equals(type) && (id == null || id.equals(relationship.id()))) {
				if (relationship.external() || !this.zip.has(relationship.target())) {
					throw new UnusualPackage("a relationship to a part it does not hold");
				}
				return relationship.target();
			}
		}
		return null;
	}

	/** A part name of the pattern that the package does not use yet. */
	private String unused(String pattern) {
		for (int n = 1;; n++) {
			String part = String.format(Locale.ROOT, pattern, n);
			if (!this.zip.has(part)) {
				return part;
			}
		}
	}

}
