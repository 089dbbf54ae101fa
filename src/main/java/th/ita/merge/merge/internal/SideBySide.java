package th.ita.merge.merge.internal;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Two pieces of a run's writing done at once, one on a thread of its own: the outputs that read
 * the same staged rows but write files of their own. Neither outlives the call: when one fails,
 * the other is still waited for, and the first failure is the one thrown.
 */
final class SideBySide {

	/** A piece of writing. */
	@FunctionalInterface
	interface Writing {

		void write() throws IOException;

	}

	private SideBySide() {
	}

	static void run(Writing aside, Writing here) throws IOException {
		Future<Void> other = new SimpleAsyncTaskExecutor("ita-write-").submit(() -> {
			aside.write();
			return null;
		});
		try {
			here.write();
		}
		catch (IOException | RuntimeException | Error ex) {
			try {
				await(other);
			}
			catch (IOException | RuntimeException | Error also) {
				ex.addSuppressed(also);
			}
			throw ex;
		}
		await(other);
	}

	private static void await(Future<Void> other) throws IOException {
		try {
			other.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while the other outputs were written", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IOException(cause);
		}
	}

}
