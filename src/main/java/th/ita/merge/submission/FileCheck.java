package th.ita.merge.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/**
 * The checks a file passes before it is opened as a workbook: not empty, not larger than any
 * template could be, and an Office Open XML zip by its first bytes rather than by its name. Old
 * .xls files and password-protected workbooks are both OLE2 containers and are told apart by
 * what the container holds. The file is only ever read.
 */
public final class FileCheck {

	/** The cap used when none is configured: far above any template, far below harm. */
	public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

	private final long maxBytes;

	public FileCheck(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The problem that keeps this file from being opened, if there is one. */
	public Optional<Problem> check(Path file, Location where) {
		try {
			long size = Files.size(file);
			if (size == 0) {
				return Optional.of(Problem.of(ProblemCode.EMPTY_FILE, where, "0"));
			}
			if (size > this.maxBytes) {
				return Optional.of(Problem.of(ProblemCode.FILE_TOO_LARGE, where, Long.toString(size),
						Long.toString(this.maxBytes)));
			}
			FileMagic magic = FileMagic.valueOf(file.toFile());
			return switch (magic) {
				case OOXML -> Optional.empty();
				case OLE2 -> ole2(file, where);
				case BIFF2, BIFF3, BIFF4 -> Optional.of(Problem.of(ProblemCode.OLD_EXCEL_FORMAT, where, ""));
				default -> Optional.of(Problem.of(ProblemCode.NOT_EXCEL, where, "", kind(magic)));
			};
		}
		catch (IOException ex) {
			return Optional.of(Problem.of(ProblemCode.FILE_UNREADABLE, where, ""));
		}
	}

	/** An OLE2 container: an encrypted workbook, an old .xls, or a Word or other Office file. */
	private static Optional<Problem> ole2(Path file, Location where) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
				return Optional.of(Problem.of(ProblemCode.PASSWORD_PROTECTED, where, ""));
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return Optional.of(Problem.of(ProblemCode.OLD_EXCEL_FORMAT, where, ""));
			}
			return Optional.of(Problem.of(ProblemCode.NOT_EXCEL, where, "", "เอกสาร Office ชนิดอื่น เช่น Word"));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of(Problem.of(ProblemCode.FILE_UNREADABLE, where, ""));
		}
	}

	private static String kind(FileMagic magic) {
		return switch (magic) {
			case PDF -> "ไฟล์ PDF";
			case HTML -> "หน้าเว็บ HTML";
			case XML -> "ไฟล์ XML เช่น Excel 2003 XML";
			case JPEG, PNG, GIF, TIFF, BMP, EMF, WMF -> "ไฟล์รูปภาพ";
			case RTF -> "เอกสาร RTF";
			default -> "ไม่รู้จักชนิดของไฟล์";
		};
	}

}
