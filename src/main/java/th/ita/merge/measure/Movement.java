package th.ita.merge.measure;

import java.util.Optional;

/**
 * How a measure, or one division's part in it, moved from the round before to this one; the state
 * order is ยังไม่ดำเนินการ, อยู่ระหว่างดำเนินการ, ดำเนินการแล้ว.
 */
public enum Movement {

	FORWARD("ก้าวหน้า"),

	BACK("ถอยหลัง"),

	SAME("คงเดิม"),

	/** Not started in either round: the one a legal officer chases first. */
	NOT_STARTED_IN_BOTH("ยังไม่ดำเนินการทั้งสองรอบ"),

	/** In this round's plan, not in the round before. */
	ADDED("มาตรการใหม่"),

	/** In the round before, no longer in the plan. */
	REMOVED("นำออกจากแผน");

	private final String thai;

	Movement(String thai) {
		this.thai = thai;
	}

	public String thai() {
		return this.thai;
	}

	/** The movement between two states; a state missing on one side makes the measure added or removed. */
	public static Movement of(Optional<ProgressState> before, Optional<ProgressState> now) {
		if (before.isEmpty()) {
			return ADDED;
		}
		if (now.isEmpty()) {
			return REMOVED;
		}
		int from = rank(before.get());
		int to = rank(now.get());
		if (to > from) {
			return FORWARD;
		}
		if (to < from) {
			return BACK;
		}
		return (to == 0) ? NOT_STARTED_IN_BOTH : SAME;
	}

	private static int rank(ProgressState state) {
		return switch (state) {
			case NOT_STARTED -> 0;
			case IN_PROGRESS -> 1;
			case DONE -> 2;
		};
	}

}
