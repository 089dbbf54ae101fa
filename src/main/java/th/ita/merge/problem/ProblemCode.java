package th.ita.merge.problem;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every problem a user can cause, with a stable code for the error log and its severity. The Thai
 * message for each code lives in {@code problems_th.properties}, the one place for user-facing
 * problem text; {@code {value}} stands for the value found and {@code {0}}, {@code {1}} for
 * details.
 */
public enum ProblemCode {

	// the plan workbook
	PLAN_INVALID(Severity.ERROR),

	// the risk sheet of a division file
	RISK_SHEET_MISSING(Severity.WARNING),
	RISK_CATEGORY_MISSING(Severity.ERROR),
	RISK_CATEGORY_UNKNOWN(Severity.ERROR),
	RISK_EVENT_MISSING(Severity.ERROR),
	RISK_LIKELIHOOD_INVALID(Severity.ERROR),
	RISK_IMPACT_INVALID(Severity.ERROR),
	RISK_SCORE_MISMATCH(Severity.WARNING),
	RISK_LEVEL_MISMATCH(Severity.WARNING),
	RISK_TREATMENT_MISSING(Severity.ERROR),
	RISK_STATUS_UNKNOWN(Severity.WARNING),
	RISK_DUPLICATE(Severity.ERROR),

	// the file as a whole; the first group stops the file from being opened at all
	FILE_UNREADABLE(Severity.ERROR, false),
	EMPTY_FILE(Severity.ERROR, false),
	NOT_EXCEL(Severity.ERROR, false),
	OLD_EXCEL_FORMAT(Severity.ERROR, false),
	PASSWORD_PROTECTED(Severity.ERROR, false),
	STRICT_OPEN_XML(Severity.ERROR, false),
	ZIP_BOMB(Severity.ERROR, false),
	UNSAFE_XML(Severity.ERROR, false),
	FILE_TOO_LARGE(Severity.ERROR, false),
	PLAN_AMONG_INPUTS(Severity.WARNING, false),
	NOT_A_TEMPLATE(Severity.ERROR, false),
	TEMPLATE_OUTDATED(Severity.ERROR),
	OTHER_ORGANIZATION(Severity.ERROR),
	OTHER_FISCAL_YEAR(Severity.ERROR),
	OTHER_ROUND(Severity.ERROR),
	UNKNOWN_DIVISION(Severity.ERROR),
	PLAN_CHANGED(Severity.WARNING),
	SHEET_MISSING(Severity.ERROR),
	HEADER_MISSING(Severity.ERROR),
	SUPERSEDED(Severity.WARNING),
	DUPLICATE_COPY(Severity.WARNING),

	// one row of the measures sheet
	MEASURE_ID_MISSING(Severity.ERROR),
	MEASURE_UNKNOWN(Severity.ERROR),
	MEASURE_NOT_OF_DIVISION(Severity.ERROR),
	MEASURE_DUPLICATE(Severity.ERROR),
	STATE_MISSING(Severity.ERROR),
	STATE_AMBIGUOUS(Severity.ERROR),
	STATE_UNKNOWN(Severity.ERROR),
	STATE_TYPED(Severity.WARNING),
	RESULT_MISSING(Severity.ERROR),
	RESULT_CONTRADICTS_STATE(Severity.WARNING),
	TEXT_TOO_LONG(Severity.ERROR),
	FORMULA_WITHOUT_VALUE(Severity.ERROR),
	CELL_ERROR(Severity.ERROR),
	HIDDEN_ROW(Severity.WARNING),
	MERGED_CELLS(Severity.WARNING),

	// across the files
	DIVISION_NOT_SUBMITTED(Severity.ERROR),
	MEASURE_NOT_REPORTED(Severity.WARNING);

	private static final String BUNDLE = "problems";

	private final Severity severity;

	private final boolean feedbackCopy;

	ProblemCode(Severity severity) {
		this(severity, true);
	}

	ProblemCode(Severity severity, boolean feedbackCopy) {
		this.severity = severity;
		this.feedbackCopy = feedbackCopy;
	}

	public Severity severity() {
		return this.severity;
	}

	/**
	 * Whether a file with this problem can still get a feedback copy: false for files that cannot
	 * be opened safely, or that are not a division's template at all.
	 */
	public boolean allowsFeedbackCopy() {
		return this.feedbackCopy;
	}

	/** The Thai message template of this code. */
	public String template() {
		try {
			return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("th")).getString(name());
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("No Thai message for problem code " + name(), ex);
		}
	}

	/** The Thai message with the value found and the details filled in. */
	public String message(String value, String... details) {
		String message = template().replace("{value}", (value != null) ? value : "");
		for (int i = 0; i < details.length; i++) {
			message = message.replace("{" + i + "}", details[i]);
		}
		return message;
	}

}
