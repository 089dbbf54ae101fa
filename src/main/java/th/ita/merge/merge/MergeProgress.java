package th.ita.merge.merge;

import java.io.PrintStream;
import java.nio.file.Path;

import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import th.ita.merge.submission.Submission;

/**
 * The progress line on the console while files are read: which file of how many, and what came
 * of it. On a terminal the line is rewritten in place; elsewhere (a log, CI) one line per file.
 */
class MergeProgress implements ItemProcessListener<Path, Submission>, StepExecutionListener {

	private final Path input;

	private final Path plan;

	private final PrintStream out;

	private final boolean terminal = System.console() != null;

	private int total;

	private int done;

	MergeProgress(Path input, Path plan, PrintStream out) {
		this.input = input;
		this.plan = plan;
		this.out = out;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.total = InputFiles.list(this.input, this.plan).size();
		this.done = stepExecution.getExecutionContext().getInt(DivisionFileReader.NAME + ".read.count", 0);
	}

	@Override
	public void afterProcess(Path item, Submission result) {
		this.done++;
		String line = String.format("อ่านไฟล์ %d/%d: %s (รับ %d แถว, ไม่รับ %d แถว)", this.done, this.total,
				item.getFileName(), result.rowsAccepted(), result.rowsRejected());
		if (this.terminal) {
			this.out.print("\r\033[K" + line);
			if (this.done == this.total) {
				this.out.println();
			}
		}
		else {
			this.out.println(line);
		}
		this.out.flush();
	}

}
