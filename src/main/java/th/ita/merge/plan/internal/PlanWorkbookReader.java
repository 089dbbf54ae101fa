package th.ita.merge.plan.internal;

import static th.ita.merge.plan.PlanLayout.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.plan.Organization;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.Preparer;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.value.CellValues;
import th.ita.merge.xlsx.RawCell;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Reads the plan workbook sheet by sheet (see {@link th.ita.merge.plan.PlanLayout}): the
 * organization's settings here, the roster, indicators and measures in {@link RosterSheets}, the
 * risk settings in {@link RiskSettingsReader}. Every problem is collected, with its sheet and cell,
 * before the plan is refused; a plan is either whole or refused, never half read.
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
			Optional<Map<String, Setting>> settings = readSettings(workbook);
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

	/** A value of the organization sheet and the cell it was typed in. */
	private record Setting(String value, String cell) {
	}

	/** The settings of the organization sheet, empty when the plan has no such sheet. */
	private Optional<Map<String, Setting>> readSettings(XlsxFile workbook) throws IOException {
		Map<String, Setting> settings = new HashMap<>();
		Optional<SheetInfo> sheet = workbook.sheet(ORGANIZATION_SHEET);
		if (sheet.isEmpty()) {
			this.problems.add(ProblemCode.PLAN_SHEET_MISSING, "", "", "", ORGANIZATION_SHEET);
			return Optional.empty();
		}
		workbook.readRows(sheet.get(), (row) -> {
			String label = CellValues.words(row.value(0)).replace(" ", "");
			for (String wanted : ORGANIZATION_LABELS) {
				if (wanted.replace(" ", "").equals(label)) {
					settings.put(wanted, new Setting(CellValues.text(row.value(1)), RawCell.reference(row.number(), 1)));
				}
			}
		});
		return Optional.of(settings);
	}

	private Optional<Plan> assemble(Map<String, Setting> settings, RosterSheets roster, RiskSettings risk) {
		String name = required(settings, ORGANIZATION_NAME);
		OptionalInt year = number(settings, FISCAL_YEAR, CellValues.buddhistYear(required(settings, FISCAL_YEAR)),
				ProblemCode.PLAN_FISCAL_YEAR_INVALID);
		OptionalInt round = number(settings, ROUND, CellValues.wholeNumber(required(settings, ROUND))
			.stream()
			.filter((value) -> value == 1 || value == 2)
			.findFirst(), ProblemCode.PLAN_ROUND_INVALID);
		String preparer = required(settings, PREPARER_NAME);
		String position = required(settings, PREPARER_POSITION);
		if (!this.problems.isEmpty() || name.isEmpty() || year.isEmpty() || round.isEmpty()) {
			return Optional.empty();
		}
		Organization organization = new Organization(name, optional(settings, DISTRICT), optional(settings, PROVINCE),
				optional(settings, ORGANIZATION_CODE));
		return Optional.of(new Plan(organization, new ReportingPeriod(year.getAsInt(), round.getAsInt()),
				new Preparer(preparer, position), roster.divisions(), roster.indicators(), roster.measures(), risk));
	}

	/** A number read from a setting; a setting typed but unreadable is a problem of its cell. */
	private OptionalInt number(Map<String, Setting> settings, String label, OptionalInt read, ProblemCode invalid) {
		Setting setting = settings.get(label);
		if (read.isEmpty() && setting != null && !setting.value().isEmpty()) {
			this.problems.add(invalid, ORGANIZATION_SHEET, setting.cell(), setting.value());
		}
		return read;
	}

	private String required(Map<String, Setting> settings, String label) {
		Setting setting = settings.get(label);
		if (setting == null || setting.value().isEmpty()) {
			this.problems.add(ProblemCode.PLAN_SETTING_MISSING, ORGANIZATION_SHEET,
					(setting != null) ? setting.cell() : "", "", label, ORGANIZATION_SHEET);
			return "";
		}
		return setting.value();
	}

	private static String optional(Map<String, Setting> settings, String label) {
		Setting setting = settings.get(label);
		return (setting != null) ? setting.value() : "";
	}

}
