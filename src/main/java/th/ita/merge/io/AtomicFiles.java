package th.ita.merge.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes an output next to its final place and moves it there in one step, so a run that fails
 * half-way, or a reader that opens the file meanwhile, never sees a half-written output: the
 * previous output stays whole until the new one is complete.
 */
public final class AtomicFiles {

	/** Writes the content of a file. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private static final String TEMPORARY = ".tmp";

	/** The name of a file {@link #write} writes before moving it to its place. */
	private static final Pattern TEMPORARY_NAME = Pattern
		.compile("\\.ita-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

	private AtomicFiles() {
	}

	/**
	 * Removes from {@code directory} the files a write left half-done when its process was killed
	 * (a finished or failed write removes its own). Only for a folder the caller holds, so that no
	 * write of another run is under way there; a folder that is not there has none.
	 */
	public static void removeLeftovers(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				if (TEMPORARY_NAME.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	public static void write(Path target, Content content) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		// a name of its own, short whatever the target is called: a 250-byte name plus a suffix
		// would pass the file system's limit
		Path temporary = directory.resolve(".ita-" + UUID.randomUUID() + TEMPORARY);
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
				content.writeTo(out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
