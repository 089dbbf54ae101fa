package th.ita.merge.rollup.internal;

import static th.ita.merge.rollup.internal.RosterLayout.SETTINGS;
import static th.ita.merge.rollup.internal.RosterLayout.SETTINGS_SHEET;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.plan.Signatory;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.value.CellValues;
import th.ita.merge.xlsx.LabelledValues;
import th.ita.merge.xlsx.LabelledValues.Value;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The settings sheet of the roster (ตั้งค่า): a label in column A, its value in column B, in any
 * row, as the plan's organization sheet has them. Each value keeps the cell it was typed in, so a
 * setting missing, half given or unreadable is a problem of that cell.
 */
final class RosterSettings {

	/** Where a problem of the settings goes: its code, cell, the value found and the details. */
	interface Problems {

		void add(ProblemCode code, String cell, String value, List<String> details);

	}

	private final Map<String, Value> byLabel;

	private final Problems problems;

	private final boolean date1904;

	private RosterSettings(Map<String, Value> byLabel, Problems problems, boolean date1904) {
		this.byLabel = byLabel;
		this.problems = problems;
		this.date1904 = date1904;
	}

	/** The settings of the roster, empty (and a problem) when it has no settings sheet. */
	static Optional<RosterSettings> read(XlsxFile workbook, Problems problems) throws IOException {
		Optional<SheetInfo> sheet = workbook.sheet(SETTINGS_SHEET);
		if (sheet.isEmpty()) {
			problems.add(ProblemCode.ROSTER_SHEET_MISSING, "", "", List.of(SETTINGS_SHEET));
			return Optional.empty();
		}
		Map<String, Value> settings = LabelledValues.read(workbook, sheet.get(), SETTINGS);
		return Optional.of(new RosterSettings(settings, problems, workbook.date1904()));
	}

	/** A value the roster cannot do without; "" and a problem when it is not given. */
	String required(String label) {
		Value setting = this.byLabel.get(label);
		if (setting == null || setting.text().isEmpty()) {
			this.problems.add(ProblemCode.ROSTER_SETTING_MISSING, (setting != null) ? setting.cell() : "", "",
					List.of(label, SETTINGS_SHEET));
			return "";
		}
		return CellValues.words(setting.text());
	}

	String optional(String label) {
		Value setting = this.byLabel.get(label);
		return (setting != null) ? CellValues.words(setting.text()) : "";
	}

	/** A date typed or stored as one; empty when not given, and a problem when unreadable. */
	Optional<LocalDate> date(String label) {
		Value setting = this.byLabel.get(label);
		if (setting == null || setting.text().isEmpty()) {
			return Optional.empty();
		}
		Optional<LocalDate> date = setting.date(this.date1904);
		if (date.isEmpty()) {
			this.problems.add(ProblemCode.ROSTER_REPORT_DATE_INVALID, setting.cell(),
					setting.shown(this.date1904), List.of());
		}
		return date;
	}

	/**
	 * A signatory: empty when neither name nor position is given, and a problem, named at the cell
	 * still to fill, when one is given without the other.
	 */
	Optional<Signatory> signatory(String nameLabel, String positionLabel) {
		String name = optional(nameLabel);
		String position = optional(positionLabel);
		if (name.isEmpty() && position.isEmpty()) {
			return Optional.empty();
		}
		if (name.isEmpty() || position.isEmpty()) {
			String given = name.isEmpty() ? positionLabel : nameLabel;
			String missing = name.isEmpty() ? nameLabel : positionLabel;
			Value where = this.byLabel.getOrDefault(missing, this.byLabel.get(given));
			this.problems.add(ProblemCode.ROSTER_SIGNATORY_INCOMPLETE, where.cell(), optional(given),
					List.of(given, missing, SETTINGS_SHEET));
			return Optional.empty();
		}
		return Optional.of(new Signatory(name, position));
	}

}
