package th.ita.merge.problem;

/**
 * Where a problem is: the file, and when it concerns part of it, the sheet, the cell (A1) and the
 * field the cell holds. Blank parts are "".
 */
public record Location(String file, String sheet, String cell, String field) {

	public static Location ofFile(String file) {
		return new Location(file, "", "", "");
	}

	public Location at(String sheet, String cell, String field) {
		return new Location(this.file, sheet, cell, field);
	}

}
