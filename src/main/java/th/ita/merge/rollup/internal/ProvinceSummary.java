package th.ita.merge.rollup.internal;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.plan.SignOff;
import th.ita.merge.value.Digits;

/**
 * The provincial picture the summary sheet, the printable summary and its Word document print: the
 * province, fiscal year and round, every organization expected or received in district order (Thai
 * dictionary order, then by name), the risk levels from low to high, and who signs.
 */
public record ProvinceSummary(String province, ReportingPeriod period, List<OrganizationProgress> organizations,
		List<String> riskLevels, Optional<SignOff> signOff, LocalDate runDate) {

	/** Thai dictionary order. */
	public static final Collator THAI = Collator.getInstance(Locale.forLanguageTag("th-TH"));

	/** Districts and names in Thai dictionary order, as a province lists them. */
	public static final Comparator<OrganizationProgress> ORDER = Comparator
		.comparing(OrganizationProgress::district, THAI::compare)
		.thenComparing(OrganizationProgress::name, THAI::compare);

	public ProvinceSummary {
		organizations = inOrder(organizations);
		riskLevels = List.copyOf(riskLevels);
	}

	/**
	 * The organizations in {@link #ORDER}, each name's collation key made once: comparing with the
	 * collator itself builds both keys anew at every comparison (7,852 organizations: 0.5 s).
	 */
	static List<OrganizationProgress> inOrder(List<OrganizationProgress> organizations) {
		Collator collator = (Collator) THAI.clone();
		record Keyed(CollationKey district, CollationKey name, OrganizationProgress organization) {
		}
		return organizations.stream()
			.map((organization) -> new Keyed(collator.getCollationKey(organization.district()),
					collator.getCollationKey(organization.name()), organization))
			.sorted(Comparator.comparing(Keyed::district).thenComparing(Keyed::name))
			.map(Keyed::organization)
			.toList();
	}

	/** The organizations of each district, districts in order. */
	public Map<String, List<OrganizationProgress>> byDistrict() {
		Map<String, List<OrganizationProgress>> districts = new LinkedHashMap<>();
		for (OrganizationProgress organization : this.organizations) {
			districts.computeIfAbsent(organization.district(), (district) -> new ArrayList<>()).add(organization);
		}
		return districts;
	}

	public long received() {
		return this.organizations.stream().filter((organization) -> organization.received().isPresent()).count();
	}

	/** The province's measures in a state, over the organizations received. */
	public int measures(ProgressState state) {
		return this.organizations.stream().mapToInt((organization) -> organization.measures(state)).sum();
	}

	/**
	 * The sign-off block as printed (see {@link SignOff#lines}); without anyone named to sign, the
	 * preparer's block with dotted lines to fill in by hand.
	 */
	public List<String> signOffLines(Digits digits) {
		return this.signOff.map((given) -> given.lines(digits, this.runDate)).orElseGet(SignOff::toFillByHand);
	}

}
