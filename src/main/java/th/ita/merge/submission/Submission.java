package th.ita.merge.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import th.ita.merge.problem.Problem;
import th.ita.merge.risk.RiskEntry;
import th.ita.merge.risk.RiskRowReader;

/**
 * What one file in the input folder gave: which division it is from (when it could be told), the
 * measure reports and risks accepted from it and the problems found in it. Every row read is either accepted or
 * rejected: {@code rowsRead == rowsAccepted + rowsRejected}.
 */
public record Submission(String file, String divisionCode, Instant savedAt, Instant fileTime,
		List<MeasureReport> reports, List<Problem> problems, int rowsRead, int rowsRejected, List<RiskEntry> risks) {

	public Submission {
		reports = List.copyOf(reports);
		problems = List.copyOf(problems);
		risks = List.copyOf(risks);
	}

	/** A file's measures sheet alone, before its risk sheet is read. */
	public Submission(String file, String divisionCode, Instant savedAt, Instant fileTime, List<MeasureReport> reports,
			List<Problem> problems, int rowsRead, int rowsRejected) {
		this(file, divisionCode, savedAt, fileTime, reports, problems, rowsRead, rowsRejected, List.of());
	}

	/** This submission with the risks read from the file's risk sheet, whose rows count in too. */
	public Submission withRisks(RiskRowReader.Result risks) {
		List<Problem> all = new ArrayList<>(this.problems);
		all.addAll(risks.problems());
		List<RiskEntry> entries = new ArrayList<>(this.risks);
		entries.addAll(risks.risks());
		return new Submission(this.file, this.divisionCode, this.savedAt, this.fileTime, this.reports, all,
				this.rowsRead + risks.read(), this.rowsRejected + risks.rejected(), entries);
	}

	/** Whether the file was recognised as a template of this plan for a division on the roster. */
	public boolean identified() {
		return this.divisionCode != null;
	}

	public int rowsAccepted() {
		return this.rowsRead - this.rowsRejected;
	}

}
