package th.ita.merge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import th.ita.merge.cli.ItaMergeCommand;

/**
 * A rerunnable benchmark of the province roll-up, kept out of the test suite so timing never
 * makes a test flaky. Per number of organizations it generates their consolidated workbooks with
 * the project's own writers ({@link OrganizationWorkbooks}, cached under
 * {@code target/rollup-bench/<n>} so a rerun starts at once), then in the same JVM times a raw floor
 * over the same files ({@link RollupFloor}: unzip and SAX-parse the sheets a roll-up must read,
 * nothing else; best of two), the same read through the project's {@code XlsxFile}, and the
 * roll-up itself, run as the officer runs it ({@code rollup --input --output}). The bar:
 * the roll-up within 2× the floor, at most 512 MB of heap, and no more heap at 7,852 than at 334.
 * The heap is given three ways ({@link HeapPeak}); all three grow into whatever {@code -Xmx}
 * allows (G1 collects late, and H2's caches fill free heap), so the test that memory does not grow
 * with the files is a run at both sizes under a small heap: {@code -Xmx96m} instead of 512m. Times are wall seconds with the process's CPU seconds
 * in brackets ({@link Stopwatch}): on a shared machine the CPU ratio is the steadier. Run it from
 * the project folder:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/cp.txt)" th.ita.merge.bench.RollupBenchmark 334 7852
 * </pre>
 * The last column is a roll-up of a single organization run right after, JVM warm: the start of the
 * command and its job, which no number of files shares out. The roll-up's own console lines come
 * first; the table is printed again at the end.
 */
public final class RollupBenchmark {

	private static final String HEADER = "orgs\tgen s\tfloor s (cpu)\txlsx s (cpu)\trollup s (cpu)\tratio (cpu)\tfiles/s"
			+ "\theap MB sampled/pools/live\t1 org s";

	private RollupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("ita.pdf.enabled", "false");
		List<String> table = new ArrayList<>();
		for (String arg : args) {
			String line = run(Integer.parseInt(arg));
			table.add(line);
			System.out.println(HEADER);
			System.out.println(line);
		}
		System.out.println();
		System.out.println(HEADER);
		table.forEach(System.out::println);
	}

	private static String run(int organizations) throws Exception {
		Stopwatch generating = Stopwatch.start();
		Path input = OrganizationWorkbooks.cached(organizations);
		double generation = generating.read().wall();
		int files = RollupFloor.workbooks(input).size();
		if (files != organizations) {
			throw new IllegalStateException(input + " holds " + files + " workbooks, not " + organizations);
		}
		Stopwatch.Reading floor = best(RollupFloor.time(input), RollupFloor.time(input));
		Stopwatch.Reading xlsx = RollupFloor.timeXlsx(input);
		Rollup rollup;
		HeapPeak heap = HeapPeak.start();
		try (heap) {
			rollup = Rollup.of(input);
		}
		String figures = String.format("%d\t%.1f\t%s\t%s", organizations, generation, seconds(floor), seconds(xlsx));
		if (!rollup.wroteWorkbook()) {
			return figures + String.format("\t— the roll-up exited with %d and wrote no workbook (floor: %.0f files/s)",
					rollup.status(), organizations / floor.wall());
		}
		Stopwatch.Reading one = Rollup.of(OrganizationWorkbooks.cached(1)).time();
		return figures + String.format("\t%s\t%.2f (%.2f)\t%.0f\t%d/%d/%d\t%.2f%s", seconds(rollup.time()),
				rollup.time().wall() / floor.wall(), rollup.time().cpu() / floor.cpu(), organizations / rollup.time().wall(),
				heap.sampledMegabytes(), heap.poolPeakMegabytes(), heap.liveMegabytes(), one.wall(),
				rollup.verdict(input.resolveSibling("output")));
	}

	/** One run of the roll-up command on a folder, into the folder beside it, as the officer runs it. */
	private record Rollup(int status, Stopwatch.Reading time, boolean wroteWorkbook) {

		static Rollup of(Path input) throws Exception {
			Path output = input.resolveSibling("output");
			Workspace.delete(output);
			Stopwatch stopwatch = Stopwatch.start();
			int status = ItaMergeCommand.execute("rollup", "--input", input.toString(), "--output", output.toString());
			Stopwatch.Reading time = stopwatch.read();
			return new Rollup(status, time, Files.isRegularFile(output.resolve("ita-2566-round1-province.xlsx")));
		}

		/**
		 * Nothing for a clean run; a run that failed after writing its workbook (out of memory in
		 * the summary, say) still has its times printed, marked so they are not taken for a pass.
		 */
		String verdict(Path output) {
			return switch (this.status) {
				case 0 -> "";
				case 1 -> "\tFAILED (exit status 1): " + output.resolve(".ita-merge").resolve("ita-merge.log");
				default -> "\t(exit status " + this.status + ")";
			};
		}

	}

	private static Stopwatch.Reading best(Stopwatch.Reading one, Stopwatch.Reading other) {
		return (one.wall() <= other.wall()) ? one : other;
	}

	/** Wall seconds, and CPU seconds in brackets. */
	private static String seconds(Stopwatch.Reading reading) {
		return String.format("%.2f (%.2f)", reading.wall(), reading.cpu());
	}

}
