package th.ita.merge.division.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import th.ita.merge.docx.OwnDocuments;
import th.ita.merge.problem.ErrorLog;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/**
 * The checks a file passes before it is opened as a workbook: not empty, not larger than any
 * template could be (both told from its size, before a byte is read), and an Office Open XML zip
 * by its first bytes rather than by its name. Old .xls files and password-protected workbooks are
 * both OLE2 containers and are told apart by what the container holds.
 */
public final class FileCheck {

	/** How much of each part is searched for a DTD: a declaration stands before the root element. */
	private static final int PART_HEAD = 64 * 1024;

	private final long maxBytes;

	public FileCheck(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The problem that keeps a file of this size from being read, if there is one. */
	public Optional<Problem> checkSize(long size, Location where) {
		if (size == 0) {
			return Optional.of(Problem.of(ProblemCode.EMPTY_FILE, where, "0"));
		}
		if (size > this.maxBytes) {
			return Optional.of(Problem.of(ProblemCode.FILE_TOO_LARGE, where, Long.toString(size),
					Long.toString(this.maxBytes)));
		}
		return Optional.empty();
	}

	/** The problem that keeps these bytes from being opened as a workbook, if there is one. */
	public Optional<Problem> checkContent(byte[] content, Location where) {
		if (isErrorLog(content) || OwnDocuments.isOwn(content)) {
			return Optional.of(Problem.of(ProblemCode.OWN_OUTPUT_AMONG_INPUTS, where, ""));
		}
		FileMagic magic = FileMagic.valueOf(content);
		return switch (magic) {
			case OOXML -> declaresXml(content) ? Optional.of(Problem.of(ProblemCode.UNSAFE_XML, where, ""))
					: Optional.empty();
			case OLE2 -> ole2(content, where);
			case BIFF2, BIFF3, BIFF4 -> Optional.of(Problem.of(ProblemCode.OLD_EXCEL_FORMAT, where, ""));
			default -> Optional.of(Problem.of(ProblemCode.NOT_EXCEL, where, "", FileKind.of(magic).thai()));
		};
	}

	/** The merge's own error log, by its byte-order mark and first header. */
	private static boolean isErrorLog(byte[] content) {
		byte[] head = ("\uFEFF" + ErrorLog.HEADERS.get(0)).getBytes(StandardCharsets.UTF_8);
		return content.length >= head.length && Arrays.equals(content, 0, head.length, head, 0, head.length);
	}

	/**
	 * Whether any XML part of the package declares a DTD or entities, which Excel never writes:
	 * POI refuses them in the parts it parses, and this answers the same for the parts it does not
	 * (document properties, drawings), so one rule holds for the whole file. Only the head of each
	 * part is read; a package that cannot be walked is left to the workbook reader to refuse.
	 */
	private static boolean declaresXml(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if ((name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml"))
						&& declares(zip.readNBytes(PART_HEAD))) {
					return true;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		return false;
	}

	/** Whether the bytes hold {@code <!DOCTYPE} or {@code <!ENTITY}, in any case of letters. */
	static boolean declares(byte[] head) {
		for (int i = 0; i + 1 < head.length; i++) {
			if (head[i] == '<' && head[i + 1] == '!' && (spells(head, i + 2, "DOCTYPE") || spells(head, i + 2, "ENTITY"))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the bytes at {@code at} spell the word, ignoring the case of its ASCII letters. */
	private static boolean spells(byte[] bytes, int at, String word) {
		if (at + word.length() > bytes.length) {
			return false;
		}
		for (int k = 0; k < word.length(); k++) {
			// clearing bit 5 upper-cases an ASCII letter and turns nothing else into one
			if ((bytes[at + k] & 0xDF) != word.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	/** An OLE2 container: an encrypted workbook, an old .xls, or a Word or other Office file. */
	private static Optional<Problem> ole2(byte[] content, Location where) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
				return Optional.of(Problem.of(ProblemCode.PASSWORD_PROTECTED, where, ""));
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return Optional.of(Problem.of(ProblemCode.OLD_EXCEL_FORMAT, where, ""));
			}
			return Optional.of(Problem.of(ProblemCode.NOT_EXCEL, where, "", FileKind.OFFICE.thai()));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of(Problem.of(ProblemCode.FILE_UNREADABLE, where, ""));
		}
	}

}
