package th.ita.merge.merge.internal;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores each file's rows and problems in the run's staging tables, the files of a chunk in one
 * transaction. A file unchanged since an earlier attempt of the run staged it is left as it was.
 */
class StagingWriter implements ItemWriter<ReadFile> {

	private final StagingTables tables;

	private final MergeRun run;

	StagingWriter(StagingTables tables, MergeRun run) {
		this.tables = tables;
		this.run = run;
	}

	@Override
	public void write(Chunk<? extends ReadFile> chunk) {
		for (ReadFile read : chunk) {
			if (read.reading() != ReadFile.Reading.UNCHANGED) {
				this.tables.save(this.run.id(), this.run.plan(), this.run.features(), read.submission());
			}
		}
	}

}
