package th.ita.merge.merge;

import java.util.LinkedHashMap;
import java.util.Map;

import th.ita.merge.plan.Plan;

/**
 * What the very hidden identity sheet of a consolidated workbook says, key by key: written with
 * every workbook, read back when a later round starts from it. The one place that names the keys.
 */
public final class ConsolidatedIdentity {

	/** Raised when the consolidated workbook changes in a way its readers must know of. */
	public static final int FORMAT_VERSION = 1;

	static final String VERSION = "format_version";

	static final String ORGANIZATION = "organization";

	static final String ORGANIZATION_CODE = "organization_code";

	static final String FISCAL_YEAR = "fiscal_year";

	static final String ROUND = "round";

	private ConsolidatedIdentity() {
	}

	/** The keys and values the identity sheet holds for a run of this plan, in order. */
	public static Map<String, String> of(Plan plan) {
		Map<String, String> identity = new LinkedHashMap<>();
		identity.put(VERSION, Integer.toString(FORMAT_VERSION));
		identity.put(ORGANIZATION, plan.organization().name());
		identity.put(ORGANIZATION_CODE, plan.organization().code());
		identity.put(FISCAL_YEAR, Integer.toString(plan.period().fiscalYear()));
		identity.put(ROUND, Integer.toString(plan.period().round()));
		return identity;
	}

}
