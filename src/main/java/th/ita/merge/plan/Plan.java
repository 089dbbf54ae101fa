package th.ita.merge.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import th.ita.merge.value.Digits;

/**
 * The legal officer's description of the year: who reports, which indicators are in the plan and
 * which measures each division must report on, and how risks are assessed. Everything the
 * templates and the merge know about the organization comes from here; it is read once per run.
 */
public record Plan(Organization organization, ReportingPeriod period, SignOff signOff, List<Division> divisions,
		List<Indicator> indicators, List<Measure> measures, RiskSettings risk) {

	public Plan {
		divisions = Roster.of(divisions);
		indicators = List.copyOf(indicators);
		measures = List.copyOf(measures);
	}

	/** The divisions that report for a measure, in roster order. */
	public List<Division> divisionsResponsibleFor(Measure measure) {
		return this.divisions.stream().filter(measure::isReportedBy).toList();
	}

	/** The measures a division reports on, in plan order. */
	public List<Measure> measuresOf(Division division) {
		return this.measures.stream().filter((measure) -> measure.isReportedBy(division)).toList();
	}

	public Optional<Division> division(String code) {
		return ((Roster) this.divisions).withCode(code);
	}

	/** Where the division of this code stands in the roster, from 0; empty when none has that code. */
	public OptionalInt rosterPosition(String code) {
		return ((Roster) this.divisions).positionOf(code);
	}

	/** The name of the division with this code, or the code itself when the roster has no such division. */
	public String divisionName(String code) {
		return division(code).map(Division::name).orElse(code);
	}

	/**
	 * The organization and fiscal year as the titles of every sheet and report write them:
	 * "องค์การบริหารส่วนตำบลขามสะแกแสง อำเภอขามสะแกแสง จังหวัดนครราชสีมา ประจำปีงบประมาณ พ.ศ. ๒๕๖๖".
	 */
	public String organizationAndYear(Digits digits) {
		return this.organization.fullTitle() + " " + this.period.fiscalYearTitle(digits);
	}

	public Optional<Measure> measure(String id) {
		return this.measures.stream().filter((measure) -> measure.id().equals(id)).findFirst();
	}

	public Optional<Indicator> indicator(int number) {
		return this.indicators.stream().filter((indicator) -> indicator.number() == number).findFirst();
	}

	/**
	 * A short digest of everything a template depends on, written into each template so the merge
	 * can tell a template of this plan from one made of an earlier or another plan.
	 */
	public String fingerprint() {
		StringBuilder canonical = new StringBuilder();
		canonical.append(this.organization).append('\n').append(this.period).append('\n');
		this.divisions.forEach((division) -> canonical.append(division).append('\n'));
		this.measures.forEach((measure) -> canonical.append(measure).append('\n'));
		canonical.append(this.risk).append('\n');
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
