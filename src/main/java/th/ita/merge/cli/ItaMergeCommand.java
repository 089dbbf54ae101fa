package th.ita.merge.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import th.ita.merge.merge.ConsolidatedIdentity;
import th.ita.merge.problem.ProblemCode;

/**
 * The top-level command; its subcommands do the work. Its help, and every answer to a command
 * line it cannot read, is in Thai ({@code cli_th.properties}, {@link ParameterErrors}); nothing a
 * command throws reaches the console as a stack trace.
 */
@Command(name = "ita-merge", mixinStandardHelpOptions = true, version = "ITA Merge รุ่น " + ConsolidatedIdentity.TOOL_VERSION,
		synopsisSubcommandLabel = "[คำสั่ง]", subcommands = { TemplatesCommand.class, ValidateCommand.class, MergeCommand.class,
				PlanCommand.class, ServeCommand.class, RollupCommand.class })
public class ItaMergeCommand implements Runnable {

	/** The help texts, whatever the language of the machine. */
	private static final String HELP_TEXTS = "cli";

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(Console.OUT);
	}

	/** Runs the command line and returns its exit status: 0 clean, 2 merged or checked with errors, 1 failed. */
	public static int execute(String... args) {
		CommandLogging.off();
		CommandLine commandLine = new CommandLine(new ItaMergeCommand()).setCaseInsensitiveEnumValuesAllowed(true)
			.setResourceBundle(ResourceBundle.getBundle(HELP_TEXTS, Locale.forLanguageTag("th")));
		commandLine.setOut(new PrintWriter(Console.OUT, true));
		commandLine.setErr(new PrintWriter(Console.ERR, true));
		commandLine.setParameterExceptionHandler(new ParameterErrors());
		// the commands answer their own failures; this is the net under them
		commandLine.setExecutionExceptionHandler((ex, command, parseResult) -> Console.refused(ProblemCode.RUN_FAILED,
				"", TechnicalLog.record(null, ex).toString()));
		return commandLine.execute(args);
	}

}
