package th.ita.merge.measure;

import java.util.List;
import java.util.Optional;

/**
 * The state of a measure in a progress report (ผลการดำเนินการ). The report prints the result text
 * in the column of its state, in this order.
 */
public enum ProgressState {

	IN_PROGRESS("อยู่ระหว่างดำเนินการ"),

	DONE("ดำเนินการแล้ว"),

	NOT_STARTED("ยังไม่ดำเนินการ");

	private final String thai;

	ProgressState(String thai) {
		this.thai = thai;
	}

	public String thai() {
		return this.thai;
	}

	/** The state whose Thai name is exactly {@code text}. */
	public static Optional<ProgressState> ofThai(String text) {
		for (ProgressState state : values()) {
			if (state.thai.equals(text)) {
				return Optional.of(state);
			}
		}
		return Optional.empty();
	}

	/**
	 * A measure's state across the divisions that report on it: not started while none has
	 * started, done once every responsible division has reported it done, else in progress.
	 */
	public static ProgressState overall(List<ProgressState> states, boolean everyoneReported) {
		if (states.stream().allMatch((state) -> state == NOT_STARTED)) {
			return NOT_STARTED;
		}
		if (everyoneReported && states.stream().allMatch((state) -> state == DONE)) {
			return DONE;
		}
		return IN_PROGRESS;
	}

}
