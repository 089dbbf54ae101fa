package th.ita.merge.merge.internal;

import java.io.PrintStream;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import th.ita.merge.division.Submission;
import th.ita.merge.merge.RunProgress;

/**
 * The progress line on the console while files are read: which file of how many, and what came
 * of it, and on a restarted run whether it changed since it was read. On a terminal the line is
 * rewritten in place; elsewhere (a log, CI) one line per file. The same is kept in
 * {@link RunProgress} for the web page. The files of a chunk are read side by side and finish in
 * any order; they are said once the chunk is staged, in name order, as they were listed.
 */
class MergeProgress implements ItemWriteListener<ReadFile>, StepExecutionListener {

	private final DivisionFileReader files;

	private final PrintStream out;

	private final boolean terminal = System.console() != null;

	private final RunProgress progress;

	private int done;

	MergeProgress(DivisionFileReader files, PrintStream out, RunProgress progress) {
		this.files = files;
		this.out = out;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.done = 0;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.progress.writing();
		return null;
	}

	@Override
	public void afterWrite(Chunk<? extends ReadFile> staged) {
		for (ReadFile file : staged) {
			said(file);
		}
	}

	private void said(ReadFile result) {
		this.done++;
		int total = this.files.size();
		this.progress.read(this.done, total);
		Submission submission = result.submission();
		String item = submission.file();
		String line = switch (result.reading()) {
			case UNCHANGED -> String.format("อ่านไฟล์ %d/%d: %s (ไม่เปลี่ยนจากครั้งก่อน ใช้ผลที่อ่านไว้)", this.done, total,
					item);
			case CHANGED -> String.format("อ่านไฟล์ %d/%d: %s (เปลี่ยนไปจากครั้งก่อน อ่านใหม่: รับ %d แถว, ไม่รับ %d แถว)",
					this.done, total, item, submission.rowsAccepted(), submission.rowsRejected());
			case NEW -> String.format("อ่านไฟล์ %d/%d: %s (รับ %d แถว, ไม่รับ %d แถว)", this.done, total,
					item, submission.rowsAccepted(), submission.rowsRejected());
		};
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
