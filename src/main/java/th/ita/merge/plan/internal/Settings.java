package th.ita.merge.plan.internal;

import static th.ita.merge.plan.PlanLayout.ORGANIZATION_LABELS;
import static th.ita.merge.plan.PlanLayout.ORGANIZATION_SHEET;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import th.ita.merge.plan.Signatory;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.xlsx.LabelledValues;
import th.ita.merge.xlsx.LabelledValues.Value;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The settings of the organization sheet (หน่วยงาน): a label in column A, its value in column B,
 * in any row. Each value is read with the cell it was typed in, so that a setting missing, half
 * given or unreadable is a problem of that cell.
 */
final class Settings {

	private final Map<String, Value> byLabel;

	private final PlanProblems problems;

	private final boolean date1904;

	private Settings(Map<String, Value> byLabel, PlanProblems problems, boolean date1904) {
		this.byLabel = byLabel;
		this.problems = problems;
		this.date1904 = date1904;
	}

	/** The settings of the workbook, empty (and a problem) when the plan has no organization sheet. */
	static Optional<Settings> read(XlsxFile workbook, PlanProblems problems) throws IOException {
		Optional<SheetInfo> sheet = workbook.sheet(ORGANIZATION_SHEET);
		if (sheet.isEmpty()) {
			problems.add(ProblemCode.PLAN_SHEET_MISSING, "", "", "", ORGANIZATION_SHEET);
			return Optional.empty();
		}
		Map<String, Value> settings = LabelledValues.read(workbook, sheet.get(), ORGANIZATION_LABELS);
		return Optional.of(new Settings(settings, problems, workbook.date1904()));
	}

	/** The value of a setting the plan cannot do without; "" and a problem when it is not given. */
	String required(String label) {
		Value setting = this.byLabel.get(label);
		if (setting == null || setting.text().isEmpty()) {
			this.problems.add(ProblemCode.PLAN_SETTING_MISSING, ORGANIZATION_SHEET,
					(setting != null) ? setting.cell() : "", "", label, ORGANIZATION_SHEET);
			return "";
		}
		return setting.text();
	}

	/** The value of a setting, "" when it is not given. */
	String optional(String label) {
		Value setting = this.byLabel.get(label);
		return (setting != null) ? setting.text() : "";
	}

	/** A number read from a setting; a setting typed but unreadable is a problem of its cell. */
	OptionalInt number(String label, OptionalInt read, ProblemCode invalid) {
		Value setting = this.byLabel.get(label);
		if (read.isEmpty() && setting != null && !setting.text().isEmpty()) {
			this.problems.add(invalid, ORGANIZATION_SHEET, setting.cell(), setting.text());
		}
		return read;
	}

	/**
	 * A date read from a setting, a date cell or a date typed as text (see {@link Value#date});
	 * empty when not given, and a problem of its cell when typed but unreadable.
	 */
	Optional<LocalDate> date(String label, ProblemCode invalid) {
		Value setting = this.byLabel.get(label);
		if (setting == null || setting.text().isEmpty()) {
			return Optional.empty();
		}
		Optional<LocalDate> date = setting.date(this.date1904);
		if (date.isEmpty()) {
			this.problems.add(invalid, ORGANIZATION_SHEET, setting.cell(),
					setting.shown(this.date1904));
		}
		return date;
	}

	/**
	 * An optional signatory: empty when neither name nor position is given, and a problem when one
	 * is given without the other, named at the cell still to fill (or at the one filled, when the
	 * plan has no row for the other).
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
			this.problems.add(ProblemCode.PLAN_SIGNATORY_INCOMPLETE, ORGANIZATION_SHEET, where.cell(), optional(given),
					given, missing, ORGANIZATION_SHEET);
			return Optional.empty();
		}
		return Optional.of(new Signatory(name, position));
	}

}
