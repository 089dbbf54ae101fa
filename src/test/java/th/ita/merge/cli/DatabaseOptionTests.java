package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import picocli.CommandLine;
import th.ita.merge.Fixtures;
import th.ita.merge.PostgresServer;

/**
 * {@code --db-url}: which database the merge opens, with which properties, and the one Thai line
 * when it cannot be opened; and that the H2 history of an earlier version still opens without it.
 */
class DatabaseOptionTests {

	@TempDir
	private Path work;

	@Test
	void opensTheOutputFoldersH2HistoryWithItsOwnAccountByDefault() {
		String[] properties = option().properties(this.work);
		assertThat(properties).hasSize(1);
		assertThat(properties[0]).startsWith("spring.datasource.url=jdbc:h2:file:").endsWith(";USER=sa;PASSWORD=");
	}

	@Test
	void picksThePostgresqlScriptsForAPostgresqlUrl() {
		String url = "jdbc:postgresql://server:5432/ita?user=ita&password=secret";
		assertThat(option("--db-url", url).properties(this.work)).containsExactly("spring.datasource.url=" + url,
				"spring.sql.init.platform=postgresql");
	}

	@Test
	void hidesThePasswordOfAUrl() {
		assertThat(DatabaseOption.hidePassword("jdbc:postgresql://server/ita?user=ita&password=secret&ssl=true"))
			.isEqualTo("jdbc:postgresql://server/ita?user=ita&password=***&ssl=true");
	}

	@Test
	void refusesAUrlOfAnotherDatabaseInThai() throws Exception {
		ConsoleRun run = ConsoleRun.of("merge", "--input", Fixtures.copySamples(this.work.resolve("input")).toString(),
				"--output", this.work.resolve("output").toString(), "--db-url", "jdbc:mysql://server/ita");
		assertThat(run.status()).isEqualTo(Console.FAILED);
		assertThat(run.errLines()).singleElement().asString().contains("--db-url").contains("jdbc:mysql://server/ita");
		assertThat(run.linesNotInThai()).isEmpty();
	}

	@Test
	void tellsInOneThaiLineThatAServerNoOneAnswersCouldNotBeOpened() throws Exception {
		ConsoleRun run = merge("jdbc:postgresql://127.0.0.1:1/ita?user=ita&password=secret");
		assertThat(run.status()).isEqualTo(Console.FAILED);
		assertThat(run.errLines()).singleElement()
			.asString()
			.startsWith("เปิดฐานข้อมูล \"jdbc:postgresql://127.0.0.1:1/ita?user=ita&password=***\" ไม่ได้")
			.contains("ita-merge.log")
			.doesNotContain("secret");
		assertThat(run.out()).isEmpty();
		assertThat(run.showsTechnicalDetails()).isFalse();
		assertThat(run.linesNotInThai()).isEmpty();
		assertThat(Files.readString(TechnicalLog.of(this.work.resolve("output")))).contains("Connection");
	}

	@Test
	void tellsInOneThaiLineThatADatabaseTheServerDoesNotHaveCouldNotBeOpened() throws Exception {
		String url = PostgresServer.freshDatabase().replaceFirst("/ita_\\d+\\?", "/no_such_database?");
		ConsoleRun run = merge(url);
		assertThat(run.status()).isEqualTo(Console.FAILED);
		assertThat(run.errLines()).singleElement().asString().startsWith("เปิดฐานข้อมูล ");
		assertThat(run.showsTechnicalDetails()).isFalse();
	}

	/**
	 * A URL without a user takes the one Spring is given outside it, as SPRING_DATASOURCE_USERNAME
	 * and _PASSWORD give it (here the system properties, which Spring reads the same way).
	 */
	@Test
	void takesTheUserAndPasswordGivenOutsideAUrlWithoutThem() throws Exception {
		String url = PostgresServer.freshDatabase().replaceFirst("\\?.*", "");
		System.setProperty("spring.datasource.username", PostgresServer.USER);
		System.setProperty("spring.datasource.password", PostgresServer.PASSWORD);
		try {
			ConsoleRun run = merge(url);
			assertThat(run.status()).as(run.err()).isIn(Console.OK, Console.INPUT_ERRORS);
		}
		finally {
			System.clearProperty("spring.datasource.username");
			System.clearProperty("spring.datasource.password");
		}
	}

	/**
	 * A history an earlier version made, with H2's account of then (sa) given apart from its URL,
	 * opens with the account now in the URL, and the merge goes on in it.
	 */
	@Test
	void mergesIntoAHistoryAnEarlierVersionMade() throws Exception {
		Path output = this.work.resolve("output");
		Path history = Files.createDirectories(output.resolve(".ita-merge")).resolve("history");
		String url = "jdbc:h2:file:" + history.toAbsolutePath();
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"),
					new ClassPathResource("schema-ita-h2.sql"))
				.execute(new SingleConnectionDataSource(connection, true));
		}
		ConsoleRun run = ConsoleRun.of("merge", "--input", Fixtures.copySamples(this.work.resolve("input")).toString(),
				"--output", output.toString());
		assertThat(run.status()).as(run.err()).isIn(Console.OK, Console.INPUT_ERRORS);
	}

	/**
	 * A history whose staged texts were CLOBs, as before H2 was found to keep every CLOB a query
	 * returned alive until the run ended, gets VARCHAR columns, and the merge goes on in it.
	 */
	@Test
	void turnsTheClobColumnsOfAnEarlierHistoryIntoVarchar() throws Exception {
		Path output = this.work.resolve("output");
		Path history = Files.createDirectories(output.resolve(".ita-merge")).resolve("history");
		String url = "jdbc:h2:file:" + history.toAbsolutePath() + ";USER=sa;PASSWORD=";
		List<String> texts = List.of("ITA_REPORT.RESULT", "ITA_REPORT.REMARK", "ITA_REPORT.EVIDENCE", "ITA_PROBLEM.FOUND",
				"ITA_PROBLEM.MESSAGE", "ITA_RISK.PROCESS", "ITA_RISK.EVENT", "ITA_RISK.FACTORS", "ITA_RISK.CONTROLS",
				"ITA_RISK.MEASURE", "ITA_RISK.OWNER", "ITA_RISK.TIMELINE");
		String typesOfTexts = "SELECT DISTINCT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME || '.' || COLUMN_NAME IN ("
				+ String.join(", ", texts.stream().map((text) -> "'" + text + "'").toList()) + ")";
		try (Connection connection = DriverManager.getConnection(url)) {
			new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"),
					new ClassPathResource("schema-ita-h2.sql"))
				.execute(new SingleConnectionDataSource(connection, true));
			for (String text : texts) {
				String[] column = text.split("\\.");
				connection.createStatement()
					.execute("ALTER TABLE " + column[0] + " ALTER COLUMN " + column[1] + " SET DATA TYPE CLOB");
			}
			try (var types = connection.createStatement().executeQuery(typesOfTexts)) {
				assertThat(types.next() && types.getString(1).equals("CHARACTER LARGE OBJECT") && !types.next()).isTrue();
			}
		}
		ConsoleRun run = ConsoleRun.of("merge", "--input", Fixtures.copySamples(this.work.resolve("input")).toString(),
				"--output", output.toString());
		assertThat(run.status()).as(run.err()).isIn(Console.OK, Console.INPUT_ERRORS);
		try (Connection connection = DriverManager.getConnection(url);
				var types = connection.createStatement().executeQuery(typesOfTexts)) {
			assertThat(types.next()).isTrue();
			assertThat(types.getString(1)).isEqualTo("CHARACTER VARYING");
			assertThat(types.next()).isFalse();
		}
	}

	private ConsoleRun merge(String url) throws Exception {
		return ConsoleRun.of("merge", "--input", Fixtures.copySamples(this.work.resolve("input")).toString(), "--output",
				this.work.resolve("output").toString(), "--db-url", url);
	}

	private static DatabaseOption option(String... args) {
		DatabaseOption option = new DatabaseOption();
		new CommandLine(option).parseArgs(args);
		return option;
	}

}
