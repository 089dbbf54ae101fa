package th.ita.merge.merge.internal;

import java.io.PrintStream;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import th.ita.merge.division.InputFiles;

/**
 * Before the files are read: when a failed run is restarted, what its earlier attempt staged for
 * files no longer in the input folder is dropped, and the console says which, so the outputs hold
 * only what the folder holds now.
 */
class RemovedFiles implements StepExecutionListener {

	private final StagingTables tables;

	private final MergeRun run;

	private final PrintStream console;

	RemovedFiles(StagingTables tables, MergeRun run, PrintStream console) {
		this.tables = tables;
		this.run = run;
		this.console = console;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		Set<String> present = InputFiles.list(this.run.input(), this.run.planFile())
			.stream()
			.map((file) -> file.getFileName().toString())
			.collect(Collectors.toSet());
		for (String gone : this.tables.dropFilesNotIn(this.run.id(), present)) {
			this.console.println("ไฟล์ " + gone + " ไม่อยู่ในโฟลเดอร์แล้ว จึงนำออกจากการรวม");
		}
	}

}
