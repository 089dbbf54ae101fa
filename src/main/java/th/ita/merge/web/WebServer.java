package th.ita.merge.web;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import th.ita.merge.ItaMergeApplication;
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

	/**
	 * Starts the server and returns once it listens.
	 * @param logFile the technical log the server writes to
	 */
	public static ConfigurableApplicationContext start(Settings settings, Path logFile) {
		Path work = settings.output().toAbsolutePath().resolve(MergeOutputs.WORK_FOLDER);
		long cap = settings.maxFileSize().toBytes();
		// as arguments, which outrank application.properties (where the commands turn the web off)
		return new SpringApplicationBuilder(ItaMergeApplication.class).web(WebApplicationType.SERVLET)
			.run(arguments(settings, work, cap, logFile));
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
