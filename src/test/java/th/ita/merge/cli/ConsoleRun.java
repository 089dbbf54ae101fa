package th.ita.merge.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One run of the command line as the officer sees it: the exit status and everything printed on
 * the console, by the commands and by any library under them.
 */
record ConsoleRun(int status, String out, String err) {

	private static final Pattern THAI_LETTER = Pattern.compile("[\\u0E01-\\u0E2E]");

	/**
	 * What a line may hold besides Thai: option names, placeholders, the names of the commands,
	 * values and defaults the officer types as they are, punctuation.
	 */
	private static final Pattern SYNTAX = Pattern.compile("--?[A-Za-z][\\w-]*|<[^>]*>"
			+ "|\\b(ita-merge|templates|validate|merge|thai|arabic|input|output|plan(-new)?\\.xlsx|ita|20MB)\\b|[\\[\\]()|=.,:/\\s]");

	static ConsoleRun of(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		ByteArrayOutputStream complained = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(complained, true, StandardCharsets.UTF_8));
		int status;
		try {
			status = ItaMergeCommand.execute(args);
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		return new ConsoleRun(status, printed.toString(StandardCharsets.UTF_8),
				complained.toString(StandardCharsets.UTF_8));
	}

	/** Every line printed that is not blank, the output's then the errors'. */
	List<String> lines() {
		return Stream.concat(this.out.lines(), this.err.lines()).filter((line) -> !line.isBlank()).toList();
	}

	List<String> errLines() {
		return this.err.lines().filter((line) -> !line.isBlank()).toList();
	}

	/** Lines an officer could not read: neither Thai nor only the syntax of the command line. */
	List<String> linesNotInThai() {
		return lines().stream()
			.filter((line) -> !THAI_LETTER.matcher(line).find())
			.filter((line) -> !SYNTAX.matcher(line).replaceAll("").isEmpty())
			.toList();
	}

	/** Whether anything printed looks like a stack trace or a library's complaint. */
	boolean showsTechnicalDetails() {
		String all = this.out + this.err;
		return Stream.of("Exception", "\tat ", "Caused by", "|-ERROR", "|-WARN", "Usage:")
			.anyMatch(all::contains);
	}

}
