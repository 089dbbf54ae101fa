package th.ita.merge.merge.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import th.ita.merge.division.ReturnedFile;
import th.ita.merge.division.SubmissionReader;
import th.ita.merge.merge.internal.ReadFile.Reading;

/**
 * Reads one input file, once; a bad file gives problems, never an exception. A file an earlier
 * attempt of the run staged is read again only when its bytes changed.
 */
class SubmissionProcessor implements ItemProcessor<Path, ReadFile> {

	private final SubmissionReader reader;

	private final StagingTables tables;

	private final long run;

	SubmissionProcessor(SubmissionReader reader, StagingTables tables, long run) {
		this.reader = reader;
		this.tables = tables;
		this.run = run;
	}

	@Override
	public ReadFile process(Path file) {
		Optional<String> staged = this.tables.stagedHash(this.run, file.getFileName().toString());
		ReturnedFile returned = this.reader.read(file, (hash) -> staged.isPresent() && staged.get().equals(hash));
		Reading reading = returned.unchanged() ? Reading.UNCHANGED : staged.isPresent() ? Reading.CHANGED : Reading.NEW;
		return new ReadFile(returned, reading);
	}

}
