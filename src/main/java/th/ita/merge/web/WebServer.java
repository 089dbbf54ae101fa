package th.ita.merge.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.util.unit.DataSize;

import th.ita.merge.ItaMergeApplication;
import th.ita.merge.io.OutputLock;
import th.ita.merge.merge.MergeLauncher;
import th.ita.merge.merge.MergeOutputs;

/**
 * The office's web page ({@code serve}): the same application as the commands, started as a web
 * server on the same input and output folders. The pages, the security and the stores behind them
 * are in {@code web.internal}, each bean there only in a web application, so the commands start
 * as light as before.
 */
public final class WebServer {

	/** Where the pages work and on which port: the folders are the commands' own. */
	public record Settings(Path input, Path output, int port, DataSize maxFileSize) {

		/** The web page's own files: the officer's uploads, each run's outputs. */
		public Path dataFolder() {
			return this.output.toAbsolutePath().resolve(MergeOutputs.WORK_FOLDER).resolve("web");
		}

	}

	private WebServer() {
	}

	/** The output folder is taken by a command (or another web page) running on it. */
	public static final class FolderInUseException extends Exception {

		FolderInUseException(Path output) {
			super("The output folder " + output + " is in use");
		}

	}

	/**
	 * Starts the server and returns once it listens. The server holds the output folder, as a
	 * command does while it runs, until it is closed: the history database is opened by one process
	 * at a time, and a {@code merge} typed meanwhile is told in Thai to use the page.
	 * @param logFile the technical log the server writes to
	 */
	public static ConfigurableApplicationContext start(Settings settings, Path logFile)
			throws FolderInUseException, IOException {
		Path work = settings.output().toAbsolutePath().resolve(MergeOutputs.WORK_FOLDER);
		OutputLock lock = OutputLock.take(work).orElseThrow(() -> new FolderInUseException(settings.output()));
		long cap = settings.maxFileSize().toBytes();
		ConfigurableApplicationContext context;
		try {
			// as arguments, which outrank application.properties (where the commands turn the web off)
			context = new SpringApplicationBuilder(ItaMergeApplication.class).web(WebApplicationType.SERVLET)
				.run(arguments(settings, work, cap, logFile));
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				lock.close();
			}
		});
		return context;
	}

	private static String[] arguments(Settings settings, Path work, long cap, Path logFile) {
		return Stream.of(properties(settings, work, cap, logFile)).map((property) -> "--" + property)
			.toArray(String[]::new);
	}

	/** The settings of the web server, over those of the commands. */
	public static String[] properties(Settings settings, Path work, long cap, Path logFile) {
		return new String[] { "spring.main.web-application-type=servlet", "spring.autoconfigure.exclude=",
				"server.port=" + settings.port(),
				"spring.datasource.url=" + MergeLauncher.databaseUrl(work), "logging.file.name=" + logFile,
				"ita.max-file-bytes=" + cap + "B", "ita.web.input=" + settings.input().toAbsolutePath(),
				"ita.web.output=" + settings.output().toAbsolutePath(),
				// a file over the cap is answered with a Thai page, not a dropped connection
				"spring.servlet.multipart.max-file-size=" + cap + "B",
				"spring.servlet.multipart.max-request-size=" + (cap + 1_048_576) + "B",
				"server.tomcat.max-swallow-size=-1" };
	}

}
