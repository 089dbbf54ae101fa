package th.ita.merge.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ProgressState;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.risk.RiskRowReader;
import th.ita.merge.template.TemplateIdentity;
import th.ita.merge.template.TemplateLayout;
import th.ita.merge.template.TemplateLayout.MeasureColumn;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.Table;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Reads one division's file against the plan: tells whose template it is from its hidden identity
 * sheet, then streams the measures sheet and the risk sheet row by row. Bad data becomes problems
 * that name the file, sheet and cell; nothing here throws for what a user did.
 */
public final class SubmissionReader {

	private final Plan plan;

	private final String fingerprint;

	public SubmissionReader(Plan plan) {
		this.plan = plan;
		this.fingerprint = plan.fingerprint();
	}

	public Submission read(Path path) {
		String file = path.getFileName().toString();
		Location where = Location.ofFile(file);
		Instant fileTime = fileTime(path);
		try (XlsxFile workbook = XlsxFile.open(path)) {
			Instant savedAt = workbook.savedAt().orElse(fileTime);
			List<Problem> problems = new ArrayList<>();
			Optional<Division> division = identify(workbook, where, problems);
			if (division.isEmpty()) {
				return new Submission(file, null, savedAt, fileTime, List.of(), problems, 0, 0);
			}
			return readMeasures(workbook, where, division.get(), savedAt, fileTime, problems)
				.withRisks(RiskRowReader.read(workbook, where, division.get(), this.plan.risk()));
		}
		catch (IOException ex) {
			return new Submission(file, null, fileTime, fileTime, List.of(),
					List.of(Problem.of(ProblemCode.FILE_UNREADABLE, where, "")), 0, 0);
		}
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
		MeasureRows rows = new MeasureRows(division, sheetWhere);
		Table table = Table.read(workbook, sheet.get(), MeasureColumn.headers(), rows::accept);
		for (String header : table.missingHeaders()) {
			if (header.equals(MeasureColumn.ID.header()) || MeasureColumn.editableHeaders().contains(header)) {
				problems.add(Problem.of(ProblemCode.HEADER_MISSING, sheetWhere, "", header, TemplateLayout.MEASURES_SHEET));
			}
		}
		if (!table.found()) {
			return new Submission(where.file(), division.code(), savedAt, fileTime, List.of(), problems, 0, 0);
		}
		problems.addAll(rows.problems);
		return new Submission(where.file(), division.code(), savedAt, fileTime, rows.reports, problems, rows.read,
				rows.rejected);
	}

	private static Instant fileTime(Path path) {
		try {
			return Files.getLastModifiedTime(path).toInstant();
		}
		catch (IOException ex) {
			return Instant.EPOCH;
		}
	}

	/** Checks the measure rows of one file as they stream past. */
	private final class MeasureRows {

		private final Division division;

		private final Location sheet;

		private final List<MeasureReport> reports = new ArrayList<>();

		private final List<Problem> problems = new ArrayList<>();

		private final Map<String, Integer> seen = new HashMap<>();

		private int read;

		private int rejected;

		MeasureRows(Division division, Location sheet) {
			this.division = division;
			this.sheet = sheet;
		}

		void accept(Table.Row row) {
			List<String> filled = new ArrayList<>(MeasureColumn.editableHeaders());
			filled.add(MeasureColumn.ID.header());
			if (row.isBlank(filled)) {
				return;
			}
			this.read++;
			int before = this.problems.size();
			MeasureReport report = check(row);
			boolean hasError = this.problems.subList(before, this.problems.size()).stream().anyMatch(Problem::isError);
			if (report != null && !hasError) {
				this.reports.add(report);
			}
			else {
				this.rejected++;
			}
		}

		private MeasureReport check(Table.Row row) {
			String id = row.text(MeasureColumn.ID.header());
			if (id.isEmpty()) {
				problem(ProblemCode.MEASURE_ID_MISSING, row, MeasureColumn.ID, "");
				return null;
			}
			Optional<Measure> measure = SubmissionReader.this.plan.measure(id);
			if (measure.isEmpty()) {
				problem(ProblemCode.MEASURE_UNKNOWN, row, MeasureColumn.ID, id);
				return null;
			}
			if (!SubmissionReader.this.plan.divisionsResponsibleFor(measure.get()).contains(this.division)) {
				problem(ProblemCode.MEASURE_NOT_OF_DIVISION, row, MeasureColumn.ID, id, this.division.name());
				return null;
			}
			Integer firstRow = this.seen.putIfAbsent(id, row.number());
			if (firstRow != null) {
				problem(ProblemCode.MEASURE_DUPLICATE, row, MeasureColumn.ID, id, Integer.toString(firstRow));
				return null;
			}
			ProgressState state = state(row, id);
			if (state == null) {
				return null;
			}
			String result = row.text(MeasureColumn.RESULT.header());
			if (result.isEmpty() && state != ProgressState.NOT_STARTED) {
				problem(ProblemCode.RESULT_MISSING, row, MeasureColumn.RESULT, state.thai(), id);
			}
			return new MeasureReport(id, this.division.code(), state, result, row.text(MeasureColumn.REMARK.header()),
					row.text(MeasureColumn.EVIDENCE.header()), this.sheet.file(), this.sheet.sheet(),
					row.reference(MeasureColumn.RESULT.header()));
		}

		private ProgressState state(Table.Row row, String id) {
			String written = row.text(MeasureColumn.STATE.header());
			StateChoice choice = StateChoice.of(written);
			switch (choice.kind()) {
				case BLANK -> problem(ProblemCode.STATE_MISSING, row, MeasureColumn.STATE, "", id);
				case SEVERAL -> problem(ProblemCode.STATE_AMBIGUOUS, row, MeasureColumn.STATE, written, id);
				case UNKNOWN -> problem(ProblemCode.STATE_UNKNOWN, row, MeasureColumn.STATE, written, id);
				case TYPED -> problem(ProblemCode.STATE_TYPED, row, MeasureColumn.STATE, written, id);
				case CHOSEN -> {
				}
			}
			return choice.state().orElse(null);
		}

		private void problem(ProblemCode code, Table.Row row, MeasureColumn column, String value, String... details) {
			Location where = this.sheet.at(this.sheet.sheet(), row.reference(column.header()), column.header());
			this.problems.add(Problem.of(code, where, value, details));
		}

	}

}
