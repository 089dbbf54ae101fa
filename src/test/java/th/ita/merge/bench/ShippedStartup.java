package th.ita.merge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The start of the tool as it is shipped ({@code mvn package} first): the packaged jar's
 * {@code --version} against the samples' merge (no PDF) into a fresh folder, best of three, for
 * each step that made the start faster, all in one run and taken in turns, so that a busy machine
 * slows every way alike. The last ways, when a newer JDK is given, are a note on that JDK's AOT
 * cache: the tool itself runs on Java 17.
 */
final class ShippedStartup {

	private static final int TRIES = 3;

	/** The launchers' settings for the JVM: a bounded heap, C1 only and the serial collector. */
	private static final List<String> LAUNCHERS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	/** The commands' Spring set-up before lazy initialisation and fewer auto-configurations. */
	private static final Map<String, String> BEFORE = Map.of("SPRING_MAIN_LAZYINITIALIZATION", "false",
			"SPRING_AUTOCONFIGURE_EXCLUDE",
			"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
					+ "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
					+ "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration");

	/** One way of starting the tool: its name, the folder it starts in, its command and environment. */
	private record Way(String name, Path folder, List<String> command, Map<String, String> environment) {

		Way(String name, Path folder, List<String> command) {
			this(name, folder, command, Map.of());
		}

	}

	private ShippedStartup() {
	}

	/**
	 * Prints the table.
	 * @param newerJdk the home of a newer JDK (25 or later) to note its AOT cache, or null
	 */
	static void print(Path newerJdk) throws Exception {
		Path target = Path.of("target").toAbsolutePath();
		Path folder = target.resolve("ita-merge");
		if (!Files.isRegularFile(target.resolve("ita-merge.jar"))) {
			throw new IllegalStateException("run mvn package first: there is no target/ita-merge.jar");
		}
		Path scratch = Files.createTempDirectory("ita-bench-shipped");
		String java = java(Path.of(System.getProperty("java.home")));
		List<Way> ways = new ArrayList<>();
		ways.add(new Way("java -jar, as before: eager, every auto-configuration", target,
				List.of(java, "-jar", "ita-merge.jar"), BEFORE));
		ways.add(new Way("java -jar: lazy, fewer auto-configurations", target, List.of(java, "-jar", "ita-merge.jar")));
		ways.add(new Way("+ the launchers' flags (C1, serial GC)", target, with(java, LAUNCHERS, "-jar", "ita-merge.jar")));
		if (Files.isRegularFile(folder.resolve("ita-merge.jar"))) {
			ways.add(new Way("+ extracted jar (target/ita-merge)", folder, with(java, LAUNCHERS, "-jar", "ita-merge.jar")));
			ways.add(new Way("+ class-data archive: the launcher", folder, launcher(folder)));
		}
		int shipped = ways.size() - 1;
		if (newerJdk != null && Files.isRegularFile(folder.resolve("ita-merge.jar"))) {
			String newer = java(newerJdk);
			Path cache = scratch.resolve("ita-merge.aot");
			train(folder, with(newer, LAUNCHERS, "-XX:AOTCacheOutput=" + cache, "-jar", "ita-merge.jar"), scratch);
			ways.add(new Way("note: " + newerJdk.getFileName() + ", extracted, launchers' flags", folder,
					with(newer, LAUNCHERS, "-jar", "ita-merge.jar")));
			ways.add(new Way("note: " + newerJdk.getFileName() + " + its AOT cache", folder,
					with(newer, LAUNCHERS, "-XX:AOTCache=" + cache, "-jar", "ita-merge.jar")));
		}
		double[] version = new double[ways.size()];
		double[] merge = new double[ways.size()];
		Arrays.fill(version, Double.MAX_VALUE);
		Arrays.fill(merge, Double.MAX_VALUE);
		for (int i = 0; i < TRIES; i++) {
			for (int w = 0; w < ways.size(); w++) {
				version[w] = Math.min(version[w], seconds(ways.get(w), List.of("--version")));
				merge[w] = Math.min(merge[w], seconds(ways.get(w), mergeInto(scratch.resolve(w + "-" + i))));
			}
		}
		System.out.printf("start-up as shipped, best of %d, the ways taken in turns (merge: the samples, no PDF)%n", TRIES);
		System.out.printf("%-58s %9s %7s %6s%n", "way", "--version", "merge", "ratio");
		for (int w = 0; w < ways.size(); w++) {
			System.out.printf("%-58s %8.2fs %6.2fs %5.1f×%n", ways.get(w).name(), version[w], merge[w],
					merge[w] / version[w]);
		}
		System.out.printf("%s: merge %.1f× the jar's own java -jar --version%n", ways.get(shipped).name(),
				merge[shipped] / version[1]);
		Workspace.delete(scratch);
	}

	/** The shipped launcher of this system, which passes a command on (a merge, say) with its flags. */
	private static List<String> launcher(Path folder) {
		boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
		return windows ? List.of("cmd", "/c", folder.resolve("ita-merge.cmd").toString())
				: List.of("sh", folder.resolve("ita-merge.sh").toString());
	}

	/** The training run of the AOT cache: the samples' merge, as the build's class-data archive has. */
	private static void train(Path folder, List<String> command, Path scratch) throws IOException, InterruptedException {
		seconds(new Way("training", folder, command), mergeInto(scratch.resolve("training")));
	}

	private static List<String> mergeInto(Path output) {
		return List.of("merge", "--input", Path.of("samples").toAbsolutePath().toString(), "--output", output.toString());
	}

	private static double seconds(Way way, List<String> arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(way.command());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(way.folder().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("ITA_PDF_ENABLED", "false");
		builder.environment().putAll(way.environment());
		long start = System.nanoTime();
		int status = builder.start().waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		if (status != 0) {
			throw new IllegalStateException(way.name() + " " + arguments + " exited with " + status);
		}
		return seconds;
	}

	private static List<String> with(String java, List<String> flags, String... more) {
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(flags);
		command.addAll(List.of(more));
		return command;
	}

	private static String java(Path home) {
		return home.resolve("bin").resolve("java").toString();
	}

}
