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
		return Console.refusedLine(message(ex));
	}

	static String message(ParameterException ex) {
		CommandLine command = ex.getCommandLine();
		String name = command.getCommandName();
		String help = (command.getParent() == null) ? "--help" : name + " --help";
		if (ex instanceof UnmatchedArgumentException unmatched) {
			String argument = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
			List<String> suggestions = unmatched.getSuggestions();
			if (argument.startsWith("-")) {
				return suggestions.isEmpty() ? Console.message(ProblemCode.OPTION_UNKNOWN, argument, name, help)
						: Console.message(ProblemCode.OPTION_UNKNOWN_WITH_SUGGESTION, argument, name, help,
								suggestions.get(0));
			}
			ProblemCode code = (command.getParent() == null && !command.getSubcommands().isEmpty())
					? ProblemCode.COMMAND_UNKNOWN : ProblemCode.ARGUMENT_UNEXPECTED;
			return Console.message(code, argument, name, help);
		}
		if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
			ArgSpec option = missing.getMissing().get(0);
			return Console.message(ProblemCode.OPTION_VALUE_MISSING, nameOf(option), name, help, takes(option));
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
