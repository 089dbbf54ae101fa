package th.ita.merge.merge;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.ita.merge.submission.Submission;
import th.ita.merge.submission.SubmissionReader;

/** Reads one input file into a {@link Submission}; a bad file gives problems, never an exception. */
class SubmissionProcessor implements ItemProcessor<Path, Submission> {

	private final SubmissionReader reader;

	SubmissionProcessor(SubmissionReader reader) {
		this.reader = reader;
	}

	@Override
	public Submission process(Path file) {
		return this.reader.read(file);
	}

}
