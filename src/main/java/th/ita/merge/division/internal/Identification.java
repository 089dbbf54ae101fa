package th.ita.merge.division.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanLayout;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Tells whose file a returned workbook is from its very hidden identity sheet, not from its name:
 * this organization, fiscal year and round, a template version that can be read, a division on the
 * roster, and whether the plan has changed since the template was made.
 */
public final class Identification {

	private final Plan plan;

	private final String fingerprint;

	public Identification(Plan plan) {
		this.plan = plan;
		this.fingerprint = plan.fingerprint();
	}

	/** The plan workbook dropped among the division files: it has the plan's own sheets. */
	public static boolean isPlan(XlsxFile workbook) {
		return workbook.sheet(PlanLayout.MEASURES_SHEET).isPresent()
				&& workbook.sheet(PlanLayout.DIVISIONS_SHEET).isPresent()
				&& workbook.sheet(DivisionWorkbook.IDENTITY_SHEET).isEmpty();
	}

	/** A consolidated workbook the tool wrote, dropped among the division files. */
	public static boolean isOwnOutput(XlsxFile workbook) {
		return workbook.sheet(DivisionWorkbook.CONSOLIDATED_SHEET).isPresent()
				&& workbook.sheet(DivisionWorkbook.IDENTITY_SHEET).isEmpty();
	}

	/** The division the file is from; what keeps it from being one is added to {@code problems}. */
	public Optional<Division> identify(XlsxFile workbook, Location where, List<Problem> problems) throws IOException {
		Optional<TemplateIdentity> found = TemplateIdentity.read(workbook);
		if (found.isEmpty()) {
			problems.add(Problem.of(ProblemCode.NOT_A_TEMPLATE, where, ""));
			return Optional.empty();
		}
		TemplateIdentity identity = found.get();
		Location sheet = where.at(DivisionWorkbook.IDENTITY_SHEET, "", "");
		if (!identity.organization().equals(this.plan.organization().name())) {
			problems.add(Problem.of(ProblemCode.OTHER_ORGANIZATION, sheet, identity.organization(),
					this.plan.organization().name()));
		}
		else if (identity.fiscalYear() != this.plan.period().fiscalYear()) {
			problems.add(Problem.of(ProblemCode.OTHER_FISCAL_YEAR, sheet, Integer.toString(identity.fiscalYear()),
					Integer.toString(this.plan.period().fiscalYear())));
		}
		else if (identity.round() != this.plan.period().round()) {
			problems.add(Problem.of(ProblemCode.OTHER_ROUND, sheet, Integer.toString(identity.round()),
					Integer.toString(this.plan.period().round())));
		}
		else if (identity.version() < DivisionWorkbook.VERSION) {
			problems.add(Problem.of(ProblemCode.TEMPLATE_OUTDATED, sheet, Integer.toString(identity.version()),
					Integer.toString(DivisionWorkbook.VERSION)));
		}
		else {
			Optional<Division> division = this.plan.division(identity.divisionCode());
			if (division.isEmpty()) {
				problems.add(Problem.of(ProblemCode.UNKNOWN_DIVISION, sheet, identity.divisionCode()));
			}
			else if (!identity.planFingerprint().equals(this.fingerprint)) {
				problems.add(Problem.of(ProblemCode.PLAN_CHANGED, sheet, identity.planFingerprint(), this.fingerprint));
			}
			return division;
		}
		return Optional.empty();
	}

}
