package th.ita.merge.bench;

import java.lang.management.ManagementFactory;

/**
 * Wall time and the process's CPU time over the same stretch. The benchmarks often share a
 * machine with builds; the CPU time of a single-threaded read barely moves when other processes
 * take the processors, so a ratio of CPU times is the one to trust when wall times are noisy.
 */
final class Stopwatch {

	private final long wall = System.nanoTime();

	private final long cpu = cpuNanos();

	/** What a stopwatch read: wall and CPU seconds. */
	record Reading(double wall, double cpu) {
	}

	static Stopwatch start() {
		return new Stopwatch();
	}

	Reading read() {
		return new Reading((System.nanoTime() - this.wall) / 1e9, (cpuNanos() - this.cpu) / 1e9);
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
