package th.ita.merge.merge;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Organization;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.XlsxFile;

/**
 * What the very hidden identity sheet of a consolidated workbook says, key by key, so that a later
 * round, next year's plan and the province's roll-up know the workbook whatever its file name:
 * its format, the organization (name, code, type, district, province), the fiscal year and round,
 * when and by which version of the tool it was made, and its totals. The one place that names
 * the keys.
 */
public final class ConsolidatedIdentity {

	/** Raised when the consolidated workbook changes in a way its readers must know of. */
	public static final int FORMAT_VERSION = 2;

	/** The version of the tool that writes the workbook, as {@code --version} prints it. */
	public static final String TOOL_VERSION = "0.1";

	static final String VERSION = "format_version";

	static final String ORGANIZATION = "organization";

	static final String ORGANIZATION_CODE = "organization_code";

	static final String ORGANIZATION_TYPE = "organization_type";

	static final String DISTRICT = "district";

	static final String PROVINCE = "province";

	static final String FISCAL_YEAR = "fiscal_year";

	static final String ROUND = "round";

	static final String MADE_AT = "made_at";

	static final String MADE_BY = "made_by";

	/** The prefix of the count of measures in a state: "measures.ดำเนินการแล้ว". */
	static final String MEASURES = "measures.";

	/** The prefix of the count of risks at a level: "risks.สูงมาก". */
	static final String RISKS = "risks.";

	private ConsolidatedIdentity() {
	}

	/** What a run's workbook says of itself: the totals measured on what it merged. */
	public record Totals(RunTotals run, Map<ProgressState, Integer> measures, Map<String, Integer> risksByLevel) {
	}

	/** The keys and values the identity sheet holds for a run of this plan, in order. */
	public static Map<String, String> of(Plan plan, Totals totals, Instant madeAt) {
		Organization organization = plan.organization();
		Map<String, String> identity = new LinkedHashMap<>();
		identity.put(VERSION, Integer.toString(FORMAT_VERSION));
		identity.put(ORGANIZATION, organization.name());
		identity.put(ORGANIZATION_CODE, organization.code());
		identity.put(ORGANIZATION_TYPE, organization.type());
		identity.put(DISTRICT, organization.district());
		identity.put(PROVINCE, organization.province());
		identity.put(FISCAL_YEAR, Integer.toString(plan.period().fiscalYear()));
		identity.put(ROUND, Integer.toString(plan.period().round()));
		identity.put(MADE_AT, madeAt.toString());
		identity.put(MADE_BY, "ITA Merge " + TOOL_VERSION);
		identity.put("files", Integer.toString(totals.run().files()));
		identity.put("rows_accepted", Integer.toString(totals.run().rowsAccepted()));
		identity.put("rows_rejected", Integer.toString(totals.run().rowsRejected()));
		identity.put("errors", Integer.toString(totals.run().errors()));
		identity.put("warnings", Integer.toString(totals.run().warnings()));
		for (ProgressState state : ProgressState.values()) {
			identity.put(MEASURES + state.thai(), Integer.toString(totals.measures().getOrDefault(state, 0)));
		}
		totals.risksByLevel().forEach((level, count) -> identity.put(RISKS + level, Integer.toString(count)));
		return identity;
	}

	/**
	 * What a workbook's identity sheet says, read back: its format, the organization, the fiscal
	 * year and round when they can be read, when it was made, and its totals. Keys it does not know
	 * are left alone, so a newer workbook can still say which version made it.
	 */
	public record Read(int formatVersion, String organization, String code, String type, String district,
			String province, Optional<ReportingPeriod> period, Optional<Instant> madeAt, int errors, int warnings,
			Map<ProgressState, Integer> measures, Map<String, Integer> risksByLevel) {

		/** Whether this version of the tool knows the workbook's format. */
		public boolean newerThanThisTool() {
			return this.formatVersion > FORMAT_VERSION;
		}

	}

	/** Reads the identity sheet, streamed; empty when the workbook has none (it is no consolidated workbook). */
	public static Optional<Read> read(XlsxFile workbook) throws IOException {
		Optional<SheetInfo> sheet = workbook.sheet(DivisionWorkbook.CONSOLIDATED_SHEET);
		if (sheet.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> values = new HashMap<>();
		workbook.readRows(sheet.get(), (row) -> values.put(row.value(0), row.value(1)));
		Map<ProgressState, Integer> measures = new EnumMap<>(ProgressState.class);
		for (ProgressState state : ProgressState.values()) {
			measures.put(state, number(values.get(MEASURES + state.thai())));
		}
		Map<String, Integer> risks = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (key.startsWith(RISKS)) {
				risks.put(key.substring(RISKS.length()), number(value));
			}
		});
		return Optional.of(new Read(Math.max(1, number(values.get(VERSION))), text(values, ORGANIZATION),
				text(values, ORGANIZATION_CODE), text(values, ORGANIZATION_TYPE), text(values, DISTRICT),
				text(values, PROVINCE), period(values), madeAt(values.get(MADE_AT)), number(values.get("errors")),
				number(values.get("warnings")), measures, risks));
	}

	private static String text(Map<String, String> values, String key) {
		return values.getOrDefault(key, "").strip();
	}

	private static int number(String value) {
		try {
			return (value == null) ? 0 : (int) Double.parseDouble(value.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static Optional<ReportingPeriod> period(Map<String, String> values) {
		try {
			return Optional.of(new ReportingPeriod(Integer.parseInt(text(values, FISCAL_YEAR)),
					Integer.parseInt(text(values, ROUND))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Instant> madeAt(String value) {
		try {
			return (value == null) ? Optional.empty() : Optional.of(Instant.parse(value.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
