package th.ita.merge.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.problem.ProblemCode;

/**
 * What stops a command from writing into its output folder, in words the officer can act on: a
 * file where the folder should be, a read-only drive, no permission (or an output open in Excel,
 * which Windows reports the same way), a full disk. Checked before any work starts, so a command
 * that cannot write says so before it reads anything; and again when a write fails half-way,
 * from what the folder and the failure show. The operating system's own words are only a hint:
 * they may be in any language, so the state of the folder and of its disk decides first.
 */
final class OutputFolder {

	/** The commands' own folder under the output: the merge's history, the technical log, the lock. */
	static final String WORK = MergeOutputs.WORK_FOLDER;

	/**
	 * Less free space than this when a command failed means the disk is full: the outputs of a run
	 * of hundreds of files take a few megabytes, and the failed run's partial files are already
	 * gone, so the space left is what the run found. Free space decides, not the kind of failure:
	 * the libraries that write do not always pass the operating system's failure on (POI reports
	 * a full disk as "Failed to save: content types part", with no cause).
	 */
	static final long NEARLY_FULL_BYTES = 16L * 1024 * 1024;

	private static final List<String> DISK_FULL_WORDS = List.of("no space left on device", "disk quota exceeded",
			"not enough space on the disk");

	private OutputFolder() {
	}

	/**
	 * What is wrong with an output folder, and the path to name: the file in its way, or the
	 * folder (the nearest one there is, when the output folder is still to be made).
	 */
	record Trouble(ProblemCode code, Path path) {
	}

	static Path work(Path output) {
		return output.toAbsolutePath().resolve(WORK);
	}

	/** What stops writing into {@code folder}, before anything is written; it need not exist yet. */
	static Optional<Trouble> check(Path folder) {
		Path existing = nearestExisting(folder);
		if (!Files.isDirectory(existing)) {
			return Optional.of(new Trouble(ProblemCode.OUTPUT_NOT_A_FOLDER, existing));
		}
		if (readOnly(existing)) {
			return Optional.of(new Trouble(ProblemCode.OUTPUT_READ_ONLY, existing));
		}
		if (!Files.isWritable(existing)) {
			return Optional.of(new Trouble(ProblemCode.OUTPUT_NOT_WRITABLE, existing));
		}
		return Optional.empty();
	}

	/**
	 * Why writing into {@code folder} failed, or empty when neither the folder nor the failure
	 * says it was the folder.
	 */
	static Optional<Trouble> explain(Path folder, Throwable failure) {
		Optional<Trouble> state = check(folder);
		if (state.isPresent()) {
			return state;
		}
		List<Throwable> chain = chain(failure);
		Optional<Path> fileInTheWay = chain.stream().flatMap((cause) -> fileInTheWay(cause).stream()).findFirst();
		if (fileInTheWay.isPresent()) {
			return Optional.of(new Trouble(ProblemCode.OUTPUT_NOT_A_FOLDER, fileInTheWay.get()));
		}
		boolean saysDiskFull = chain.stream().anyMatch(OutputFolder::saysDiskFull);
		if (saysDiskFull || nearlyFull(folder)) {
			Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
			Path full = (!nearlyFull(folder) && nearlyFull(tmp)) ? tmp : folder;
			return Optional.of(new Trouble(ProblemCode.OUTPUT_DISK_FULL, full));
		}
		if (chain.stream().anyMatch((cause) -> concerns(cause, folder))) {
			return Optional.of(new Trouble(ProblemCode.OUTPUT_NOT_WRITABLE, folder));
		}
		return Optional.empty();
	}

	/** The file a folder could not be made over, such as {@code .ita-merge} made a file by hand. */
	private static Optional<Path> fileInTheWay(Throwable cause) {
		if (!(cause instanceof FileAlreadyExistsException exists) || exists.getFile() == null) {
			return Optional.empty();
		}
		Path path = Path.of(exists.getFile()).toAbsolutePath();
		return (Files.exists(path) && !Files.isDirectory(path)) ? Optional.of(path) : Optional.empty();
	}

	private static Path nearestExisting(Path folder) {
		Path path = folder.toAbsolutePath().normalize();
		while (path.getParent() != null && !Files.exists(path)) {
			path = path.getParent();
		}
		return path;
	}

	private static boolean readOnly(Path existing) {
		try {
			return Files.getFileStore(existing).isReadOnly();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean nearlyFull(Path folder) {
		try {
			return Files.getFileStore(nearestExisting(folder)).getUsableSpace() < NEARLY_FULL_BYTES;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean saysDiskFull(Throwable cause) {
		String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
		return DISK_FULL_WORDS.stream().anyMatch(message::contains);
	}

	/** A file system failure on a file in the folder: no permission, or a file another program holds. */
	private static boolean concerns(Throwable cause, Path folder) {
		if (!(cause instanceof FileSystemException failed) || failed.getFile() == null) {
			return false;
		}
		return Path.of(failed.getFile()).toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
	}

	/** The failure, its causes and what it suppressed, each once. */
	private static List<Throwable> chain(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Throwable> pending = new ArrayList<>(List.of(failure));
		List<Throwable> chain = new ArrayList<>();
		while (!pending.isEmpty()) {
			Throwable next = pending.remove(0);
			if (next == null || !seen.add(next)) {
				continue;
			}
			chain.add(next);
			pending.add(next.getCause());
			pending.addAll(List.of(next.getSuppressed()));
		}
		return chain;
	}

}
