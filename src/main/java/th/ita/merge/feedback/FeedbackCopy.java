package th.ita.merge.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ooxml.util.PackageHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.merge.io.AtomicFiles;
import th.ita.merge.problem.Problem;

/**
 * The feedback copy of a division's file ({@code <output>/feedback/<file name>}): the division's
 * own workbook with every problem cell highlighted and commented in Thai, behind a first sheet
 * that lists every problem with a link to its cell. The copy is made from the bytes the merge
 * already read, so the original is not read again, and it is written atomically. It is made part
 * by part ({@link PackageCopy}): the few parts it changes are edited in their own XML and the rest
 * copied as they came, at a small part of the cost of opening the workbook; a package that way
 * does not know how to edit goes through POI's workbook model, which then parses only the sheets
 * it changes ({@link UntouchedParts}). Files without problems, and files that cannot be opened
 * safely, get no copy.
 */
public final class FeedbackCopy {

	private static final Logger LOGGER = LoggerFactory.getLogger(FeedbackCopy.class);

	/** The folder under the output folder that holds the feedback copies. */
	public static final String FOLDER = "feedback";

	private FeedbackCopy() {
	}

	/**
	 * Where the feedback copy of an input file goes, relative to the output folder, as a URI
	 * reference: Thai letters and spaces percent-encoded, as links in a workbook must be.
	 */
	public static String relativeUri(String file) {
		StringBuilder uri = new StringBuilder(FOLDER).append('/');
		for (byte b : file.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				uri.append(c);
			}
			else {
				uri.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return uri.toString();
	}

	/**
	 * Writes the feedback copy of the file {@code name}, whose bytes are {@code content}, into
	 * {@code outputFolder/feedback}, when the file has problems and every one of them still lets the
	 * file be opened. A copy left by an earlier run for a file that no longer gets one is removed,
	 * so no stale advice remains.
	 * @return the copy written, empty when none is due
	 */
	public static Optional<Path> write(String name, byte[] content, Path outputFolder, List<Problem> problems)
			throws IOException {
		Path target = outputFolder.resolve(FOLDER).resolve(name);
		if (problems.isEmpty() || problems.stream().anyMatch((problem) -> !problem.code().allowsFeedbackCopy())) {
			Files.deleteIfExists(target);
			return Optional.empty();
		}
		ZipParts copy;
		try {
			copy = PackageCopy.of(content, problems);
		}
		catch (UnusualPackage ex) {
			LOGGER.debug("The feedback copy of {} goes through the workbook model: {}", name, ex.getMessage());
			throughWorkbookModel(content, problems, target);
			return Optional.of(target);
		}
		catch (RuntimeException ex) {
			// a package the part edits should have known: the division still gets its copy
			LOGGER.warn("The feedback copy of {} goes through the workbook model", name, ex);
			throughWorkbookModel(content, problems, target);
			return Optional.of(target);
		}
		try (copy) {
			AtomicFiles.write(target, copy::writeTo);
		}
		return Optional.of(target);
	}

	/** The copy made by opening the division's workbook with POI's model: for what the package copy does not edit. */
	private static void throughWorkbookModel(byte[] content, List<Problem> problems, Path target) throws IOException {
		OPCPackage pkg = PackageHelper.open(new ByteArrayInputStream(content));
		UntouchedParts untouched = UntouchedParts.swap(pkg, problems.stream().map(Problem::sheet).toList());
		try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
			new Marker(workbook).mark(problems);
			ProblemListSheet.write(workbook, problems);
			untouched.restore(workbook);
			AtomicFiles.write(target, workbook::write);
		}
	}

	/** Highlights and comments problem cells, with one highlighted style per original style. */
	private static final class Marker {

		private final XSSFWorkbook workbook;

		private final Map<String, XSSFCellStyle> highlighted = new HashMap<>();

		private final Map<XSSFSheet, XSSFDrawing> drawings = new HashMap<>();

		Marker(XSSFWorkbook workbook) {
			this.workbook = workbook;
		}

		void mark(List<Problem> problems) {
			for (Problem problem : problems) {
				XSSFSheet sheet = problem.sheet().isEmpty() ? null : this.workbook.getSheet(problem.sheet());
				if (sheet == null || problem.cell().isEmpty()) {
					continue;
				}
				CellReference ref = new CellReference(problem.cell());
				XSSFRow row = (sheet.getRow(ref.getRow()) != null) ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
				XSSFCell cell = (row.getCell(ref.getCol()) != null) ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
				cell.setCellStyle(highlight(cell.getCellStyle(), problem.isError()));
				comment(sheet, cell, problem);
			}
		}

		private XSSFCellStyle highlight(XSSFCellStyle original, boolean error) {
			String key = original.getIndex() + (error ? "e" : "w");
			return this.highlighted.computeIfAbsent(key, (k) -> {
				XSSFCellStyle style = this.workbook.createCellStyle();
				style.cloneStyleFrom(original);
				style.setFillForegroundColor((error ? IndexedColors.ROSE : IndexedColors.LIGHT_ORANGE).getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				return style;
			});
		}

		private void comment(XSSFSheet sheet, XSSFCell cell, Problem problem) {
			String text = problem.severity().thai() + ": " + problem.message();
			XSSFComment existing = cell.getCellComment();
			if (existing != null) {
				existing.setString(existing.getString().getString() + "\n\n" + text);
				return;
			}
			XSSFDrawing drawing = this.drawings.computeIfAbsent(sheet, XSSFSheet::createDrawingPatriarch);
			ClientAnchor anchor = this.workbook.getCreationHelper().createClientAnchor();
			anchor.setCol1(cell.getColumnIndex() + 1);
			anchor.setCol2(cell.getColumnIndex() + 4);
			anchor.setRow1(cell.getRowIndex());
			anchor.setRow2(cell.getRowIndex() + 6);
			XSSFComment comment = drawing.createCellComment(anchor);
			comment.setString(this.workbook.getCreationHelper().createRichTextString(text));
			comment.setAuthor("ITA Merge");
			cell.setCellComment(comment);
		}

	}

}
