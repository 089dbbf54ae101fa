package th.ita.merge.rollup.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.ita.merge.measure.MeasureStanding;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.merge.ConsolidatedIdentity;
import th.ita.merge.risk.PreviousRisk;
import th.ita.merge.rollup.RollupLauncher;

/**
 * The roll-up's staging tables ({@code schema-rollup.sql}): each organization's workbook as read,
 * then streamed back out one organization at a time, so the memory a run needs does not grow with
 * the number of organizations. Rows go in as one batch per table per chunk of files.
 */
@Component
public class RollupStaging {

	/** Separates a level from its count, and one level from the next, in RISK_LEVELS. */
	private static final String EQUALS = "\u001e";

	private static final String NEXT = "\u001f";

	private static final List<String> TABLES = List.of("ITA_ROLLUP_MEASURE", "ITA_ROLLUP_RISK", "ITA_ROLLUP_FILE");

	private final JdbcTemplate jdbc;

	RollupStaging(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stages the workbooks read, each with its measures and risks. */
	public void write(long run, List<? extends StagedWorkbook> workbooks) {
		List<Object[]> files = new ArrayList<>();
		List<Object[]> measures = new ArrayList<>();
		List<Object[]> risks = new ArrayList<>();
		for (StagedWorkbook staged : workbooks) {
			OrganizationWorkbook workbook = staged.workbook();
			Optional<ConsolidatedIdentity.Read> identity = workbook.identity();
			files.add(new Object[] { run, workbook.fileName(), Timestamp.from(staged.fileTime()),
					identity.map(ConsolidatedIdentity.Read::code).orElse(null),
					identity.map(ConsolidatedIdentity.Read::organization).orElse(null),
					identity.map(ConsolidatedIdentity.Read::type).orElse(null),
					identity.map(ConsolidatedIdentity.Read::district).orElse(null),
					identity.map(ConsolidatedIdentity.Read::province).orElse(null),
					identity.flatMap(ConsolidatedIdentity.Read::period).map((p) -> p.fiscalYear()).orElse(null),
					identity.flatMap(ConsolidatedIdentity.Read::period).map((p) -> p.round()).orElse(null),
					identity.flatMap(ConsolidatedIdentity.Read::madeAt).map(Timestamp::from).orElse(null),
					identity.map(ConsolidatedIdentity.Read::errors).orElse(0),
					identity.map(ConsolidatedIdentity.Read::warnings).orElse(0),
					count(identity, ProgressState.DONE), count(identity, ProgressState.IN_PROGRESS),
					count(identity, ProgressState.NOT_STARTED), identity.map((read) -> levels(read.risksByLevel())).orElse(""),
					workbook.refusal().map((problem) -> problem.code().name()).orElse(null),
					workbook.refusal().map((problem) -> problem.message()).orElse(null) });
			int seq = 0;
			for (MeasureStanding measure : workbook.measures()) {
				measures.add(new Object[] { run, workbook.fileName(), seq++, measure.measureId(), measure.tool(),
						measure.indicator(), measure.weakness(), measure.divisions(), measure.state().name() });
			}
			seq = 0;
			for (PreviousRisk risk : workbook.risks()) {
				risks.add(new Object[] { run, workbook.fileName(), seq++, risk.divisionName(), risk.category(),
						risk.process(), risk.event(), scale(risk, risk.likelihood()), scale(risk, risk.impact()),
						risk.counted() ? risk.level() : "", risk.measure(), risk.owner(), risk.timeline(), risk.status() });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO ITA_ROLLUP_FILE (RUN_ID, FILE_NAME, FILE_TIME, ORG_CODE, ORG_NAME, ORG_TYPE, "
				+ "DISTRICT, PROVINCE, FISCAL_YEAR, ROUND_NO, MADE_AT, ERRORS, WARNINGS, DONE, IN_PROGRESS, NOT_STARTED, "
				+ "RISK_LEVELS, REFUSAL_CODE, REFUSAL) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", files);
		this.jdbc.batchUpdate("INSERT INTO ITA_ROLLUP_MEASURE (RUN_ID, FILE_NAME, SEQ, MEASURE_ID, TOOL, INDICATOR, "
				+ "WEAKNESS, DIVISIONS, STATE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", measures);
		this.jdbc.batchUpdate("INSERT INTO ITA_ROLLUP_RISK (RUN_ID, FILE_NAME, SEQ, DIVISION, CATEGORY, PROCESS, EVENT, L, "
				+ "I, LEVEL_NAME, MEASURE, OWNER, TIMELINE, STATUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", risks);
	}

	/** The files of the run already staged: a restarted run does not read them again. */
	public Set<String> staged(long run) {
		return Set.copyOf(this.jdbc.queryForList("SELECT FILE_NAME FROM ITA_ROLLUP_FILE WHERE RUN_ID = ?", String.class, run));
	}

	/** Every file of the run as read, in file name order. */
	public List<StagedFile> files(long run) {
		return this.jdbc.query("SELECT * FROM ITA_ROLLUP_FILE WHERE RUN_ID = ? ORDER BY FILE_NAME",
				(rs, row) -> new StagedFile(rs.getString("FILE_NAME"), instant(rs.getTimestamp("FILE_TIME")),
						text(rs.getString("ORG_CODE")), text(rs.getString("ORG_NAME")), text(rs.getString("ORG_TYPE")),
						text(rs.getString("DISTRICT")), text(rs.getString("PROVINCE")), rs.getInt("FISCAL_YEAR"),
						rs.getInt("ROUND_NO"), instant(rs.getTimestamp("MADE_AT")), rs.getInt("ERRORS"),
						rs.getInt("WARNINGS"), Map.of(ProgressState.DONE, rs.getInt("DONE"), ProgressState.IN_PROGRESS,
								rs.getInt("IN_PROGRESS"), ProgressState.NOT_STARTED, rs.getInt("NOT_STARTED")),
						levels(text(rs.getString("RISK_LEVELS"))), text(rs.getString("REFUSAL_CODE")),
						text(rs.getString("REFUSAL"))),
				run);
	}

	/** The measures of one file, in its register's order. */
	public void measuresOf(long run, String file, Consumer<MeasureStanding> measures) {
		this.jdbc.query("SELECT * FROM ITA_ROLLUP_MEASURE WHERE RUN_ID = ? AND FILE_NAME = ? ORDER BY SEQ",
				(rs) -> {
					measures.accept(new MeasureStanding(rs.getString("MEASURE_ID"), rs.getString("TOOL"),
							rs.getString("INDICATOR"), rs.getString("WEAKNESS"), rs.getString("DIVISIONS"),
							ProgressState.valueOf(rs.getString("STATE"))));
				}, run, file);
	}

	/** The risks of one file, in its register's order. */
	public void risksOf(long run, String file, Consumer<StagedRisk> risks) {
		this.jdbc.query("SELECT * FROM ITA_ROLLUP_RISK WHERE RUN_ID = ? AND FILE_NAME = ? ORDER BY SEQ", (rs) -> {
			risks.accept(new StagedRisk(rs.getString("DIVISION"), rs.getString("CATEGORY"), rs.getString("PROCESS"),
					rs.getString("EVENT"), rs.getInt("L"), rs.getInt("I"), rs.getString("LEVEL_NAME"),
					rs.getString("MEASURE"), rs.getString("OWNER"), rs.getString("TIMELINE"), rs.getString("STATUS")));
		}, run, file);
	}

	/**
	 * Drops the run's rows once its outputs are written: the tables emptied at once when no other
	 * roll-up is running on the database (a DELETE reads every row it drops, which took longer than
	 * the reading of 7,852 workbooks), else only the run's rows.
	 */
	public void drop(long run) {
		Integer others = this.jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION E JOIN BATCH_JOB_INSTANCE I "
				+ "ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID WHERE I.JOB_NAME = ? AND E.STATUS IN ('STARTING', 'STARTED') "
				+ "AND E.JOB_INSTANCE_ID <> ?", Integer.class, RollupLauncher.JOB_NAME, run);
		for (String table : TABLES) {
			if (others == null || others == 0) {
				this.jdbc.execute("TRUNCATE TABLE " + table);
			}
			else {
				this.jdbc.update("DELETE FROM " + table + " WHERE RUN_ID = ?", run);
			}
		}
	}

	/**
	 * Drops what runs no longer running left staged (a run killed before it cleared its rows), and
	 * nothing of a run still going: a province server's shared database may hold several.
	 */
	public void dropAbandoned() {
		for (String table : TABLES) {
			this.jdbc.update("DELETE FROM " + table + " WHERE RUN_ID NOT IN (SELECT JOB_INSTANCE_ID FROM "
					+ "BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED'))");
		}
	}

	/** A file of the run as staged. */
	public record StagedFile(String fileName, Instant fileTime, String code, String name, String type, String district,
			String province, int fiscalYear, int round, Instant madeAt, int errors, int warnings,
			Map<ProgressState, Integer> measures, Map<String, Integer> risksByLevel, String refusalCode,
			String refusal) {
	}

	/** A risk of a file as staged: likelihood and impact 0 when it was not counted. */
	public record StagedRisk(String division, String category, String process, String event, int likelihood,
			int impact, String level, String measure, String owner, String timeline, String status) {

		public boolean counted() {
			return this.likelihood > 0 && this.impact > 0;
		}

	}

	/** A workbook read, and when its file was last changed (which of two equal copies came later). */
	public record StagedWorkbook(OrganizationWorkbook workbook, Instant fileTime) {
	}

	private static Integer count(Optional<ConsolidatedIdentity.Read> identity, ProgressState state) {
		return identity.map((read) -> read.measures().getOrDefault(state, 0)).orElse(0);
	}

	private static int scale(PreviousRisk risk, String value) {
		if (!risk.counted()) {
			return 0;
		}
		try {
			int number = (int) Double.parseDouble(value.strip());
			return (number >= 1 && number <= 5) ? number : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String levels(Map<String, Integer> levels) {
		return levels.entrySet().stream().map((e) -> e.getKey() + EQUALS + e.getValue()).collect(Collectors.joining(NEXT));
	}

	private static Map<String, Integer> levels(String written) {
		Map<String, Integer> levels = new LinkedHashMap<>();
		for (String pair : written.isEmpty() ? new String[0] : written.split(NEXT)) {
			String[] parts = pair.split(EQUALS);
			levels.put(parts[0], Integer.parseInt(parts[1]));
		}
		return levels;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
