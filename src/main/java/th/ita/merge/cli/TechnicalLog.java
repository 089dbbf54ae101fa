package th.ita.merge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where the details of a failure go for whoever supports the officer: the stack trace the console
 * never shows. It is the merge's log, {@code <output>/.ita-merge/ita-merge.log}, so everything
 * about one output folder is in one file; when that cannot be written (the output folder is
 * often the very thing that failed) the system's temporary folder takes it. Written directly,
 * not through the logging system, which the merge's Spring context has shut down by then.
 */
final class TechnicalLog {

	static final String FILE_NAME = "ita-merge.log";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private TechnicalLog() {
	}

	/** The log of the runs into an output folder. */
	static Path of(Path output) {
		return OutputFolder.work(output).resolve(FILE_NAME);
	}

	/**
	 * Appends the failure with its causes to the log of {@code output} (null when there is no
	 * output folder to speak of); returns the file it went to.
	 */
	static Path record(Path output, Throwable failure) {
		String entry = entry(failure);
		if (output != null) {
			try {
				return append(of(output), entry);
			}
			catch (IOException | RuntimeException ex) {
				// the output folder is often what failed: the temporary folder takes the details
			}
		}
		Path fallback = Path.of(System.getProperty("java.io.tmpdir"), FILE_NAME).toAbsolutePath();
		try {
			append(fallback, entry);
		}
		catch (IOException | RuntimeException ex) {
			// nowhere to write: the console line still says what to do
		}
		return fallback;
	}

	private static String entry(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return LocalDateTime.now().format(TIME) + " ERROR [ita-merge command line] " + trace;
	}

	private static Path append(Path log, String entry) throws IOException {
		Files.createDirectories(log.getParent());
		return Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

}
