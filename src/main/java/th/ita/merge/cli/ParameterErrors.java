package th.ita.merge.cli;

import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import th.ita.merge.problem.ProblemCode;

/**
 * Answers a command line that could not be read in one Thai line: the unknown option or command,
 * or the bad value and what the option takes, and what to type for the help. Picocli's own answer
 * is an English sentence followed by the whole help, which buries the one thing to fix.
 */
final class ParameterErrors implements IParameterExceptionHandler {

	@Override
	public int handleParseException(ParameterException ex, String[] args) {
		return Console.refusedLine(message(ex, Arrays.asList(args)));
	}

	static String message(ParameterException ex, List<String> args) {
		CommandLine command = ex.getCommandLine();
		String name = name(command);
		String help = (command.getParent() == null) ? "--help" : name + " --help";
		if (ex instanceof UnmatchedArgumentException unmatched) {
			String argument = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
			List<String> suggestions = unmatched.getSuggestions();
			if (argument.startsWith("-")) {
				return suggestions.isEmpty() ? Console.message(ProblemCode.OPTION_UNKNOWN, argument, name, help)
						: Console.message(ProblemCode.OPTION_UNKNOWN_WITH_SUGGESTION, argument, name, help,
								suggestions.get(0));
			}
			if (!command.getSubcommands().isEmpty()) {
				return Console.message(ProblemCode.COMMAND_UNKNOWN, argument, name, help,
						listed(List.copyOf(command.getSubcommands().keySet())));
			}
			return Console.message(ProblemCode.ARGUMENT_UNEXPECTED, argument, name, help);
		}
		if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
			ArgSpec option = missing.getMissing().get(0);
			ProblemCode code = typed(option, args) ? ProblemCode.OPTION_VALUE_MISSING : ProblemCode.OPTION_REQUIRED;
			return Console.message(code, nameOf(option), name, help, takes(option));
		}
		if (ex instanceof OverwrittenOptionException overwritten) {
			return Console.message(ProblemCode.OPTION_REPEATED, nameOf(overwritten.getOverwritten()), name, help);
		}
		if (ex.getArgSpec() != null && ex.getValue() != null) {
			ArgSpec option = ex.getArgSpec();
			return Console.message(ProblemCode.OPTION_VALUE_INVALID, ex.getValue(), name, help, nameOf(option),
					takes(option));
		}
		return Console.message(ProblemCode.COMMAND_LINE_INVALID, "", name, help);
	}

	/** The command as the officer types it after ita-merge: "merge", "plan next"; the top command's own name. */
	private static String name(CommandLine command) {
		String qualified = command.getCommandSpec().qualifiedName(" ");
		int root = qualified.indexOf(' ');
		return (root < 0) ? qualified : qualified.substring(root + 1);
	}

	/** "templates, validate, merge และ plan", as a Thai list is written. */
	private static String listed(List<String> names) {
		if (names.size() < 2) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " และ " + names.get(names.size() - 1);
	}

	/** Whether an option missing its value was typed at all: typed, it lacks a value; not typed, it is required. */
	private static boolean typed(ArgSpec argument, List<String> args) {
		if (!(argument instanceof OptionSpec option)) {
			return false;
		}
		return args.stream()
			.anyMatch((arg) -> Arrays.stream(option.names()).anyMatch((n) -> arg.equals(n) || arg.startsWith(n + "=")));
	}

	private static String nameOf(ArgSpec argument) {
		return (argument instanceof OptionSpec option) ? option.longestName() : argument.paramLabel();
	}

	/** What an option takes: its Thai help, with its default filled in. */
	private static String takes(ArgSpec argument) {
		String description = String.join(" ", Arrays.asList(argument.description()));
		String defaultValue = argument.defaultValueString();
		return description.replace("${DEFAULT-VALUE}", (defaultValue != null) ? defaultValue : "");
	}

}
