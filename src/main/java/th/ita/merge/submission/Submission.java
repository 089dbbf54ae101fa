package th.ita.merge.submission;

import java.time.Instant;
import java.util.List;

import th.ita.merge.problem.Problem;

/**
 * What one file in the input folder gave: which division it is from (when it could be told), the
 * reports accepted from it and the problems found in it. Every row read is either accepted or
 * rejected: {@code rowsRead == rowsAccepted + rowsRejected}.
 */
public record Submission(String file, String divisionCode, Instant savedAt, Instant fileTime,
		List<MeasureReport> reports, List<Problem> problems, int rowsRead, int rowsRejected) {

	public Submission {
		reports = List.copyOf(reports);
		problems = List.copyOf(problems);
	}

	/** Whether the file was recognised as a template of this plan for a division on the roster. */
	public boolean identified() {
		return this.divisionCode != null;
	}

	public int rowsAccepted() {
		return this.rowsRead - this.rowsRejected;
	}

}
