package th.ita.merge.value;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A moment as Thai offices write it: the date as {@link ThaiDate#inFigures} writes it and the time, in local time. */
public final class ThaiTime {

	private ThaiTime() {
	}

	/** "5/4/2566 09:30". */
	public static String of(Instant instant) {
		ZonedDateTime time = instant.atZone(ZoneId.systemDefault());
		return ThaiDate.inFigures(time.toLocalDate()) + String.format(" %02d:%02d", time.getHour(), time.getMinute());
	}

}
