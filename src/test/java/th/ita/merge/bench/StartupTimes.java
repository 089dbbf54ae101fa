package th.ita.merge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import th.ita.merge.ItaMergeApplication;

/**
 * The start of a fresh JVM, best of three: the tool's {@code --version} against the samples'
 * merge (no PDF, so LibreOffice's own start does not count), on this JVM's class path.
 */
final class StartupTimes {

	private static final int TRIES = 3;

	private StartupTimes() {
	}

	static void print() throws Exception {
		double version = best(List.of("--version"));
		Path output = Files.createTempDirectory("ita-bench-startup");
		double merge = best(List.of("merge", "--input", "samples", "--output", output.toString()));
		System.out.printf("start-up (best of %d): --version %.2f s, samples' merge %.2f s, ratio %.1f%n", TRIES, version,
				merge, merge / version);
	}

	private static double best(List<String> arguments) throws IOException, InterruptedException {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < TRIES; i++) {
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Dita.pdf.enabled=false", "-cp", System.getProperty("java.class.path"),
					ItaMergeApplication.class.getName()));
			command.addAll(arguments);
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			int status = process.waitFor();
			double seconds = (System.nanoTime() - start) / 1e9;
			if (status != 0) {
				throw new IllegalStateException(arguments + " exited with " + status);
			}
			best = Math.min(best, seconds);
		}
		return best;
	}

}
