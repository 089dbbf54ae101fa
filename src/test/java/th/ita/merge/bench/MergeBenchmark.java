package th.ita.merge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.merge.Features;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.samples.SeedData;
import th.ita.merge.samples.TemplateFiller;

/**
 * A rerunnable benchmark of the merge, kept out of the test suite so timing never makes a test
 * flaky. It builds a plan with {@code N} divisions that all report on the seed's 17 measures,
 * writes and fills their templates, then runs {@code merge} on them and prints the wall time,
 * the files per second and the peak heap in use. Run it with several sizes to see that memory
 * stays flat as the number of files grows:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/cp.txt)" th.ita.merge.bench.MergeBenchmark 50 200 800
 * </pre>
 */
public final class MergeBenchmark {

	private MergeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = new ArrayList<>();
		for (String arg : args) {
			sizes.add(Integer.parseInt(arg));
		}
		if (sizes.isEmpty()) {
			sizes.add(200);
		}
		System.out.println("files\tseconds\tfiles/s\tpeak heap MB");
		for (int size : sizes) {
			run(size);
		}
	}

	private static void run(int divisions) throws Exception {
		Path work = Files.createTempDirectory("ita-bench");
		Path input = divisionFiles(divisions, work);
		System.gc();
		resetPeaks();
		long start = System.nanoTime();
		int status = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output",
				work.resolve("output").toString());
		double seconds = (System.nanoTime() - start) / 1e9;
		if (status != 0) {
			throw new IllegalStateException("merge exited with " + status);
		}
		System.out.printf("%d\t%.1f\t%.1f\t%d%n", divisions, seconds, divisions / seconds, peakHeapMegabytes());
	}

	/**
	 * Writes a plan of {@code divisions} divisions that all report on the seed's 17 measures, and
	 * each division's filled template, into {@code work/input}; returns that folder.
	 */
	public static Path divisionFiles(int divisions, Path work) throws IOException {
		Path input = work.resolve("input");
		Plan plan = plan(divisions);
		PlanWriter.write(plan, input.resolve("plan.xlsx"));
		Path templates = work.resolve("templates");
		TemplateGenerator.generate(plan, Features.of(plan).sheets(), templates, TemplateGenerator.DEFAULT_SHEET_PASSWORD);
		for (Division division : plan.divisions()) {
			List<SeedData.Report> reports = plan.measures()
				.stream()
				.map((measure) -> new SeedData.Report(division.code(), measure.id(),
						ProgressState.DONE, "ดำเนินการตลอดปีงบประมาณ โดย" + division.name(), "", ""))
				.toList();
			TemplateFiller.fill(templates.resolve(TemplateGenerator.fileName(plan, division)), input.resolve(TemplateGenerator.fileName(plan, division)),
					reports);
		}
		return input;
	}

	private static Plan plan(int divisions) {
		Plan seed = SeedData.plan();
		List<Division> roster = new ArrayList<>();
		for (int i = 1; i <= divisions; i++) {
			roster.add(new Division(String.format("D%04d", i), "กองที่ " + i, List.of()));
		}
		List<Measure> measures = seed.measures()
			.stream()
			.map((m) -> new Measure(m.id(), m.tool(), m.indicator(), m.topic(), m.weakness(), m.guideline(),
					Measure.EVERY_DIVISION, List.of(Measure.EVERY_DIVISION)))
			.toList();
		return new Plan(seed.organization(), seed.period(), seed.signOff(), roster, seed.indicators(), measures,
				seed.risk());
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeapMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}

}
