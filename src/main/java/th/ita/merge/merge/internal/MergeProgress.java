package th.ita.merge.merge.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import th.ita.merge.division.ReturnedFile;
import th.ita.merge.division.Submission;

/**
 * The progress line on the console while files are read: which file of how many, and what came
 * of it. On a terminal the line is rewritten in place; elsewhere (a log, CI) one line per file. A
 * restarted run counts on from the files it already read.
 */
class MergeProgress implements ItemProcessListener<Path, ReturnedFile>, StepExecutionListener {

	private final DivisionFileReader files;

	private final PrintStream out;

	private final boolean terminal = System.console() != null;

	private int done;

	MergeProgress(DivisionFileReader files, PrintStream out) {
		this.files = files;
		this.out = out;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.done = stepExecution.getExecutionContext().getInt(DivisionFileReader.NAME + ".read.count", 0);
	}

	@Override
	public void afterProcess(Path item, ReturnedFile result) {
		this.done++;
		int total = this.files.size();
		Submission submission = result.submission();
		String line = String.format("อ่านไฟล์ %d/%d: %s (รับ %d แถว, ไม่รับ %d แถว)", this.done, total,
				item.getFileName(), submission.rowsAccepted(), submission.rowsRejected());
		if (this.terminal) {
			this.out.print("\r\033[K" + line);
			if (this.done == total) {
				this.out.println();
			}
		}
		else {
			this.out.println(line);
		}
		this.out.flush();
	}

}
