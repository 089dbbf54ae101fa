package th.ita.merge.division.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

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
		FileMagic magic = FileMagic.valueOf(content);
		return switch (magic) {
			case OOXML -> Optional.empty();
			case OLE2 -> ole2(content, where);
			case BIFF2, BIFF3, BIFF4 -> Optional.of(Problem.of(ProblemCode.OLD_EXCEL_FORMAT, where, ""));
			default -> Optional.of(Problem.of(ProblemCode.NOT_EXCEL, where, "", FileKind.of(magic).thai()));
		};
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
