package th.ita.merge.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output folder taken by one run. The merge keeps its history database there and, like
 * {@code validate}, writes and removes feedback copies: two runs at once would find the database
 * in use or leave copies that match neither run. A second run is refused at once rather than
 * made to wait: a run takes a minute at most, and an officer told that another run is writing
 * there knows what is happening, where a command that silently waits looks hung.
 * <p>
 * The lock is the operating system's ({@link FileChannel#tryLock()} on
 * {@code <output>/.ita-merge/lock}), so it goes when the process ends, however it ends: the file
 * itself stays and means nothing. Taking it also proves the folder can be written before any work
 * starts.
 */
public final class OutputLock implements AutoCloseable {

	public static final String FILE_NAME = "lock";

	private static final Logger LOGGER = LoggerFactory.getLogger(OutputLock.class);

	private final FileChannel channel;

	private final FileLock lock;

	private OutputLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * The folder taken for this run, or empty when another run, of this process or another, holds it.
	 * @param workFolder the output folder's own work folder ({@code .ita-merge}), made when missing
	 */
	public static Optional<OutputLock> take(Path workFolder) throws IOException {
		Path work = Files.createDirectories(workFolder);
		FileChannel channel = FileChannel.open(work.resolve(FILE_NAME), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock = null;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// another run in this same process holds it
		}
		finally {
			if (lock == null) {
				channel.close();
			}
		}
		return Optional.ofNullable(lock).map((taken) -> new OutputLock(channel, taken));
	}

	/** Gives the folder back; should that fail, the lock still goes when the process ends. */
	@Override
	public void close() {
		try {
			this.channel.close();
		}
		catch (IOException ex) {
			LOGGER.warn("Could not release {}", this.lock, ex);
		}
	}

}
