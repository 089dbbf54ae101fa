package th.ita.merge.merge.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Makes the job repository's tables in the history database when they are not there yet, and
 * leaves them alone when they are. Spring Batch's own script creates them without "IF NOT EXISTS",
 * so running it on every start would fail and fill the history's trace file. Made at start-up even
 * when the merge starts its beans lazily: no bean asks for it, yet the job repository needs it.
 * The script is Spring Batch's for the database found: H2 (an output folder's own history) or
 * PostgreSQL (a server given with --db-url).
 */
@Component
@Lazy(false)
class BatchSchema implements InitializingBean {

	private static final String SCRIPTS = "org/springframework/batch/core/";

	private final DataSource dataSource;

	BatchSchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		String script;
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData database = connection.getMetaData();
			if (exists(database, connection.getSchema(), "BATCH_JOB_INSTANCE")) {
				return;
			}
			script = isPostgres(database) ? "schema-postgresql.sql" : "schema-h2.sql";
		}
		new ResourceDatabasePopulator(new ClassPathResource(SCRIPTS + script)).execute(this.dataSource);
	}

	private static boolean isPostgres(DatabaseMetaData database) throws SQLException {
		return database.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
	}

	/**
	 * Whether a table is in the schema the connection works in (on a shared server, another schema
	 * may have its own), by its name as the database keeps it: H2 keeps unquoted names in upper
	 * case, PostgreSQL in lower case.
	 */
	private static boolean exists(DatabaseMetaData database, String schema, String table) throws SQLException {
		String name = database.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
		try (ResultSet tables = database.getTables(null, schema, name, new String[] { "TABLE" })) {
			return tables.next();
		}
	}

}
