package th.ita.merge.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a run needs, three ways, because no one way tells it alone: the most in use seen by a
 * thread that looks every 20 ms; the sum of the heap pools' own peaks (which count garbage not yet
 * collected, so they follow the young generation's size as much as the run); and the most still
 * in use just after a collection, the live set, which is what must stay flat as files are added.
 * Started after a full collection, so what came before does not count.
 */
final class HeapPeak implements AutoCloseable {

	private static final long MB = 1024 * 1024;

	private final AtomicLong sampled = new AtomicLong();

	private final AtomicLong afterCollection = new AtomicLong();

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	private final NotificationListener listener = this::collected;

	/** The heap's pools by name; the collectors report the non-heap pools (metaspace…) too. */
	private final Set<String> heapPools = new HashSet<>();

	private final Thread sampler;

	private volatile boolean running = true;

	private HeapPeak() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
			if (pool.getType() == MemoryType.HEAP) {
				this.heapPools.add(pool.getName());
			}
		}
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this.listener, null, null);
				this.emitters.add(emitter);
			}
		}
		this.sampler = new Thread(this::sample, "heap-sampler");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/** Collects what is garbage, then starts watching. */
	static HeapPeak start() {
		System.gc();
		return new HeapPeak();
	}

	long sampledMegabytes() {
		return this.sampled.get() / MB;
	}

	long poolPeakMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / MB;
	}

	long liveMegabytes() {
		return this.afterCollection.get() / MB;
	}

	private void sample() {
		while (this.running) {
			this.sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void collected(Notification notification, Object handback) {
		if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		long used = 0;
		for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
			if (this.heapPools.contains(pool.getKey())) {
				used += pool.getValue().getUsed();
			}
		}
		this.afterCollection.accumulateAndGet(used, Math::max);
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.sampler.interrupt();
		this.sampler.join();
		for (NotificationEmitter emitter : this.emitters) {
			try {
				emitter.removeNotificationListener(this.listener);
			}
			catch (ListenerNotFoundException ex) {
				// already gone: nothing to undo
			}
		}
	}

}
