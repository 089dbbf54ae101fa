package th.ita.merge.carryover;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.merge.PreviousRound;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.plan.SignOff;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.value.Digits;

/**
 * Next year's plan made from this year's (แผนปีถัดไป): the same organization, roster, indicators
 * with their narratives, sign-off people and risk settings, for the next fiscal year's first round
 * with no report date, and of the measures only those the consolidated workbook does not give as
 * ดำเนินการแล้ว; a measure it does not hold at all is carried over too, as nothing shows it done.
 * The officer decides on each carried measure from its state, written beside it.
 */
public record CarryOver(Plan plan, List<CarriedMeasure> carried, List<Measure> dropped, PreviousRound previous) {

	/** The header of the column of last year's states, which the plan reader does not read. */
	public static final String PREVIOUS_STATE_HEADER = "สถานะปีก่อน (ใช้ประกอบการตัดสินใจ)";

	public CarryOver {
		carried = List.copyOf(carried);
		dropped = List.copyOf(dropped);
	}

	/**
	 * Why this consolidated workbook cannot give this plan's measures their states, in Thai and
	 * naming both files, or empty when it is of the plan's organization (by code when both have one,
	 * else by name) and fiscal year.
	 */
	public static Optional<String> mismatch(Plan plan, Path planFile, PreviousRound previous) {
		if (!previous.isOf(plan.organization())) {
			return Optional.of(ProblemCode.NEXT_PLAN_OTHER_ORGANIZATION.message(previous.file().toString(),
					previous.organization(), planFile.toString(), plan.organization().name()));
		}
		int year = plan.period().fiscalYear();
		if (previous.period().fiscalYear() != year) {
			return Optional.of(ProblemCode.NEXT_PLAN_OTHER_FISCAL_YEAR.message(previous.file().toString(),
					Integer.toString(previous.period().fiscalYear()), planFile.toString(), Integer.toString(year)));
		}
		return Optional.empty();
	}

	/** The plan of the fiscal year after {@code current}'s, with the measures {@code previous} leaves undone. */
	public static CarryOver of(Plan current, PreviousRound previous) {
		List<CarriedMeasure> carried = new ArrayList<>();
		List<Measure> dropped = new ArrayList<>();
		for (Measure measure : current.measures()) {
			Optional<ProgressState> state = previous.stateOf(measure.id());
			if (state.equals(Optional.of(ProgressState.DONE))) {
				dropped.add(measure);
			}
			else {
				carried.add(new CarriedMeasure(measure, state));
			}
		}
		SignOff signOff = current.signOff();
		Plan next = new Plan(current.organization(), new ReportingPeriod(current.period().fiscalYear() + 1, 1),
				new SignOff(signOff.preparer(), signOff.reviewer(), signOff.approver(), Optional.empty()),
				current.divisions(), current.indicators(), carried.stream().map(CarriedMeasure::measure).toList(),
				current.risk());
		return new CarryOver(next, carried, dropped, previous);
	}

	/** The file name of the new plan: "plan-2567.xlsx". */
	public String fileName() {
		return "plan-" + this.plan.period().fiscalYear() + ".xlsx";
	}

	/** Writes the new plan, each carried measure's state in a column of its own on the measures sheet. */
	public void write(Path target) throws IOException {
		Map<String, String> notes = new LinkedHashMap<>();
		this.carried.forEach((measure) -> notes.put(measure.measure().id(), measure.note()));
		String banner = "มาตรการในชีตนี้ยกมาจากแผนปีก่อน เฉพาะที่ยังไม่แล้วเสร็จตามรายงานรวม"
				+ this.previous.period().title(Digits.THAI) + " ให้พิจารณาจากคอลัมน์ \"" + PREVIOUS_STATE_HEADER
				+ "\" ว่าจะทำต่อหรือไม่ ลบแถวที่ไม่ทำต่อ แล้วเพิ่มมาตรการของปีนี้ (ระบบไม่อ่านคอลัมน์นั้น)";
		PlanWriter.write(this.plan, new PlanWriter.MeasureNotes(PREVIOUS_STATE_HEADER, notes), banner, target);
	}

}
