package th.ita.merge.plan.internal;

import java.util.ArrayList;
import java.util.List;

import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.xlsx.Table;

/** The problems found in one plan workbook, each named by its sheet and cell. */
final class PlanProblems {

	private final Location file;

	private final List<Problem> problems = new ArrayList<>();

	PlanProblems(Location file) {
		this.file = file;
	}

	void add(ProblemCode code, String sheet, String cell, String value, String... details) {
		this.problems.add(Problem.of(code, this.file.at(sheet, cell, ""), value, details));
	}

	/** The headers a plan table lacks, each a problem of its sheet. */
	void missingHeaders(Table table, String sheet) {
		missingHeaders(table, sheet, List.of());
	}

	/** The headers a plan table lacks, but for optional ones. */
	void missingHeaders(Table table, String sheet, List<String> optional) {
		for (String header : table.missingHeaders()) {
			if (optional.contains(header)) {
				continue;
			}
			this.problems.add(Problem.of(ProblemCode.PLAN_HEADER_MISSING, this.file.at(sheet, "", header), "", header,
					sheet));
		}
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	List<Problem> list() {
		return List.copyOf(this.problems);
	}

}
