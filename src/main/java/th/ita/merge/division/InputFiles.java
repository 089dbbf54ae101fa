package th.ita.merge.division;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of the input folder that the merge reads, in name order: everything but the plan
 * itself, hidden files and the lock files ("~$…") that Excel leaves beside an open workbook.
 * Files of any kind are listed, so a Word file sent by mistake is reported rather than ignored.
 */
public final class InputFiles {

	private InputFiles() {
	}

	public static List<Path> list(Path folder, Path plan) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !isSameFile(file, plan))
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.filter((file) -> !file.getFileName().toString().startsWith("~$"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
