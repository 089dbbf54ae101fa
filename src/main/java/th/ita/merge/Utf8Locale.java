package th.ita.merge;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Thai file names need a JVM that reads the file system's names as UTF-8, and on Linux and macOS
 * the JVM takes that from the locale it starts in: started without one ({@code env -i}, a cron job,
 * some services), it reads "กองคลัง.xlsx" as "?????.xlsx" and can no longer tell two divisions'
 * files apart. Such a JVM starts the same command again in a UTF-8 locale and hands on its exit
 * status. Windows names files in UTF-16 and needs none of this.
 */
final class Utf8Locale {

	/** Set in the second JVM, so it never starts a third. */
	static final String MARK = "ITA_MERGE_UTF8_LOCALE";

	private Utf8Locale() {
	}

	/** Whether this JVM reads file names in another encoding than UTF-8 and can start one that does not. */
	static boolean needed() {
		boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
		String names = System.getProperty("sun.jnu.encoding", "UTF-8");
		return !windows && !names.equalsIgnoreCase("UTF-8") && System.getenv(MARK) == null;
	}

	/** Runs this command again in a UTF-8 locale; its exit status, or empty when it cannot be started. */
	static Optional<Integer> rerun(String[] args) {
		try {
			ProcessBuilder again = new ProcessBuilder(command(args)).inheritIO();
			again.environment().put("LC_ALL", "C.UTF-8");
			again.environment().put(MARK, "1");
			return Optional.of(again.start().waitFor());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/**
	 * The command that started this JVM: the same Java, its options, and the jar or class path and
	 * main class it ran, with the same arguments.
	 */
	private static List<String> command(String[] args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		String classPath = System.getProperty("java.class.path");
		String launched = System.getProperty("sun.java.command", "");
		if (launched.equals(classPath) || launched.startsWith(classPath + " ")) {
			command.addAll(List.of("-jar", classPath));
		}
		else {
			command.addAll(List.of("-cp", classPath, ItaMergeApplication.class.getName()));
		}
		command.addAll(List.of(args));
		return command;
	}

}
