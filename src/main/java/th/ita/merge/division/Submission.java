package th.ita.merge.division;

import java.time.Instant;
import java.util.List;

import th.ita.merge.problem.Problem;

/**
 * What one file in the input folder gave: which division it is from (when it could be told), when
 * it was saved, the SHA-256 of its bytes, every problem found in it in the order found, and per
 * feature sheet the rows accepted and rejected.
 */
public record Submission(String file, String divisionCode, Instant savedAt, Instant fileTime, String contentHash,
		List<Problem> problems, List<SheetResult<?>> sheets) {

	public Submission {
		problems = List.copyOf(problems);
		sheets = List.copyOf(sheets);
	}

	/** A file that gave no rows: refused, or not recognised as a division's template. */
	static Submission refused(String file, String divisionCode, Instant savedAt, Instant fileTime, String contentHash,
			List<Problem> problems) {
		return new Submission(file, divisionCode, savedAt, fileTime, contentHash, problems, List.of());
	}

	/** The rows a feature's sheet accepted from this file. */
	@SuppressWarnings("unchecked")
	public <R> List<R> accepted(DivisionSheet<R> sheet) {
		return this.sheets.stream()
			.filter((result) -> result.sheet() == sheet)
			.findFirst()
			.map((result) -> (List<R>) result.accepted())
			.orElse(List.of());
	}

	/** The rows of a feature's sheet that were read but not accepted, as the division wrote them. */
	public List<RejectedRow> rejected(DivisionSheet<?> sheet) {
		return this.sheets.stream()
			.filter((result) -> result.sheet() == sheet)
			.findFirst()
			.map(SheetResult::rejectedRows)
			.orElse(List.of());
	}

	/** Whether the file was recognised as a template of this plan for a division on the roster. */
	public boolean identified() {
		return this.divisionCode != null;
	}

	public int rowsRead() {
		return this.sheets.stream().mapToInt(SheetResult::read).sum();
	}

	public int rowsAccepted() {
		return this.sheets.stream().mapToInt((result) -> result.accepted().size()).sum();
	}

	public int rowsRejected() {
		return this.sheets.stream().mapToInt(SheetResult::rejected).sum();
	}

}
