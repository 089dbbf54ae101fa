package th.ita.merge;

import java.util.List;

import th.ita.merge.division.Submission;
import th.ita.merge.measure.MeasureReport;
import th.ita.merge.merge.Features;
import th.ita.merge.problem.Problem;
import th.ita.merge.risk.RiskEntry;

/** A division file as the merge read it, with the rows of each feature's sheet at hand. */
public record ReadSubmission(Submission submission, Features features) {

	public List<MeasureReport> reports() {
		return this.submission.accepted(this.features.measures());
	}

	public List<RiskEntry> risks() {
		return this.submission.accepted(this.features.risks());
	}

	public List<Problem> problems() {
		return this.submission.problems();
	}

	public String file() {
		return this.submission.file();
	}

	public String divisionCode() {
		return this.submission.divisionCode();
	}

	public int rowsRead() {
		return this.submission.rowsRead();
	}

	public int rowsAccepted() {
		return this.submission.rowsAccepted();
	}

	public int rowsRejected() {
		return this.submission.rowsRejected();
	}

}
