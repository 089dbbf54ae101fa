package th.ita.merge.risk;

import static th.ita.merge.risk.RiskLayout.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.value.CellValues;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.Table;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Reads the risk settings sheets of the plan workbook (see {@link RiskLayout}). Each sheet is
 * optional: where the office has none, the default of {@link RiskSettings#defaults()} stands. A
 * sheet that is there must be complete: both scales 1–5 named, bands covering every score 1–25
 * exactly once, colours readable. What is wrong becomes a plan problem naming its cell.
 */
public final class RiskSettingsReader {

	private static final RiskSettings DEFAULTS = RiskSettings.defaults();

	private final XlsxFile workbook;

	private final Location file;

	private final List<Problem> problems;

	private RiskSettingsReader(XlsxFile workbook, Location file, List<Problem> problems) {
		this.workbook = workbook;
		this.file = file;
		this.problems = problems;
	}

	/** The plan's risk settings; problems found are added to {@code problems}. */
	public static RiskSettings read(XlsxFile workbook, Location file, List<Problem> problems) throws IOException {
		RiskSettingsReader reader = new RiskSettingsReader(workbook, file, problems);
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
				invalid(CATEGORIES_SHEET, row.reference(CATEGORY), category, "ประเภทความเสี่ยงซ้ำกัน ให้ลบแถวที่ซ้ำ");
				return;
			}
			categories.add(category);
		});
		if (!found) {
			return DEFAULTS.categories();
		}
		if (categories.isEmpty()) {
			invalid(CATEGORIES_SHEET, "A2", "", "ยังไม่มีประเภทความเสี่ยง ให้กรอกอย่างน้อยหนึ่งประเภท หรือลบชีตนี้เพื่อใช้ค่าเริ่มต้น");
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
				invalid(SCALES_SHEET, row.reference(SCALE_DIMENSION), row.text(SCALE_DIMENSION),
						"มิติต้องเป็น \"" + LIKELIHOOD + "\" หรือ \"" + IMPACT + "\"");
			}
			else if (value.isEmpty() || value.getAsInt() < 1 || value.getAsInt() > RiskSettings.SCALE_MAX) {
				invalid(SCALES_SHEET, row.reference(SCALE_VALUE), row.text(SCALE_VALUE), "ระดับต้องเป็นตัวเลข ๑ ถึง ๕");
			}
			else if (name.isEmpty()) {
				invalid(SCALES_SHEET, row.reference(SCALE_NAME), "", "ทุกระดับต้องมีชื่อระดับ เช่น ปานกลาง");
			}
			else if (levels[dimension][value.getAsInt() - 1] != null) {
				invalid(SCALES_SHEET, row.reference(SCALE_VALUE), row.text(SCALE_VALUE),
						"ระดับ" + dimensions.get(dimension) + "นี้มีมากกว่าหนึ่งแถว ให้ลบแถวที่ซ้ำ");
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
				invalid(SCALES_SHEET, "", "", "ยังไม่ได้กำหนดระดับ" + dimension + "ที่ " + (i + 1) + " ให้กรอกให้ครบทั้ง ๕ ระดับ");
				continue;
			}
			if (!names.add(levels[i].name())) {
				invalid(SCALES_SHEET, "", levels[i].name(), "ชื่อระดับ" + dimension + "ซ้ำกัน ให้ตั้งชื่อระดับที่ไม่ซ้ำ");
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
				invalid(BANDS_SHEET, row.reference(BAND_NAME), "", "ทุกระดับความเสี่ยงต้องมีชื่อ เช่น สูง");
			}
			else if (from.isEmpty() || to.isEmpty() || from.getAsInt() < 1 || to.getAsInt() > RiskSettings.SCORE_MAX
					|| from.getAsInt() > to.getAsInt()) {
				invalid(BANDS_SHEET, row.reference(from.isEmpty() ? BAND_FROM : BAND_TO),
						row.text(BAND_FROM) + "–" + row.text(BAND_TO), "ช่วงคะแนนต้องเป็นตัวเลข ๑ ถึง ๒๕ และคะแนนตั้งแต่ต้องไม่มากกว่าคะแนนถึง");
			}
			else if (colour.isEmpty()) {
				invalid(BANDS_SHEET, row.reference(BAND_COLOUR), row.text(BAND_COLOUR),
						"อ่านสีไม่ได้ ให้กรอกรหัสสี เช่น FF0000 หรือชื่อสี เช่น แดง ส้ม เหลือง เขียว");
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
				invalid(BANDS_SHEET, "", Integer.toString(score), (holding == 0)
						? "คะแนน " + score + " ไม่อยู่ในระดับความเสี่ยงใด ให้กำหนดช่วงคะแนนให้ครอบคลุม ๑ ถึง ๒๕"
						: "คะแนน " + score + " อยู่ในมากกว่าหนึ่งระดับความเสี่ยง ให้แก้ช่วงคะแนนไม่ให้ซ้อนกัน");
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
				invalid(STATUSES_SHEET, row.reference(STATUS_NAME), name, "ทุกสถานะต้องมีชื่อที่ไม่ซ้ำกัน");
			}
			else if (colour.isEmpty()) {
				invalid(STATUSES_SHEET, row.reference(STATUS_COLOUR), row.text(STATUS_COLOUR),
						"อ่านสีไม่ได้ ให้กรอกรหัสสี เช่น 92D050 หรือชื่อสี เช่น เขียว เหลือง แดง");
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
		for (String header : table.missingHeaders()) {
			if (!header.equals(BAND_TREATMENT)) {
				this.problems.add(Problem.of(ProblemCode.HEADER_MISSING, this.file.at(sheetName, "", header), "", header,
						sheetName));
			}
		}
		return table.found();
	}

	private void invalid(String sheet, String cell, String value, String what) {
		this.problems.add(Problem.of(ProblemCode.PLAN_INVALID, this.file.at(sheet, cell, ""), value, what));
	}

}
