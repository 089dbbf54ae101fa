package th.ita.merge.problem;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every problem a user can cause, with a stable code for the error log and its severity. The Thai
 * message for each code lives in {@code problems_th.properties}, the one place for user-facing
 * problem text; {@code {value}} stands for the value found and {@code {0}}, {@code {1}} for
 * details.
 */
public enum ProblemCode {

	// the plan workbook: each refuses the plan until it is fixed
	PLAN_FILE_MISSING(Severity.ERROR),
	PLAN_SHEET_MISSING(Severity.ERROR),
	PLAN_HEADER_MISSING(Severity.ERROR),
	PLAN_SETTING_MISSING(Severity.ERROR),
	PLAN_FISCAL_YEAR_INVALID(Severity.ERROR),
	PLAN_ROUND_INVALID(Severity.ERROR),
	PLAN_SIGNATORY_INCOMPLETE(Severity.ERROR),
	PLAN_REPORT_DATE_INVALID(Severity.ERROR),
	PLAN_DIVISION_INCOMPLETE(Severity.ERROR),
	PLAN_DIVISION_DUPLICATE(Severity.ERROR),
	PLAN_NO_DIVISIONS(Severity.ERROR),
	PLAN_TOOL_UNKNOWN(Severity.ERROR),
	PLAN_INDICATOR_NUMBER_INVALID(Severity.ERROR),
	PLAN_INDICATOR_DUPLICATE(Severity.ERROR),
	PLAN_INDICATOR_UNKNOWN(Severity.ERROR),
	PLAN_TOOL_DISAGREES(Severity.ERROR),
	PLAN_MEASURE_ID_INVALID(Severity.ERROR),
	PLAN_RESPONSIBLE_MISSING(Severity.ERROR),
	PLAN_UNIT_UNKNOWN(Severity.ERROR),
	PLAN_NO_MEASURES(Severity.ERROR),
	PLAN_RISK_CATEGORY_DUPLICATE(Severity.ERROR),
	PLAN_RISK_NO_CATEGORIES(Severity.ERROR),
	PLAN_SCALE_DIMENSION_UNKNOWN(Severity.ERROR),
	PLAN_SCALE_VALUE_INVALID(Severity.ERROR),
	PLAN_SCALE_NAME_MISSING(Severity.ERROR),
	PLAN_SCALE_VALUE_DUPLICATE(Severity.ERROR),
	PLAN_SCALE_INCOMPLETE(Severity.ERROR),
	PLAN_SCALE_NAME_DUPLICATE(Severity.ERROR),
	PLAN_BAND_NAME_MISSING(Severity.ERROR),
	PLAN_BAND_RANGE_INVALID(Severity.ERROR),
	PLAN_SCORE_IN_NO_BAND(Severity.ERROR),
	PLAN_SCORE_IN_TWO_BANDS(Severity.ERROR),
	PLAN_STATUS_NAME_INVALID(Severity.ERROR),
	PLAN_COLOUR_UNREADABLE(Severity.ERROR),

	// the province's roster workbook (ทะเบียน อปท.): each refuses the roster until it is fixed
	ROSTER_FILE_MISSING(Severity.ERROR, false),
	ROSTER_SHEET_MISSING(Severity.ERROR, false),
	ROSTER_HEADER_MISSING(Severity.ERROR, false),
	ROSTER_SETTING_MISSING(Severity.ERROR, false),
	ROSTER_SIGNATORY_INCOMPLETE(Severity.ERROR, false),
	ROSTER_REPORT_DATE_INVALID(Severity.ERROR, false),
	ROSTER_ROW_INCOMPLETE(Severity.ERROR, false),
	ROSTER_CODE_DUPLICATE(Severity.ERROR, false),
	ROSTER_TYPE_UNKNOWN(Severity.ERROR, false),
	ROSTER_TYPE_MISSING(Severity.ERROR, false),
	ROSTER_NO_ORGANIZATIONS(Severity.ERROR, false),

	// the command line
	INPUT_FOLDER_MISSING(Severity.ERROR, false),
	OUTPUT_INSIDE_INPUT(Severity.ERROR, false),
	INPUT_NOT_A_FOLDER(Severity.ERROR, false),
	INPUT_FILE_MISSING(Severity.ERROR, false),
	INPUT_FILE_IS_A_FOLDER(Severity.ERROR, false),
	FILE_CHECK_FAILED(Severity.ERROR, false),
	OUTPUT_NOT_A_FOLDER(Severity.ERROR, false),
	OUTPUT_READ_ONLY(Severity.ERROR, false),
	OUTPUT_NOT_WRITABLE(Severity.ERROR, false),
	OUTPUT_DISK_FULL(Severity.ERROR, false),
	OUTPUT_IN_USE(Severity.ERROR, false),
	RUN_FAILED(Severity.ERROR, false),
	DATABASE_UNREACHABLE(Severity.ERROR, false),
	OPTION_UNKNOWN(Severity.ERROR, false),
	OPTION_UNKNOWN_WITH_SUGGESTION(Severity.ERROR, false),
	COMMAND_UNKNOWN(Severity.ERROR, false),
	ARGUMENT_UNEXPECTED(Severity.ERROR, false),
	OPTION_VALUE_MISSING(Severity.ERROR, false),
	OPTION_VALUE_INVALID(Severity.ERROR, false),
	OPTION_REPEATED(Severity.ERROR, false),
	OPTION_REQUIRED(Severity.ERROR, false),
	COMMAND_LINE_INVALID(Severity.ERROR, false),

	// a plan written by plan new or plan next: refused before anything is written
	PLAN_OUTPUT_EXISTS(Severity.ERROR, false),
	ROSTER_OUTPUT_EXISTS(Severity.ERROR, false),
	NEXT_PLAN_OTHER_ORGANIZATION(Severity.ERROR, false),
	NEXT_PLAN_OTHER_FISCAL_YEAR(Severity.ERROR, false),

	// the consolidated workbook of an earlier round, given with --previous: refused as a whole
	PREVIOUS_UNREADABLE(Severity.ERROR, false),
	PREVIOUS_NOT_CONSOLIDATED(Severity.ERROR, false),
	PREVIOUS_OTHER_ORGANIZATION(Severity.ERROR, false),
	PREVIOUS_NOT_EARLIER(Severity.ERROR, false),
	PREVIOUS_NEWER_FORMAT(Severity.ERROR, false),

	// the province's roll-up: an organization's consolidated workbook, or one that did not come
	ROLLUP_INPUT_MISSING(Severity.ERROR, false),
	ROLLUP_NOTHING_TO_READ(Severity.ERROR, false),
	ROLLUP_UNREADABLE(Severity.ERROR, false),
	ROLLUP_NOT_CONSOLIDATED(Severity.ERROR, false),
	ROLLUP_OLDER_FORMAT(Severity.ERROR, false),
	ROLLUP_NEWER_FORMAT(Severity.ERROR, false),
	ROLLUP_OTHER_PERIOD(Severity.ERROR, false),
	ROLLUP_SUPERSEDED(Severity.WARNING, false),
	ROLLUP_NO_CODE(Severity.WARNING, false),
	ROLLUP_NOT_ON_ROSTER(Severity.WARNING, false),
	ROLLUP_NOT_RECEIVED(Severity.WARNING, false),

	// the PDFs of the report documents: said on the console, never a reason to fail the merge
	PDF_WITHOUT_LIBREOFFICE(Severity.WARNING, false),
	PDF_CONVERSION_FAILED(Severity.WARNING, false),

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
	FILE_GONE(Severity.ERROR, false),
	FILE_NOT_PERMITTED(Severity.ERROR, false),
	EMPTY_FILE(Severity.ERROR, false),
	NOT_EXCEL(Severity.ERROR, false),
	OLD_EXCEL_FORMAT(Severity.ERROR, false),
	PASSWORD_PROTECTED(Severity.ERROR, false),
	STRICT_OPEN_XML(Severity.ERROR, false),
	ZIP_BOMB(Severity.ERROR, false),
	UNSAFE_XML(Severity.ERROR, false),
	SHEET_DUPLICATED(Severity.ERROR, false),
	FILE_TOO_LARGE(Severity.ERROR, false),
	PLAN_AMONG_INPUTS(Severity.WARNING, false),
	OWN_OUTPUT_AMONG_INPUTS(Severity.WARNING, false),
	FILE_NAME_UNREADABLE(Severity.WARNING),
	SAVED_IN_FUTURE(Severity.WARNING),
	NOT_A_TEMPLATE(Severity.ERROR, false),
	TEMPLATE_OUTDATED(Severity.ERROR),
	OTHER_ORGANIZATION(Severity.ERROR),
	OTHER_FISCAL_YEAR(Severity.ERROR),
	OTHER_ROUND(Severity.ERROR),
	UNKNOWN_DIVISION(Severity.ERROR),
	TEMPLATE_OF_ANOTHER_DIVISION(Severity.ERROR),
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
	MEASURE_ROW_MISSING(Severity.WARNING),
	MEASURE_ROWS_ALL_MISSING(Severity.ERROR),

	// across the files
	DIVISION_NOT_SUBMITTED(Severity.ERROR),
	INPUT_ENTRY_SKIPPED(Severity.WARNING, false),
	MEASURE_NOT_REPORTED(Severity.WARNING),

	// a file uploaded on the web page
	UPLOAD_OF_ANOTHER_DIVISION(Severity.ERROR, false);

	private static final String BUNDLE = "problems";

	/** The most characters of a value or detail a message quotes. */
	public static final int QUOTED_MAX = 200;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(value|\\d+)\\}");

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
	 * Whether a file with this problem is refused as a whole, though it could be read: nothing of
	 * it is merged, and it supersedes no other file.
	 */
	public boolean refusesFile() {
		return this == TEMPLATE_OF_ANOTHER_DIVISION;
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

	/**
	 * A short Thai name of this kind of problem ("สถานะไม่ถูกต้อง"), shown beside the stable code
	 * where people read problems, so they can tell and filter the kinds without knowing the codes.
	 */
	public String title() {
		return phrase("TITLE." + name());
	}

	/**
	 * A phrase that messages are built from, such as the kind of a file that is not a workbook,
	 * kept in the same properties as the messages.
	 */
	public static String phrase(String key) {
		try {
			return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("th")).getString(key);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("No Thai phrase " + key, ex);
		}
	}

	/**
	 * The Thai message with the value found and the details filled in. The placeholders are those
	 * of the template only: what a user typed is copied in as it is, never read for placeholders of
	 * its own, and a value longer than {@value #QUOTED_MAX} characters is quoted only in part (the
	 * whole of it stays in the problem's value).
	 */
	public String message(String value, String... details) {
		Matcher placeholders = PLACEHOLDER.matcher(template());
		StringBuilder message = new StringBuilder();
		while (placeholders.find()) {
			String name = placeholders.group(1);
			String filled;
			if (name.equals("value")) {
				filled = quoted((value != null) ? value : "");
			}
			else {
				int index = Integer.parseInt(name);
				filled = (index < details.length) ? quoted(details[index]) : placeholders.group();
			}
			placeholders.appendReplacement(message, Matcher.quoteReplacement(filled));
		}
		placeholders.appendTail(message);
		return message.toString();
	}

	private static String quoted(String text) {
		return (text.length() <= QUOTED_MAX) ? text : text.substring(0, QUOTED_MAX) + "…";
	}

}
