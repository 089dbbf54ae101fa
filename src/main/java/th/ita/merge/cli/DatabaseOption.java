package th.ita.merge.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import th.ita.merge.merge.MergeLauncher;
import th.ita.merge.problem.ProblemCode;

/**
 * The database that keeps the job repository and the staging tables: by default the H2 history in
 * the output folder's work folder, or with {@code --db-url} a PostgreSQL server a province shares.
 * Its user and password are in the URL ({@code ?user=..&password=..}) or in the environment
 * ({@code SPRING_DATASOURCE_USERNAME}, {@code SPRING_DATASOURCE_PASSWORD}); the URL's own win. A
 * database that cannot be opened is told in one Thai line, its details in the technical log.
 */
class DatabaseOption {

	@Option(names = "--db-url", paramLabel = "ที่อยู่ฐานข้อมูล", converter = UrlConverter.class)
	String url;

	/** The JDBC URL to use: the one given, or the H2 history in {@code work}. */
	String url(Path work) {
		return (this.url != null) ? this.url : MergeLauncher.databaseUrl(work);
	}

	/**
	 * The Spring properties that open the database: its URL and, for PostgreSQL, the platform that
	 * picks the ITA tables' script in PostgreSQL's words (schema-ita-postgresql.sql).
	 */
	String[] properties(Path work) {
		String database = url(work);
		if (DatabaseDriver.fromJdbcUrl(database) == DatabaseDriver.POSTGRESQL) {
			return new String[] { "spring.datasource.url=" + database, "spring.sql.init.platform=postgresql" };
		}
		return new String[] { "spring.datasource.url=" + database };
	}

	/**
	 * The one Thai line for a run that could not open the database, naming it (its password hidden)
	 * and what to check, with its details in the technical log; empty when {@code failure} was not
	 * about opening it.
	 */
	Optional<String> unreachable(Path output, Path work, Throwable failure) {
		if (!cannotConnect(failure)) {
			return Optional.empty();
		}
		Path log = TechnicalLog.record(output, failure);
		return Optional.of(Console.message(ProblemCode.DATABASE_UNREACHABLE, hidePassword(url(work)), log.toString()));
	}

	/**
	 * Whether a failure was the database's refusal to be opened: no connection (SQL state class 08),
	 * a user or password refused (28), no such database (3D000).
	 */
	static boolean cannotConnect(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")) {
					return true;
				}
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/** A URL fit for the console: its password, if any, replaced by asterisks. */
	static String hidePassword(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

	/** Only the databases whose SQL the tool speaks: H2 and PostgreSQL. */
	static final class UrlConverter implements ITypeConverter<String> {

		@Override
		public String convert(String value) {
			String url = value.strip();
			boolean jdbc = url.toLowerCase(Locale.ROOT).startsWith("jdbc:");
			DatabaseDriver driver = DatabaseDriver.fromJdbcUrl(jdbc ? url : "");
			if (driver != DatabaseDriver.POSTGRESQL && driver != DatabaseDriver.H2) {
				throw new TypeConversionException("not a PostgreSQL or H2 JDBC URL: " + value);
			}
			return url;
		}

	}

}
