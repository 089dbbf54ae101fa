package th.ita.merge.merge.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

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
 */
@Component
@Lazy(false)
class BatchSchema implements InitializingBean {

	private static final String SCRIPT = "org/springframework/batch/core/schema-h2.sql";

	private final DataSource dataSource;

	BatchSchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		if (!exists("BATCH_JOB_INSTANCE")) {
			new ResourceDatabasePopulator(new ClassPathResource(SCRIPT)).execute(this.dataSource);
		}
	}

	private boolean exists(String table) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] { "TABLE" })) {
			return tables.next();
		}
	}

}
