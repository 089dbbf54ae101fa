package th.ita.merge.merge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/**
 * What only the whole run can tell, settled once every file is read: of two files from one
 * division the one saved last is used and the other superseded, or noted once as a copy when its
 * bytes are the same; divisions that sent nothing and measures nobody reported on are problems.
 * Safe to repeat when a run is restarted.
 */
final class CrossFileRules {

	private static final Comparator<StagedFile> NEWEST_FIRST = Comparator.comparing(StagedFile::savedAt)
		.thenComparing(StagedFile::fileTime)
		.thenComparing(StagedFile::name)
		.reversed();

	private final StagingTables tables;

	CrossFileRules(StagingTables tables) {
		this.tables = tables;
	}

	void settle(long run, Plan plan) {
		this.tables.unsettle(run);
		Map<String, List<StagedFile>> byDivision = new LinkedHashMap<>();
		this.tables.files(run)
			.stream()
			.filter((file) -> file.division() != null)
			.forEach((file) -> byDivision.computeIfAbsent(file.division(), (code) -> new ArrayList<>()).add(file));
		for (List<StagedFile> files : byDivision.values()) {
			files.sort(NEWEST_FIRST);
			StagedFile newest = files.get(0);
			for (StagedFile older : files.subList(1, files.size())) {
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

	private void acrossFiles(long run, Problem problem) {
		this.tables.insertProblem(run, problem, true);
	}

}
