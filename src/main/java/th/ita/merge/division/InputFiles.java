package th.ita.merge.division;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import th.ita.merge.problem.ProblemCode;

/**
 * The files of the input folder that the merge reads, in name order: everything but the plan
 * itself, hidden files and the lock files ("~$…") that Excel leaves beside an open workbook.
 * Files of any kind are listed, so a Word file sent by mistake is reported rather than ignored.
 * What is not a file (a sub-folder, a link to a folder or to nothing, a named pipe) is never
 * opened, and {@link #skipped} names it, so a division's file in a sub-folder is not lost unseen.
 */
public final class InputFiles {

	/** An entry of the input folder that is not a file the merge reads, and what it is. */
	public record Skipped(Path path, Kind kind) {

		/** The Thai words for what it is, from the messages' properties. */
		public String thai() {
			return ProblemCode.phrase("INPUT_KIND." + this.kind.name());
		}

	}

	/** What an entry that is not a file is. */
	public enum Kind {

		FOLDER, LINK_TO_FOLDER, DANGLING_LINK, OTHER

	}

	private InputFiles() {
	}

	public static List<Path> list(Path folder, Path plan) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !isSameFile(file, plan))
				.filter(InputFiles::shown)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The entries of the folder that are neither files nor hidden, in name order. */
	public static List<Skipped> skipped(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter((entry) -> !Files.isRegularFile(entry))
				.filter(InputFiles::shown)
				.sorted()
				.map((entry) -> new Skipped(entry, kind(entry)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Kind kind(Path entry) {
		if (Files.isSymbolicLink(entry)) {
			return !Files.exists(entry) ? Kind.DANGLING_LINK : Files.isDirectory(entry) ? Kind.LINK_TO_FOLDER : Kind.OTHER;
		}
		return Files.isDirectory(entry) ? Kind.FOLDER : Kind.OTHER;
	}

	/** Hidden files and Excel's lock files are passed over without a word. */
	private static boolean shown(Path entry) {
		String name = entry.getFileName().toString();
		return !name.startsWith(".") && !name.startsWith("~$");
	}

	private static boolean isSameFile(Path file, Path plan) {
		try {
			return Files.exists(plan) && Files.isSameFile(file, plan);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
