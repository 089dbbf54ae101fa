package th.ita.merge.measure.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.value.CellValues;

/**
 * Words in a result that say something other than its state, as the seed shows people write:
 * "อยู่ระหว่างการติดตามผล…" under ดำเนินการแล้ว, "ดำเนินการในปีงบประมาณถัดไป" under
 * อยู่ระหว่างดำเนินการ. The one list of such phrases; a match is a warning, and the text is kept.
 */
final class StateContradictions {

	private static final Map<ProgressState, List<String>> PHRASES = Map.of(
			ProgressState.DONE, List.of("อยู่ระหว่าง", "ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "ปีงบประมาณถัดไป"),
			ProgressState.IN_PROGRESS, List.of("ปีงบประมาณถัดไป", "ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ",
					"ดำเนินการแล้วเสร็จ"),
			ProgressState.NOT_STARTED, List.of("อยู่ระหว่าง", "ดำเนินการแล้ว", "แล้วเสร็จ"));

	private StateContradictions() {
	}

	/** The first phrase of {@code result} that contradicts {@code state}, if any. */
	static Optional<String> find(ProgressState state, String result) {
		String text = CellValues.words(result).replace(" ", "");
		return PHRASES.get(state).stream().filter(text::contains).findFirst();
	}

}
