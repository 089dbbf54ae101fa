package th.ita.merge.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a run used, read at every garbage collection: the most it held just before one (the
 * heap in use at its highest, garbage included) and the most it still held just after one (what
 * the run kept alive, at most). The sum of each pool's own peak, which the benchmark printed
 * first, adds highs of eden and of the old generation reached at different moments: 408 MB for a
 * run at -Xmx256m that never ran short.
 */
final class HeapPeaks implements NotificationListener {

	private static final long MEGABYTE = 1024 * 1024;

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private volatile long beforeCollection;

	private volatile long afterCollection;

	/** Starts listening to every collector, the peaks of the pools reset. */
	HeapPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener(this, null, null);
		}
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
			var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
			this.beforeCollection = Math.max(this.beforeCollection, heap(info.getMemoryUsageBeforeGc()));
			this.afterCollection = Math.max(this.afterCollection, heap(info.getMemoryUsageAfterGc()));
		}
	}

	/** Stops listening. */
	void stop() throws Exception {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).removeNotificationListener(this);
		}
	}

	/** The heap in use at its highest, in megabytes: before a collection, or now. */
	long peakMegabytes() {
		return Math.max(this.beforeCollection, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed())
				/ MEGABYTE;
	}

	/** The most the heap held just after a collection, in megabytes. */
	long afterCollectionMegabytes() {
		return this.afterCollection / MEGABYTE;
	}

	/** The sum of the heap pools' own peaks, in megabytes, as first printed. */
	long poolPeaksMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / MEGABYTE;
	}

	private long heap(Map<String, MemoryUsage> pools) {
		return pools.entrySet()
			.stream()
			.filter((pool) -> this.heapPools.contains(pool.getKey()))
			.mapToLong((pool) -> pool.getValue().getUsed())
			.sum();
	}

}
