package th.ita.merge.merge.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.merge.division.InputFiles;
import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/**
 * What only the whole run can tell, settled once every file is read: of two files from one
 * division the one saved last is used and the other superseded, or noted once as a copy when its
 * bytes are the same (the choice is explained in the log); divisions that sent nothing, measures
 * nobody reported on and entries of the input folder that are not files are problems.
 * Safe to repeat when a run is restarted.
 */
final class CrossFileRules {

	private static final Comparator<StagedFile> NEWEST_FIRST = Comparator.comparing(StagedFile::savedAt)
		.thenComparing(StagedFile::fileTime)
		.thenComparing(StagedFile::name)
		.reversed();

	private static final Logger LOGGER = LoggerFactory.getLogger(CrossFileRules.class);

	private final StagingTables tables;

	CrossFileRules(StagingTables tables) {
		this.tables = tables;
	}

	void settle(MergeRun merge) {
		long run = merge.id();
		Plan plan = merge.plan();
		this.tables.unsettle(run);
		skippedEntries(merge);
		Map<String, List<StagedFile>> byDivision = new LinkedHashMap<>();
		this.tables.files(run)
			.stream()
			.filter((file) -> file.division() != null)
			.forEach((file) -> byDivision.computeIfAbsent(file.division(), (code) -> new ArrayList<>()).add(file));
		for (List<StagedFile> files : byDivision.values()) {
			files.sort(NEWEST_FIRST);
			StagedFile newest = files.get(0);
			for (StagedFile older : files.subList(1, files.size())) {
				LOGGER.info("Division {}: using {} (saved {}, file time {}) rather than {} (saved {}, file time {})",
						older.division(), newest.name(), newest.savedAt(), newest.fileTime(), older.name(),
						older.savedAt(), older.fileTime());
				this.tables.supersede(run, older.name(), newest.name());
				boolean copy = older.contentHash() != null && older.contentHash().equals(newest.contentHash());
				acrossFiles(run, Problem.of(copy ? ProblemCode.DUPLICATE_COPY : ProblemCode.SUPERSEDED,
						Location.ofFile(older.name()), older.name(), newest.name()));
			}
		}
		for (Division division : plan.divisions()) {
			if (!byDivision.containsKey(division.code())) {
				acrossFiles(run, Problem.of(ProblemCode.DIVISION_NOT_SUBMITTED, new Location("", "", "", division.name()),
						"", division.name(), Integer.toString(plan.measuresOf(division).size())));
			}
		}
		Set<String> reported = this.tables.reportedMeasures(run);
		for (Measure measure : plan.measures()) {
			if (!reported.contains(measure.id())) {
				List<String> owners = plan.divisionsResponsibleFor(measure).stream().map(Division::name).toList();
				acrossFiles(run, Problem.of(ProblemCode.MEASURE_NOT_REPORTED, new Location("", "", "", measure.id()), "",
						measure.id(), String.join(", ", owners)));
			}
		}
	}

	/**
	 * What in the input folder is not a file, named so that a division's file in a sub-folder is not
	 * lost unseen; the feedback folder of an output written into the input folder is the tool's own.
	 */
	private void skippedEntries(MergeRun merge) {
		Path ownFeedback = MergeOutputs.of(merge.output(), merge.plan()).feedback().toAbsolutePath();
		for (InputFiles.Skipped skipped : InputFiles.skipped(merge.input())) {
			if (skipped.path().toAbsolutePath().equals(ownFeedback)) {
				continue;
			}
			String name = skipped.path().getFileName().toString();
			LOGGER.warn("Not read: {} is a {}", skipped.path(), skipped.kind());
			acrossFiles(merge.id(), Problem.of(ProblemCode.INPUT_ENTRY_SKIPPED, Location.ofFile(name), name,
					skipped.thai()));
		}
	}

	private void acrossFiles(long run, Problem problem) {
		this.tables.insertProblem(run, problem, true);
	}

}
