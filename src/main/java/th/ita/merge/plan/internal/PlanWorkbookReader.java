package th.ita.merge.plan.internal;

import static th.ita.merge.plan.PlanLayout.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.plan.Organization;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.SignOff;
import th.ita.merge.plan.Signatory;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.value.CellValues;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Reads the plan workbook sheet by sheet (see {@link th.ita.merge.plan.PlanLayout}): the
 * organization's settings and sign-off through {@link Settings}, the roster, indicators and
 * measures in {@link RosterSheets}, the risk settings in {@link RiskSettingsReader}. Every problem
 * is collected, with its sheet and cell, before the plan is refused; a plan is either whole or
 * refused, never half read.
 */
public final class PlanWorkbookReader {

	private final PlanProblems problems;

	private final Location file;

	private PlanWorkbookReader(Path path) {
		this.file = Location.ofFile(path.getFileName().toString());
		this.problems = new PlanProblems(this.file);
	}

	public static Plan read(Path path) throws InvalidPlanException {
		return new PlanWorkbookReader(path).readPlan(path);
	}

	private Plan readPlan(Path path) throws InvalidPlanException {
		if (!Files.isRegularFile(path)) {
			throw refused(Problem.of(ProblemCode.PLAN_FILE_MISSING, this.file, path.toString()));
		}
		try (XlsxFile workbook = XlsxFile.open(path)) {
			Optional<Settings> settings = Settings.read(workbook, this.problems);
			RosterSheets roster = new RosterSheets(workbook, this.problems);
			roster.read();
			RiskSettings risk = RiskSettingsReader.read(workbook, this.problems);
			Optional<Plan> plan = settings.flatMap((values) -> assemble(values, roster, risk));
			if (plan.isEmpty() || !this.problems.isEmpty()) {
				throw new InvalidPlanException(this.problems.list());
			}
			return plan.get();
		}
		catch (IOException ex) {
			throw refused(Problem.of(ProblemCode.FILE_UNREADABLE, this.file, ""));
		}
	}

	private static InvalidPlanException refused(Problem problem) {
		return new InvalidPlanException(List.of(problem));
	}

	private Optional<Plan> assemble(Settings settings, RosterSheets roster, RiskSettings risk) {
		String name = settings.required(ORGANIZATION_NAME);
		OptionalInt year = settings.number(FISCAL_YEAR, CellValues.buddhistYear(settings.required(FISCAL_YEAR)),
				ProblemCode.PLAN_FISCAL_YEAR_INVALID);
		OptionalInt round = settings.number(ROUND, CellValues.wholeNumber(settings.required(ROUND))
			.stream()
			.filter((value) -> value == 1 || value == 2)
			.findFirst(), ProblemCode.PLAN_ROUND_INVALID);
		SignOff signOff = new SignOff(
				new Signatory(settings.required(PREPARER_NAME), settings.required(PREPARER_POSITION)),
				settings.signatory(REVIEWER_NAME, REVIEWER_POSITION), settings.signatory(APPROVER_NAME, APPROVER_POSITION),
				settings.date(REPORT_DATE, ProblemCode.PLAN_REPORT_DATE_INVALID));
		if (!this.problems.isEmpty() || name.isEmpty() || year.isEmpty() || round.isEmpty()) {
			return Optional.empty();
		}
		Organization organization = new Organization(name, settings.optional(DISTRICT), settings.optional(PROVINCE),
				settings.optional(ORGANIZATION_CODE));
		return Optional.of(new Plan(organization, new ReportingPeriod(year.getAsInt(), round.getAsInt()), signOff,
				roster.divisions(), roster.indicators(), roster.measures(), risk));
	}

}
