package th.ita.merge.division;

import java.util.List;

/**
 * A row of a returned file that was read but not accepted, kept so that it stays visible: its key
 * (a measure's id, a risk's event), the cell that names it, what the division wrote in it, column
 * by column, and why it was not accepted (the messages of its errors, one a line).
 */
public record RejectedRow(String key, String cell, List<String> written, String reasons) {

	public RejectedRow {
		written = List.copyOf(written);
	}

	/** What a feature knows of a row before its checks say whether it is accepted. */
	public record AsWritten(String key, String cell, List<String> written) {
	}

}
