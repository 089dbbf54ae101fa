package th.ita.merge.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanLayout;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.risk.RiskRowReader;
import th.ita.merge.template.TemplateIdentity;
import th.ita.merge.template.TemplateLayout;
import th.ita.merge.template.TemplateLayout.MeasureColumn;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.Table;
import th.ita.merge.xlsx.UnreadableWorkbookException;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Reads one division's file against the plan: checks the file before opening it, tells whose
 * template it is from its hidden identity sheet, then streams the measures sheet and the risk
 * sheet row by row. Bad data becomes problems that name the file, sheet and cell; nothing here
 * throws for what a user did.
 */
public final class SubmissionReader {

	private static final Logger LOGGER = LoggerFactory.getLogger(SubmissionReader.class);

	private final Plan plan;

	private final String fingerprint;
	private final FileCheck fileCheck;

	public SubmissionReader(Plan plan) {
		this(plan, new FileCheck(FileCheck.DEFAULT_MAX_BYTES));
	}

	public SubmissionReader(Plan plan, FileCheck fileCheck) {
		this.plan = plan;
		this.fingerprint = plan.fingerprint();
		this.fileCheck = fileCheck;
	}

	public Submission read(Path path) {
		String file = path.getFileName().toString();
		Location where = Location.ofFile(file);
		Instant fileTime = fileTime(path);
		Optional<Problem> refused = this.fileCheck.check(path, where);
		if (refused.isPresent()) {
			return rejected(file, fileTime, refused.get());
		}
		try (XlsxFile workbook = XlsxFile.open(path)) {
			Instant savedAt = workbook.savedAt().orElse(fileTime);
			if (isPlan(workbook)) {
				return rejected(file, savedAt, fileTime, Problem.of(ProblemCode.PLAN_AMONG_INPUTS, where, ""));
			}
			List<Problem> problems = new ArrayList<>();
			Optional<Division> division = identify(workbook, where, problems);
			if (division.isEmpty() || problems.stream().anyMatch(Problem::isError)) {
				return new Submission(file, null, savedAt, fileTime, List.of(), problems, 0, 0);
			}
			return readMeasures(workbook, where, division.get(), savedAt, fileTime, problems)
				.withRisks(RiskRowReader.read(workbook, where, division.get(), this.plan.risk()));
		}
		catch (UnreadableWorkbookException ex) {
			return rejected(file, fileTime, Problem.of(code(ex.reason()), where, ""));
		}
		catch (IOException ex) {
			return rejected(file, fileTime, Problem.of(ProblemCode.FILE_UNREADABLE, where, ""));
		}
		catch (RuntimeException ex) {
			// a workbook damaged in a way no check foresaw must still not stop the other files
			LOGGER.warn("Could not read {}", file, ex);
			return rejected(file, fileTime, Problem.of(ProblemCode.FILE_UNREADABLE, where, ""));
		}
	}

	private static ProblemCode code(UnreadableWorkbookException.Reason reason) {
		return switch (reason) {
			case DAMAGED -> ProblemCode.FILE_UNREADABLE;
			case STRICT_OPEN_XML -> ProblemCode.STRICT_OPEN_XML;
			case ZIP_BOMB -> ProblemCode.ZIP_BOMB;
			case UNSAFE_XML -> ProblemCode.UNSAFE_XML;
		};
	}

	private static Submission rejected(String file, Instant fileTime, Problem problem) {
		return rejected(file, fileTime, fileTime, problem);
	}

	private static Submission rejected(String file, Instant savedAt, Instant fileTime, Problem problem) {
		return new Submission(file, null, savedAt, fileTime, List.of(), List.of(problem), 0, 0);
	}

	/** The plan workbook dropped among the division files: it has the plan's own sheets. */
	private static boolean isPlan(XlsxFile workbook) {
		return workbook.sheet(PlanLayout.MEASURES_SHEET).isPresent()
				&& workbook.sheet(PlanLayout.DIVISIONS_SHEET).isPresent()
				&& workbook.sheet(TemplateLayout.IDENTITY_SHEET).isEmpty();
	}

	private Optional<Division> identify(XlsxFile workbook, Location where, List<Problem> problems) throws IOException {
		Optional<TemplateIdentity> found = TemplateIdentity.read(workbook);
		if (found.isEmpty()) {
			problems.add(Problem.of(ProblemCode.NOT_A_TEMPLATE, where, ""));
			return Optional.empty();
		}
		TemplateIdentity identity = found.get();
		Location identitySheet = where.at(TemplateLayout.IDENTITY_SHEET, "", "");
		if (!identity.organization().equals(this.plan.organization().name())) {
			problems.add(Problem.of(ProblemCode.OTHER_ORGANIZATION, identitySheet, identity.organization(),
					this.plan.organization().name()));
		}
		else if (identity.fiscalYear() != this.plan.period().fiscalYear()) {
			problems.add(Problem.of(ProblemCode.OTHER_FISCAL_YEAR, identitySheet,
					Integer.toString(identity.fiscalYear()), Integer.toString(this.plan.period().fiscalYear())));
		}
		else if (identity.round() != this.plan.period().round()) {
			problems.add(Problem.of(ProblemCode.OTHER_ROUND, identitySheet, Integer.toString(identity.round()),
					Integer.toString(this.plan.period().round())));
		}
		else if (identity.version() < TemplateLayout.VERSION) {
			problems.add(Problem.of(ProblemCode.TEMPLATE_OUTDATED, identitySheet, Integer.toString(identity.version()),
					Integer.toString(TemplateLayout.VERSION)));
		}
		else {
			Optional<Division> division = this.plan.division(identity.divisionCode());
			if (division.isEmpty()) {
				problems.add(Problem.of(ProblemCode.UNKNOWN_DIVISION, identitySheet, identity.divisionCode()));
			}
			else if (!identity.planFingerprint().equals(this.fingerprint)) {
				problems.add(Problem.of(ProblemCode.PLAN_CHANGED, identitySheet, identity.planFingerprint(),
						this.fingerprint));
			}
			return division;
		}
		return Optional.empty();
	}

	private Submission readMeasures(XlsxFile workbook, Location where, Division division, Instant savedAt,
			Instant fileTime, List<Problem> problems) throws IOException {
		Optional<SheetInfo> sheet = workbook.sheet(TemplateLayout.MEASURES_SHEET);
		if (sheet.isEmpty()) {
			problems.add(Problem.of(ProblemCode.SHEET_MISSING, where, "", TemplateLayout.MEASURES_SHEET));
			return new Submission(where.file(), division.code(), savedAt, fileTime, List.of(), problems, 0, 0);
		}
		Location sheetWhere = where.at(TemplateLayout.MEASURES_SHEET, "", "");
		MeasureRowReader rows = new MeasureRowReader(this.plan, division, sheetWhere);
		Table table = Table.read(workbook, sheet.get(), MeasureColumn.headers(), rows::accept);
		for (String header : table.missingHeaders()) {
			if (header.equals(MeasureColumn.ID.header()) || MeasureColumn.editableHeaders().contains(header)) {
				problems.add(Problem.of(ProblemCode.HEADER_MISSING, sheetWhere, "", header, TemplateLayout.MEASURES_SHEET));
			}
		}
		if (!table.found()) {
			return new Submission(where.file(), division.code(), savedAt, fileTime, List.of(), problems, 0, 0);
		}
		rows.checkMergedRanges(workbook.mergedRanges(sheet.get()), table.headerRow());
		problems.addAll(rows.problems());
		return new Submission(where.file(), division.code(), savedAt, fileTime, rows.reports(), problems, rows.read(),
				rows.rejected());
	}

	private static Instant fileTime(Path path) {
		try {
			return Files.getLastModifiedTime(path).toInstant();
		}
		catch (IOException ex) {
			return Instant.EPOCH;
		}
	}

}
