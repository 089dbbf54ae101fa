package th.ita.merge.division;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.Table;
import th.ita.merge.xlsx.XlsxFile;

/**
 * A feature's sheet of the division workbook as a returned file is read: found by its name, its
 * table found by its headers, its rows handed one at a time to the feature's checks. A sheet that
 * is missing is {@code whenMissing}; a header the division must not lose ({@code required}) that is
 * missing is a problem of the sheet. The problems of the sheet come first, then those of its rows.
 */
public record TableSheet(String name, ProblemCode whenMissing, List<String> headers, List<String> required) {

	/** A feature's checks of the rows of its table. */
	public interface Rows {

		/** One row below the header, as it streams past. */
		void accept(Table.Row row);

		/** Once every row is read: the table, and the merged ranges of its sheet. */
		default void afterTable(Table table, List<String> mergedRanges) {
		}

	}

	public TableSheet {
		headers = List.copyOf(headers);
		required = List.copyOf(required);
	}

	public <R> SheetResult<R> read(DivisionSheet<R> feature, XlsxFile workbook, Location file, RowTally<R> tally,
			Rows rows) throws IOException {
		Optional<SheetInfo> sheet = workbook.sheet(this.name);
		if (sheet.isEmpty()) {
			return SheetResult.none(feature, List.of(Problem.of(this.whenMissing, file, "", this.name)));
		}
		Location where = file.at(this.name, "", "");
		Table table = Table.read(workbook, sheet.get(), this.headers, rows::accept);
		List<Problem> problems = new ArrayList<>();
		for (String header : table.missingHeaders()) {
			if (this.required.contains(header)) {
				problems.add(Problem.of(ProblemCode.HEADER_MISSING, where, "", header, this.name));
			}
		}
		if (!table.found()) {
			return SheetResult.none(feature, problems);
		}
		rows.afterTable(table, workbook.mergedRanges(sheet.get()));
		return tally.result(feature).after(problems);
	}

}
