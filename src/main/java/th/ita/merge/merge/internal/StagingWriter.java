package th.ita.merge.merge.internal;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import th.ita.merge.division.ReturnedFile;
import th.ita.merge.division.Submission;
import th.ita.merge.feedback.FeedbackCopy;

/**
 * Stores each file's rows and problems in the run's staging tables, and writes its feedback copy
 * from the bytes already read (or removes the copy an earlier run left for a file now in order).
 * A copy that cannot be written is logged and the run goes on: the problems are in the error log
 * either way. A file unchanged since an earlier attempt of the run staged it is left as it was.
 */
class StagingWriter implements ItemWriter<ReadFile> {

	private static final Logger LOGGER = LoggerFactory.getLogger(StagingWriter.class);

	private final StagingTables tables;

	private final MergeRun run;

	StagingWriter(StagingTables tables, MergeRun run) {
		this.tables = tables;
		this.run = run;
	}

	@Override
	public void write(Chunk<? extends ReadFile> chunk) {
		for (ReadFile read : chunk) {
			if (read.reading() == ReadFile.Reading.UNCHANGED) {
				continue;
			}
			ReturnedFile returned = read.returned();
			Submission submission = returned.submission();
			this.tables.save(this.run.id(), this.run.plan(), this.run.features(), submission);
			try {
				FeedbackCopy.write(submission.file(), returned.content(), this.run.output(), submission.problems());
			}
			catch (IOException | RuntimeException ex) {
				LOGGER.warn("No feedback copy for {}", submission.file(), ex);
			}
		}
	}

}
