package th.ita.merge.cli;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Logging for the commands that run without Spring, set up as the merge's is: nothing on the
 * console, which is the officer's, and warnings with their causes in the technical log.
 */
final class CommandLogging {

	private CommandLogging() {
	}

	/** Warnings to {@code log}; POI's notes on the hostile XML it refuses are left out, as the merge does. */
	static void toFile(Path log) {
		LoggingSystem logging = LoggingSystem.get(CommandLogging.class.getClassLoader());
		// set up afresh, whatever ran before in this process
		logging.cleanUp();
		logging.beforeInitialize();
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("ita-merge", Map.of("logging.file.name", log.toString(),
					"logging.threshold.console", "OFF", "logging.threshold.file", "WARN")));
		logging.initialize(new LoggingInitializationContext(environment), null, LogFile.get(environment));
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
		logging.setLogLevel("org.apache.poi.util.XMLHelper", LogLevel.OFF);
		QuietLogbackStatus.removeConsoleListeners();
	}

	/** No logging at all, for a command that logs nothing worth keeping. */
	static void off() {
		LoggingSystem logging = LoggingSystem.get(CommandLogging.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.OFF);
	}

}
