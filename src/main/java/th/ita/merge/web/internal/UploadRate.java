package th.ita.merge.web.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * At most {@link #PER_MINUTE} uploads per link in any minute: more than a clerk correcting a file
 * ever sends, few enough that a leaked link cannot fill the disk.
 */
@Component
@ConditionalOnWebApplication
class UploadRate {

	static final int PER_MINUTE = 10;

	private final Clock clock;

	private final Map<String, Deque<Long>> recent = new HashMap<>();

	UploadRate() {
		this(Clock.systemUTC());
	}

	UploadRate(Clock clock) {
		this.clock = clock;
	}

	/** Whether one more upload through {@code token} is allowed now; counts it when it is. */
	synchronized boolean allow(String token) {
		long now = this.clock.millis();
		Deque<Long> times = this.recent.computeIfAbsent(token, (key) -> new ArrayDeque<>());
		while (!times.isEmpty() && times.peekFirst() <= now - 60_000) {
			times.removeFirst();
		}
		if (times.size() >= PER_MINUTE) {
			return false;
		}
		times.addLast(now);
		return true;
	}

}
