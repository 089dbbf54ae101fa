package th.ita.merge.merge.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;

import th.ita.merge.measure.MeasureChanges;
import th.ita.merge.measure.Movement;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.merge.PreviousRound;
import th.ita.merge.plan.Plan;
import th.ita.merge.risk.RiskChanges;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * What changed since the round before (ความเปลี่ยนแปลงจากรอบก่อน), printable like the report: per
 * measure its state then and now and how it moved, the measures added and removed; per division
 * how its measures moved; the risks whose level changed, the new ones and the closed ones.
 */
final class ChangeSheet {

	static final String NAME = "ความเปลี่ยนแปลง";

	private static final int[] WIDTHS = { 12, 42, 20, 22, 22, 22 };

	private static final int LAST = WIDTHS.length - 1;

	private final SheetWriter out;

	private final Plan plan;

	private final Digits digits;

	ChangeSheet(Sheet sheet, ThaiStyles styles, Plan plan, Digits digits) {
		this.out = new SheetWriter(sheet, styles, WIDTHS).printed();
		this.plan = plan;
		this.digits = digits;
	}

	void write(PreviousRound previous, MeasureChanges measures, RiskChanges risks) {
		String then = previous.period().title(this.digits);
		String now = this.plan.period().title(this.digits);
		this.out.title(LAST, "ความเปลี่ยนแปลงจาก" + then + " ถึง" + now, "ของ" + this.plan.organization().fullTitle(),
				"เทียบกับไฟล์ " + previous.file().getFileName());
		this.out.skip();
		this.out.cells(List.of("รหัสมาตรการ", "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน", "ผู้รับผิดชอบ",
				"สถานะ" + shortTitle(previous), "สถานะรอบนี้", "ความเปลี่ยนแปลง"), Look.TABLE_HEADER);
		this.out.keepWithNext();
		for (MeasureChanges.Line line : measures.lines()) {
			this.out.cells(List.of(line.measureId(), line.weakness(), line.responsible(), state(line.before()),
					state(line.now()), line.movement().thai()), looks(line.movement()));
		}
		this.out.skip();
		this.out.span("การเปลี่ยนแปลงของแต่ละสำนัก/กอง (นับตามมาตรการที่รายงาน)", Look.CELL_BOLD, 0, LAST);
		this.out.keepWithNext();
		this.out.cells(List.of("", "สำนัก/กอง", Movement.FORWARD.thai(), Movement.BACK.thai(),
				Movement.SAME.thai() + " / " + Movement.NOT_STARTED_IN_BOTH.thai(), Movement.ADDED.thai()), Look.TABLE_HEADER);
		this.out.keepWithNext();
		for (Map.Entry<String, Map<Movement, Integer>> division : measures.byDivision().entrySet()) {
			Map<Movement, Integer> counts = division.getValue();
			this.out.cells(List.of("", division.getKey(), count(counts, Movement.FORWARD), count(counts, Movement.BACK),
					count(counts, Movement.SAME) + " / " + count(counts, Movement.NOT_STARTED_IN_BOTH),
					count(counts, Movement.ADDED)), Look.CELL);
		}
		risks(risks);
		this.out.paginate();
	}

	private void risks(RiskChanges risks) {
		this.out.skip();
		this.out.span("ความเสี่ยงการทุจริต: ระดับที่เปลี่ยน " + this.digits.format(risks.changed().size())
				+ " รายการ ความเสี่ยงใหม่ " + this.digits.format(risks.added().size()) + " รายการ ปิดแล้ว (ไม่ได้ประเมินในรอบนี้) "
				+ this.digits.format(risks.closed().size()) + " รายการ", Look.CELL_BOLD, 0, LAST);
		this.out.keepWithNext();
		this.out.cells(List.of("", "เหตุการณ์ความเสี่ยง", "สำนัก/กอง", "ระดับรอบก่อน", "ระดับรอบนี้", "ความเปลี่ยนแปลง"),
				Look.TABLE_HEADER);
		this.out.keepWithNext();
		riskRows("ระดับเปลี่ยน", risks.changed());
		riskRows("ความเสี่ยงใหม่", risks.added());
		riskRows("ปิดแล้ว", risks.closed());
		if (risks.changed().isEmpty() && risks.added().isEmpty() && risks.closed().isEmpty()) {
			this.out.span("ไม่มีความเสี่ยงที่เปลี่ยนแปลง", Look.CELL_CENTRED, 0, LAST);
		}
	}

	private void riskRows(String change, List<RiskChanges.Change> risks) {
		for (RiskChanges.Change risk : risks) {
			this.out.cells(List.of("", risk.event(), risk.division(), risk.before(), risk.now(), change), Look.CELL);
		}
	}

	/** "รอบ ๖ เดือน ปี ๒๕๖๖": a round, as a column names it. */
	private String shortTitle(PreviousRound previous) {
		return "รอบ " + this.digits.format(previous.period().months()) + " เดือน ปี "
				+ this.digits.format(previous.period().fiscalYear());
	}

	private String count(Map<Movement, Integer> counts, Movement movement) {
		return this.digits.format(counts.getOrDefault(movement, 0));
	}

	private static String state(Optional<ProgressState> state) {
		return state.map(ProgressState::thai).orElse("-");
	}

	/** The movement stands out in bold where it calls for a look: backwards, or not started in both. */
	private static List<Look> looks(Movement movement) {
		Look mark = (movement == Movement.BACK || movement == Movement.NOT_STARTED_IN_BOTH) ? Look.CELL_BOLD : Look.CELL;
		return List.of(Look.CELL, Look.CELL, Look.CELL, Look.CELL, Look.CELL, mark);
	}

}
