package th.ita.merge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * The smallest heap a merge of a folder finishes in, found by halving in fresh JVMs given the
 * launchers' flags (serial collector, C1) and {@code -Xmx}: what a run keeps alive at its highest,
 * garbage not counted, which the heap in use at -Xmx256m (as much garbage as the collector lets
 * pile up) does not tell. The serial collector's old generation must hold that, so the figure is
 * also the least the launchers could pass.
 */
final class SmallestHeap {

	/** Megabytes: where the halving starts, and how close it goes. */
	private static final int LEAST = 16;

	private static final int MOST = 512;

	private static final int STEP = 2;

	private SmallestHeap() {
	}

	/**
	 * The smallest -Xmx, in megabytes, the merge of {@code input} finishes in, to {@value #STEP} MB,
	 * within {@code limit}: a heap so tight that the run collects garbage most of the time, or that
	 * a thread ran out of and left the run hanging, is no heap to give it.
	 */
	static int megabytes(Path input, Path work, Duration limit) throws IOException, InterruptedException {
		int fails = LEAST;
		int finishes = MOST;
		while (finishes - fails > STEP) {
			int middle = (fails + finishes) / 2;
			if (merges(input, work.resolve("smallest-heap-" + middle), middle, limit)) {
				finishes = middle;
			}
			else {
				fails = middle;
			}
		}
		return finishes;
	}

	private static boolean merges(Path input, Path output, int megabytes, Duration limit)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + megabytes + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), "th.ita.merge.ItaMergeApplication", "merge", "--input",
				input.toString(), "--output", output.toString()));
		Process merge = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!merge.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
				merge.destroyForcibly().waitFor();
				return false;
			}
			// 0 every file merged, 2 some with errors: either way the outputs were written
			return merge.exitValue() == 0 || merge.exitValue() == 2;
		}
		finally {
			FileSystemUtils.deleteRecursively(output);
			Files.deleteIfExists(output);
		}
	}

}
