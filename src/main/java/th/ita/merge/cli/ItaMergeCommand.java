package th.ita.merge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; its subcommands do the work. */
@Command(name = "ita-merge", mixinStandardHelpOptions = true, version = "ITA Merge 0.1",
		subcommands = { TemplatesCommand.class, ValidateCommand.class, MergeCommand.class },
		description = "รวมรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) จากไฟล์ Excel ของสำนัก/กอง")
public class ItaMergeCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(Console.OUT);
	}

	/** Runs the command line and returns its exit status: 0 clean, 2 merged or checked with errors, 1 failed. */
	public static int execute(String... args) {
		CommandLine commandLine = new CommandLine(new ItaMergeCommand()).setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setOut(new java.io.PrintWriter(Console.OUT, true));
		commandLine.setErr(new java.io.PrintWriter(Console.ERR, true));
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			Console.ERR.println("ทำงานไม่สำเร็จ: " + ex.getMessage());
			return Console.FAILED;
		});
		commandLine.setParameterExceptionHandler((ex, arguments) -> {
			Console.ERR.println(ex.getMessage());
			ex.getCommandLine().usage(Console.ERR);
			return Console.FAILED;
		});
		return commandLine.execute(args);
	}

}
