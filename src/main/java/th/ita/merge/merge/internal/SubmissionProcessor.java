package th.ita.merge.merge.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.ita.merge.division.ReturnedFile;
import th.ita.merge.division.SubmissionReader;
import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.merge.internal.ReadFile.Reading;

/**
 * Reads one input file, once, and writes its feedback copy from the bytes already read (or removes
 * the copy an earlier run left for a file now in order); a bad file gives problems, never an
 * exception. A copy that cannot be written is logged and the run goes on: the problems are in the
 * error log either way. A file an earlier attempt of the run staged is read again only when its
 * bytes changed, and its copy is then left as it was. The files of a chunk are processed side by
 * side, each on its own thread.
 */
class SubmissionProcessor implements ItemProcessor<Path, ReadFile> {

	private static final Logger LOGGER = LoggerFactory.getLogger(SubmissionProcessor.class);

	private final SubmissionReader reader;

	private final StagingTables tables;

	private final long run;

	private final Path output;

	SubmissionProcessor(SubmissionReader reader, StagingTables tables, long run, Path output) {
		this.reader = reader;
		this.tables = tables;
		this.run = run;
		this.output = output;
	}

	@Override
	public ReadFile process(Path file) {
		Optional<String> staged = this.tables.stagedHash(this.run, file.getFileName().toString());
		ReturnedFile returned = this.reader.read(file, (hash) -> staged.isPresent() && staged.get().equals(hash));
		Reading reading = returned.unchanged() ? Reading.UNCHANGED : staged.isPresent() ? Reading.CHANGED : Reading.NEW;
		if (reading != Reading.UNCHANGED) {
			try {
				FeedbackCopy.write(returned.submission().file(), returned.content(), this.output,
						returned.submission().problems());
			}
			catch (IOException | RuntimeException ex) {
				LOGGER.warn("No feedback copy for {}", file, ex);
			}
		}
		return new ReadFile(returned.submission(), reading);
	}

}
