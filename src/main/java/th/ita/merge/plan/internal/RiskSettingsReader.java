package th.ita.merge.plan.internal;

import static th.ita.merge.plan.PlanLayout.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import th.ita.merge.plan.FollowUpStatus;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.ScaleLevel;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.value.CellValues;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.Table;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Reads the risk settings sheets of the plan workbook (see {@link th.ita.merge.plan.PlanLayout}). Each sheet is
 * optional: where the office has none, the default of {@link RiskSettings#defaults()} stands. A
 * sheet that is there must be complete: both scales 1–5 named, bands covering every score 1–25
 * exactly once, colours readable. What is wrong becomes a plan problem naming its cell.
 */
final class RiskSettingsReader {

	private static final RiskSettings DEFAULTS = RiskSettings.defaults();

	private final XlsxFile workbook;

	private final PlanProblems problems;

	private RiskSettingsReader(XlsxFile workbook, PlanProblems problems) {
		this.workbook = workbook;
		this.problems = problems;
	}

	/** The plan's risk settings; problems found are added to {@code problems}. */
	static RiskSettings read(XlsxFile workbook, PlanProblems problems) throws IOException {
		RiskSettingsReader reader = new RiskSettingsReader(workbook, problems);
		List<String> categories = reader.categories();
		List<List<ScaleLevel>> scales = reader.scales();
		return new RiskSettings(categories, scales.get(0), scales.get(1), reader.bands(), reader.statuses());
	}

	private List<String> categories() throws IOException {
		List<String> categories = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean found = table(CATEGORIES_SHEET, List.of(CATEGORY), (row) -> {
			String category = CellValues.words(row.text(CATEGORY));
			if (category.isEmpty()) {
				return;
			}
			if (!seen.add(category)) {
				this.problems.add(ProblemCode.PLAN_RISK_CATEGORY_DUPLICATE, CATEGORIES_SHEET, row.reference(CATEGORY), category);
				return;
			}
			categories.add(category);
		});
		if (!found) {
			return DEFAULTS.categories();
		}
		if (categories.isEmpty()) {
			this.problems.add(ProblemCode.PLAN_RISK_NO_CATEGORIES, CATEGORIES_SHEET, "A2", "", CATEGORIES_SHEET);
		}
		return categories;
	}

	/** Both scales from one pass over the scales sheet: likelihood first, then impact. */
	private List<List<ScaleLevel>> scales() throws IOException {
		List<String> dimensions = List.of(LIKELIHOOD, IMPACT);
		ScaleLevel[][] levels = new ScaleLevel[dimensions.size()][RiskSettings.SCALE_MAX];
		boolean found = table(SCALES_SHEET, SCALE_HEADERS, (row) -> {
			int dimension = dimensions.indexOf(CellValues.words(row.text(SCALE_DIMENSION)));
			if (row.isBlank(SCALE_HEADERS)) {
				return;
			}
			OptionalInt value = CellValues.wholeNumber(row.text(SCALE_VALUE));
			String name = CellValues.words(row.text(SCALE_NAME));
			if (dimension < 0) {
				this.problems.add(ProblemCode.PLAN_SCALE_DIMENSION_UNKNOWN, SCALES_SHEET, row.reference(SCALE_DIMENSION),
						row.text(SCALE_DIMENSION), LIKELIHOOD, IMPACT);
			}
			else if (value.isEmpty() || value.getAsInt() < 1 || value.getAsInt() > RiskSettings.SCALE_MAX) {
				this.problems.add(ProblemCode.PLAN_SCALE_VALUE_INVALID, SCALES_SHEET, row.reference(SCALE_VALUE),
						row.text(SCALE_VALUE));
			}
			else if (name.isEmpty()) {
				this.problems.add(ProblemCode.PLAN_SCALE_NAME_MISSING, SCALES_SHEET, row.reference(SCALE_NAME), "");
			}
			else if (levels[dimension][value.getAsInt() - 1] != null) {
				this.problems.add(ProblemCode.PLAN_SCALE_VALUE_DUPLICATE, SCALES_SHEET, row.reference(SCALE_VALUE),
						row.text(SCALE_VALUE), dimensions.get(dimension));
			}
			else {
				levels[dimension][value.getAsInt() - 1] = new ScaleLevel(value.getAsInt(), name,
						row.text(SCALE_DESCRIPTION));
			}
		});
		if (!found) {
			return List.of(DEFAULTS.likelihood(), DEFAULTS.impact());
		}
		List<List<ScaleLevel>> scales = new ArrayList<>();
		for (int d = 0; d < dimensions.size(); d++) {
			scales.add(complete(dimensions.get(d), levels[d]));
		}
		return scales;
	}

	private List<ScaleLevel> complete(String dimension, ScaleLevel[] levels) {
		List<ScaleLevel> scale = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < levels.length; i++) {
			if (levels[i] == null) {
				this.problems.add(ProblemCode.PLAN_SCALE_INCOMPLETE, SCALES_SHEET, "", Integer.toString(i + 1), dimension,
						SCALES_SHEET);
				continue;
			}
			if (!names.add(levels[i].name())) {
				this.problems.add(ProblemCode.PLAN_SCALE_NAME_DUPLICATE, SCALES_SHEET, "", levels[i].name(), dimension);
			}
			scale.add(levels[i]);
		}
		return scale;
	}

	private List<RiskBand> bands() throws IOException {
		List<RiskBand> bands = new ArrayList<>();
		List<String> treatments = new ArrayList<>();
		boolean found = table(BANDS_SHEET, BAND_HEADERS, (row) -> {
			if (row.isBlank(BAND_HEADERS)) {
				return;
			}
			String name = CellValues.words(row.text(BAND_NAME));
			OptionalInt from = CellValues.wholeNumber(row.text(BAND_FROM));
			OptionalInt to = CellValues.wholeNumber(row.text(BAND_TO));
			Optional<String> colour = Colours.parse(row.text(BAND_COLOUR));
			if (name.isEmpty()) {
				this.problems.add(ProblemCode.PLAN_BAND_NAME_MISSING, BANDS_SHEET, row.reference(BAND_NAME), "");
			}
			else if (from.isEmpty() || to.isEmpty() || from.getAsInt() < 1 || to.getAsInt() > RiskSettings.SCORE_MAX
					|| from.getAsInt() > to.getAsInt()) {
				this.problems.add(ProblemCode.PLAN_BAND_RANGE_INVALID, BANDS_SHEET,
						row.reference(from.isEmpty() ? BAND_FROM : BAND_TO), row.text(BAND_FROM) + "–" + row.text(BAND_TO));
			}
			else if (colour.isEmpty()) {
				this.problems.add(ProblemCode.PLAN_COLOUR_UNREADABLE, BANDS_SHEET, row.reference(BAND_COLOUR),
						row.text(BAND_COLOUR));
			}
			else {
				bands.add(new RiskBand(name, colour.get(), from.getAsInt(), to.getAsInt(), false));
				treatments.add(CellValues.words(row.text(BAND_TREATMENT)));
			}
		});
		if (!found) {
			return DEFAULTS.bands();
		}
		return withTreatment(checkCoverage(bands), treatments);
	}

	/** Every score 1–25 in exactly one band. */
	private List<RiskBand> checkCoverage(List<RiskBand> bands) {
		for (int score = 1; score <= RiskSettings.SCORE_MAX; score++) {
			int s = score;
			long holding = bands.stream().filter((band) -> band.contains(s)).count();
			if (holding != 1) {
				this.problems.add((holding == 0) ? ProblemCode.PLAN_SCORE_IN_NO_BAND : ProblemCode.PLAN_SCORE_IN_TWO_BANDS,
						BANDS_SHEET, "", Integer.toString(score), BANDS_SHEET);
				return bands;
			}
		}
		return bands;
	}

	/**
	 * Which bands need a preventive measure: as marked, or when the column is left blank, the two
	 * highest bands (สูง and สูงมาก of the defaults).
	 */
	private static List<RiskBand> withTreatment(List<RiskBand> bands, List<String> marks) {
		boolean unmarked = marks.stream().allMatch(String::isEmpty);
		List<RiskBand> sorted = bands.stream().sorted(java.util.Comparator.comparingInt(RiskBand::from)).toList();
		List<RiskBand> result = new ArrayList<>();
		for (RiskBand band : sorted) {
			int index = bands.indexOf(band);
			boolean required = unmarked ? sorted.indexOf(band) >= sorted.size() - 2 : isYes(marks.get(index));
			result.add(new RiskBand(band.name(), band.colour(), band.from(), band.to(), required));
		}
		return result;
	}

	private static boolean isYes(String mark) {
		return List.of("ใช่", "ต้อง", "ต้องมี", "yes", "y", "1", "true", "✓").contains(mark.toLowerCase(java.util.Locale.ROOT));
	}

	private List<FollowUpStatus> statuses() throws IOException {
		List<FollowUpStatus> statuses = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean found = table(STATUSES_SHEET, STATUS_HEADERS, (row) -> {
			if (row.isBlank(STATUS_HEADERS)) {
				return;
			}
			String name = CellValues.words(row.text(STATUS_NAME));
			Optional<String> colour = row.text(STATUS_COLOUR).isEmpty() ? Optional.of("")
					: Colours.parse(row.text(STATUS_COLOUR));
			if (name.isEmpty() || !seen.add(name)) {
				this.problems.add(ProblemCode.PLAN_STATUS_NAME_INVALID, STATUSES_SHEET, row.reference(STATUS_NAME), name);
			}
			else if (colour.isEmpty()) {
				this.problems.add(ProblemCode.PLAN_COLOUR_UNREADABLE, STATUSES_SHEET, row.reference(STATUS_COLOUR),
						row.text(STATUS_COLOUR));
			}
			else {
				statuses.add(new FollowUpStatus(name, colour.get(), row.text(STATUS_MEANING)));
			}
		});
		if (!found) {
			return DEFAULTS.statuses();
		}
		return statuses;
	}

	/** Streams a settings table; false when the plan has no such sheet. */
	private boolean table(String sheetName, List<String> headers, Consumer<Table.Row> rows) throws IOException {
		Optional<SheetInfo> sheet = this.workbook.sheet(sheetName);
		if (sheet.isEmpty()) {
			return false;
		}
		Table table = Table.read(this.workbook, sheet.get(), headers, rows);
		this.problems.missingHeaders(table, sheetName, List.of(BAND_TREATMENT));
		return table.found();
	}

}
