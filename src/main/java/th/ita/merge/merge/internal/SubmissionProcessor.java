package th.ita.merge.merge.internal;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.ita.merge.division.ReturnedFile;
import th.ita.merge.division.SubmissionReader;

/** Reads one input file, once; a bad file gives problems, never an exception. */
class SubmissionProcessor implements ItemProcessor<Path, ReturnedFile> {

	private final SubmissionReader reader;

	SubmissionProcessor(SubmissionReader reader) {
		this.reader = reader;
	}

	@Override
	public ReturnedFile process(Path file) {
		return this.reader.read(file);
	}

}
