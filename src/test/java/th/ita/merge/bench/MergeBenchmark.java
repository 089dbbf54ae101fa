package th.ita.merge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.FileSystemUtils;

import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.merge.Features;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;
import th.ita.merge.samples.TemplateFiller;

/**
 * A rerunnable benchmark of the merge, kept out of the test suite so timing never makes a test
 * flaky. Per size {@code N} it builds a plan of {@code N} divisions that all report on the seed's
 * 17 measures, writes their templates with the project's own writer and fills them as divisions
 * do (the seed's result texts, three risks each), then in the same run times the merge, and a raw
 * floor over the same files: opening each and parsing its two sheets, nothing else. It prints the
 * files per second, the merge's ratio to the floor and the heap in use at its highest and just
 * after collections ({@link HeapPeaks}). With {@code startup} it also times, best of three, the
 * start of a separate JVM for {@code --version} and for the samples' merge (no PDF), on this
 * class path; with {@code shipped}, the same as shipped, after {@code mvn package}: the jar, the
 * launchers' flags, the extracted jar and its class-data archive ({@link ShippedStartup}), and
 * with {@code aot=<a JDK 25 home>} that JDK's AOT cache as a note; with {@code smallest}, per
 * size the smallest heap the merge finishes in, in fresh JVMs ({@link SmallestHeap}):
 * <pre>
 * mvn -q package -DskipTests
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/cp.txt)" th.ita.merge.bench.MergeBenchmark startup shipped 50 200 800
 * </pre>
 */
public final class MergeBenchmark {

	private MergeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = new ArrayList<>();
		boolean startup = false;
		boolean shipped = false;
		boolean smallest = false;
		Path newerJdk = null;
		for (String arg : args) {
			if (arg.equals("startup")) {
				startup = true;
			}
			else if (arg.equals("shipped")) {
				shipped = true;
			}
			else if (arg.equals("smallest")) {
				smallest = true;
			}
			else if (arg.startsWith("aot=")) {
				newerJdk = Path.of(arg.substring("aot=".length()));
			}
			else {
				sizes.add(Integer.parseInt(arg));
			}
		}
		if (startup) {
			StartupTimes.print();
		}
		if (shipped) {
			ShippedStartup.print(newerJdk);
		}
		System.out.println("files\tmerge s\tfloor s\tratio\tfiles/s\tpeak heap MB\tafter GC MB\tpool peaks MB"
				+ (smallest ? "\tsmallest heap MB" : ""));
		for (int size : sizes) {
			run(size, smallest);
		}
	}

	private static void run(int divisions, boolean smallest) throws Exception {
		Path work = Files.createTempDirectory("ita-bench");
		Path input = divisionFiles(divisions, work);
		double floor = RawFloor.seconds(input);
		System.gc();
		HeapPeaks heap = new HeapPeaks();
		long start = System.nanoTime();
		int status = ItaMergeCommand.execute("merge", "--input", input.toString(), "--output",
				work.resolve("output").toString());
		double seconds = (System.nanoTime() - start) / 1e9;
		heap.stop();
		if (status != 0) {
			throw new IllegalStateException("merge exited with " + status);
		}
		// a fresh JVM's start-up and the JIT's warming on top of four times this run
		Duration limit = Duration.ofSeconds(20 + Math.round(4 * seconds));
		String smallestHeap = smallest ? "\t" + SmallestHeap.megabytes(input, work, limit) : "";
		System.out.printf("%d\t%.1f\t%.2f\t%.1f\t%.1f\t%d\t%d\t%d%s%n", divisions, seconds, floor, seconds / floor,
				divisions / seconds, heap.peakMegabytes(), heap.afterCollectionMegabytes(), heap.poolPeaksMegabytes(),
				smallestHeap);
		FileSystemUtils.deleteRecursively(work);
	}

	/**
	 * Writes a plan of {@code divisions} divisions that all report on the seed's 17 measures, and
	 * each division's filled template, into {@code work/input}; returns that folder.
	 */
	public static Path divisionFiles(int divisions, Path work) throws IOException {
		Path input = work.resolve("input");
		Plan plan = SeedData.planOfDivisions(divisions);
		PlanWriter.write(plan, input.resolve("plan.xlsx"));
		Path templates = work.resolve("templates");
		TemplateGenerator.generate(plan, Features.of(plan).sheets(), templates, TemplateGenerator.DEFAULT_SHEET_PASSWORD);
		for (Division division : plan.divisions()) {
			List<SeedData.Report> reports = plan.measures()
				.stream()
				.map((measure) -> realistic(division, measure))
				.toList();
			List<SampleRisks.Risk> risks = SampleRisks.risks().subList(0, 3);
			TemplateFiller.fill(templates.resolve(TemplateGenerator.fileName(plan, division)),
					input.resolve(TemplateGenerator.fileName(plan, division)), reports, risks);
		}
		return input;
	}

	/** A division's report on a measure as the samples' divisions wrote theirs: the seed's own texts. */
	private static SeedData.Report realistic(Division division, Measure measure) {
		List<SeedData.Report> seed = SeedData.reports();
		SeedData.Report model = seed.get(Math.floorMod((division.code() + measure.id()).hashCode(), seed.size()));
		return new SeedData.Report(division.code(), measure.id(), model.state(),
				model.result().isEmpty() ? "" : model.result() + " โดย" + division.name(), model.remark(),
				model.evidenceLink());
	}

}
