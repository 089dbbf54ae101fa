package th.ita.merge.division.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.CellValues;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.XlsxFile;

/**
 * What the hidden sheet of a template says about it: the template version, the organization,
 * fiscal year and round, the division it was made for and the fingerprint of the plan it was made
 * from. The merge tells files apart by this, not by their names.
 */
record TemplateIdentity(int version, String organization, String organizationCode, int fiscalYear, int round,
		String divisionCode, String divisionName, String planFingerprint) {

	static final String VERSION = "template_version";

	static final String ORGANIZATION = "organization";

	static final String ORGANIZATION_CODE = "organization_code";

	static final String FISCAL_YEAR = "fiscal_year";

	static final String ROUND = "round";

	static final String DIVISION_CODE = "division_code";

	static final String DIVISION_NAME = "division_name";

	static final String PLAN_FINGERPRINT = "plan_fingerprint";

	static TemplateIdentity of(Plan plan, Division division) {
		return new TemplateIdentity(DivisionWorkbook.VERSION, plan.organization().name(), plan.organization().code(),
				plan.period().fiscalYear(), plan.period().round(), division.code(), division.name(), plan.fingerprint());
	}

	/** The key–value pairs written into the hidden sheet, in order. */
	Map<String, String> entries() {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put(VERSION, Integer.toString(this.version));
		entries.put(ORGANIZATION, this.organization);
		entries.put(ORGANIZATION_CODE, this.organizationCode);
		entries.put(FISCAL_YEAR, Integer.toString(this.fiscalYear));
		entries.put(ROUND, Integer.toString(this.round));
		entries.put(DIVISION_CODE, this.divisionCode);
		entries.put(DIVISION_NAME, this.divisionName);
		entries.put(PLAN_FINGERPRINT, this.planFingerprint);
		return entries;
	}

	/** Reads the identity of a workbook, empty when it has no readable identity sheet. */
	static Optional<TemplateIdentity> read(XlsxFile workbook) throws IOException {
		Optional<SheetInfo> sheet = workbook.sheet(DivisionWorkbook.IDENTITY_SHEET);
		if (sheet.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> values = new LinkedHashMap<>();
		workbook.readRows(sheet.get(), (row) -> values.put(CellValues.text(row.value(0)), CellValues.text(row.value(1))));
		OptionalInt version = CellValues.wholeNumber(values.getOrDefault(VERSION, ""));
		OptionalInt year = CellValues.buddhistYear(values.getOrDefault(FISCAL_YEAR, ""));
		OptionalInt round = CellValues.wholeNumber(values.getOrDefault(ROUND, ""));
		String division = values.getOrDefault(DIVISION_CODE, "");
		if (version.isEmpty() || year.isEmpty() || round.isEmpty() || division.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new TemplateIdentity(version.getAsInt(), values.getOrDefault(ORGANIZATION, ""),
				values.getOrDefault(ORGANIZATION_CODE, ""), year.getAsInt(), round.getAsInt(), division,
				values.getOrDefault(DIVISION_NAME, ""), values.getOrDefault(PLAN_FINGERPRINT, "")));
	}

}
