package th.ita.merge.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real small disk for the tests of a full or read-only output folder: a tmpfs mounted on a
 * folder, which needs Linux and the right to mount (root, as on the build machine). Where that
 * is not allowed, {@link #mount} gives nothing and the test is skipped; what such a disk shows is
 * also tested with the failures the operating system gives (see {@code OutputFolderTests}).
 */
final class SmallDisk implements AutoCloseable {

	private final Path folder;

	private SmallDisk(Path folder) {
		this.folder = folder;
	}

	/** A tmpfs of {@code size} (e.g. "4m") on {@code folder}, read-only if asked; empty when mounting is not allowed. */
	static Optional<SmallDisk> mount(Path folder, String size, boolean readOnly) throws IOException {
		Files.createDirectories(folder);
		String options = "size=" + size + (readOnly ? ",ro" : "");
		return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString())
				? Optional.of(new SmallDisk(folder)) : Optional.empty();
	}

	Path folder() {
		return this.folder;
	}

	/**
	 * Fills the disk but for about {@code leftBytes}, with one file that {@link #makeRoom()} removes.
	 */
	void fill(long leftBytes) throws IOException {
		Path filler = filler();
		byte[] block = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(filler)) {
			while (true) {
				out.write(block);
			}
		}
		catch (IOException full) {
			// the disk is full
		}
		try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
			channel.truncate(Math.max(0, channel.size() - leftBytes));
		}
	}

	void makeRoom() throws IOException {
		Files.deleteIfExists(filler());
	}

	private Path filler() {
		return this.folder.resolve("filler");
	}

	@Override
	public void close() throws IOException {
		run("umount", "-l", this.folder.toString());
	}

	private static boolean run(String... command) throws IOException {
		List<String> line = new ArrayList<>(List.of(command));
		try {
			Process process = new ProcessBuilder(line).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
