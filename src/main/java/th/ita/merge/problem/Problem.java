package th.ita.merge.problem;

/**
 * One problem found in the input: what (code, severity), where (file, sheet, cell, field), the
 * value found and a Thai message that says what to do. One row of the error log.
 */
public record Problem(Severity severity, ProblemCode code, String file, String sheet, String cell, String field,
		String value, String message) {

	public static Problem of(ProblemCode code, Location where, String value, String... details) {
		String found = (value != null) ? value : "";
		return new Problem(code.severity(), code, where.file(), where.sheet(), where.cell(), where.field(), found,
				code.message(found, details));
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

}
