package th.ita.merge.risk.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import th.ita.merge.division.RejectedRow;
import th.ita.merge.division.RowTally;
import th.ita.merge.division.SheetResult;
import th.ita.merge.division.TableSheet;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.FollowUpStatus;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.ScaleLevel;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskEntry;
import th.ita.merge.risk.RiskScore;
import th.ita.merge.risk.RiskSheet;
import th.ita.merge.value.CellValues;
import th.ita.merge.xlsx.Table;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Streams the risk sheet of one division's file and checks each risk against the office's
 * settings: a category and an event, likelihood and impact on the 1–5 scale (as picked, or typed
 * in Thai or Arabic digits or by the level's name), a score and level the sheet shows that agree
 * with the tool's own, a measure, owner and timeline for the bands that need them, no risk twice.
 * A row with an error is left out; every row read is accepted or rejected by the one rule of
 * {@link RowTally}.
 */
public final class RiskRowReader implements TableSheet.Rows {

	private static final TableSheet TABLE = new TableSheet(RiskSheet.NAME, ProblemCode.RISK_SHEET_MISSING,
			RiskColumn.headers(), RiskColumn.inputHeaders());

	private final RiskSettings settings;

	private final Division division;

	private final Location sheet;

	private final RowTally<RiskEntry> tally = new RowTally<>();

	private final Map<String, Integer> seen = new HashMap<>();

	private RiskRowReader(RiskSettings settings, Division division, Location sheet) {
		this.settings = settings;
		this.division = division;
		this.sheet = sheet;
	}

	public static SheetResult<RiskEntry> read(RiskSheet risks, XlsxFile workbook, Location file, Division division,
			RiskSettings settings) throws IOException {
		RiskRowReader rows = new RiskRowReader(settings, division, file.at(RiskSheet.NAME, "", ""));
		return TABLE.read(risks, workbook, file, rows.tally, rows);
	}

	@Override
	public void accept(Table.Row row) {
		if (!row.isBlank(RiskColumn.inputHeaders())) {
			this.tally.row(() -> check(row), () -> new RejectedRow.AsWritten(text(row, RiskColumn.EVENT),
					row.reference(RiskColumn.EVENT.header()),
					Arrays.stream(RiskColumn.values()).map((column) -> text(row, column)).toList()));
		}
	}

	private RiskEntry check(Table.Row row) {
		String event = text(row, RiskColumn.EVENT);
		String category = category(row);
		if (event.isEmpty()) {
			problem(ProblemCode.RISK_EVENT_MISSING, row, RiskColumn.EVENT, "");
		}
		String named = event.isEmpty() ? text(row, RiskColumn.PROCESS) : event;
		OptionalInt likelihood = level(row, RiskColumn.LIKELIHOOD, this.settings.likelihood(),
				ProblemCode.RISK_LIKELIHOOD_INVALID, named);
		OptionalInt impact = level(row, RiskColumn.IMPACT, this.settings.impact(), ProblemCode.RISK_IMPACT_INVALID,
				named);
		String status = text(row, RiskColumn.STATUS);
		if (!status.isEmpty() && this.settings.status(status).isEmpty()) {
			problem(ProblemCode.RISK_STATUS_UNKNOWN, row, RiskColumn.STATUS, status, named,
					String.join(" / ", this.settings.statuses().stream().map(FollowUpStatus::name).toList()));
		}
		if (category == null || event.isEmpty() || likelihood.isEmpty() || impact.isEmpty()) {
			return null;
		}
		RiskScore score = new RiskScore(likelihood.getAsInt(), impact.getAsInt());
		RiskBand band = score.band(this.settings);
		checkShown(row, score, band, event);
		if (band.treatmentRequired()) {
			for (RiskColumn column : List.of(RiskColumn.MEASURE, RiskColumn.OWNER, RiskColumn.TIMELINE)) {
				if (text(row, column).isEmpty()) {
					problem(ProblemCode.RISK_TREATMENT_MISSING, row, column, "", event, band.name(), field(column));
				}
			}
		}
		String key = String.join("|", category, CellValues.words(text(row, RiskColumn.PROCESS)), CellValues.words(event));
		Integer firstRow = this.seen.putIfAbsent(key, row.number());
		if (firstRow != null) {
			problem(ProblemCode.RISK_DUPLICATE, row, RiskColumn.EVENT, event, Integer.toString(firstRow));
			return null;
		}
		FollowUpStatus known = this.settings.status(status).orElse(null);
		return new RiskEntry(this.division.code(), category, text(row, RiskColumn.PROCESS), event,
				text(row, RiskColumn.FACTORS), text(row, RiskColumn.CONTROLS), score.likelihood(), score.impact(),
				band.name(), text(row, RiskColumn.MEASURE), text(row, RiskColumn.OWNER), text(row, RiskColumn.TIMELINE),
				(known != null) ? known.name() : status, this.sheet.file(), this.sheet.sheet(),
				row.reference(RiskColumn.EVENT.header()));
	}

	private String category(Table.Row row) {
		String written = text(row, RiskColumn.CATEGORY);
		if (written.isEmpty()) {
			problem(ProblemCode.RISK_CATEGORY_MISSING, row, RiskColumn.CATEGORY, "");
			return null;
		}
		Optional<String> category = this.settings.category(written);
		if (category.isEmpty()) {
			problem(ProblemCode.RISK_CATEGORY_UNKNOWN, row, RiskColumn.CATEGORY, written,
					String.join(" / ", this.settings.categories()));
			return null;
		}
		return category.get();
	}

	private OptionalInt level(Table.Row row, RiskColumn column, List<ScaleLevel> scale, ProblemCode invalid,
			String risk) {
		String written = text(row, column);
		OptionalInt level = CellValues.scaleLevel(written, scale.stream().map(ScaleLevel::name).toList());
		if (level.isEmpty()) {
			problem(invalid, row, column, written, risk,
					String.join(" / ", scale.stream().map(RiskSettings::choice).toList()));
		}
		return level;
	}

	/** The score and level the sheet shows (computed there, or typed over) against the tool's own. */
	private void checkShown(Table.Row row, RiskScore score, RiskBand band, String event) {
		String shownScore = text(row, RiskColumn.SCORE);
		if (!shownScore.isEmpty()) {
			OptionalInt shown = CellValues.wholeNumber(shownScore);
			if (shown.isEmpty() || shown.getAsInt() != score.value()) {
				problem(ProblemCode.RISK_SCORE_MISMATCH, row, RiskColumn.SCORE, shownScore, event,
						Integer.toString(score.value()));
			}
		}
		String shownLevel = CellValues.words(text(row, RiskColumn.LEVEL));
		if (!shownLevel.isEmpty() && !shownLevel.equals(CellValues.words(band.name()))) {
			problem(ProblemCode.RISK_LEVEL_MISMATCH, row, RiskColumn.LEVEL, shownLevel, event,
					Integer.toString(score.value()), band.name());
		}
	}

	/** The name of a column as a message says it: its header without the hint in brackets. */
	private static String field(RiskColumn column) {
		return column.header().replaceAll("\\s*\\(.*\\)$", "");
	}

	private static String text(Table.Row row, RiskColumn column) {
		return row.text(column.header());
	}

	private void problem(ProblemCode code, Table.Row row, RiskColumn column, String value, String... details) {
		Location where = this.sheet.at(this.sheet.sheet(), row.reference(column.header()), field(column));
		this.tally.problem(Problem.of(code, where, value, details));
	}

}
