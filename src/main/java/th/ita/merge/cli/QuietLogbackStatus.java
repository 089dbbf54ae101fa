package th.ita.merge.cli;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.StatusManager;

/**
 * Keeps Logback's complaints about itself off the console. Spring Boot prints them there (a log
 * file that cannot be written on a full disk gives one per line logged), in English and with
 * stack traces; the officer reads only Thai there, and hears of the failure from the command's
 * own one-line answer. Runs right after Spring Boot has set logging up.
 */
final class QuietLogbackStatus implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		removeConsoleListeners();
	}

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

	static void removeConsoleListeners() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			StatusManager statuses = context.getStatusManager();
			statuses.getCopyOfStatusListenerList()
				.stream()
				.filter(OnConsoleStatusListener.class::isInstance)
				.forEach(statuses::remove);
		}
	}

}
