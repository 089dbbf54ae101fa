package th.ita.merge.rollup.internal;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import th.ita.merge.rollup.internal.RollupStaging.StagedWorkbook;

/** Stages a chunk of workbooks read by one partition, and counts them for the progress lines. */
class StagingWriter implements ItemWriter<StagedWorkbook> {

	private final RollupStaging staging;

	private final long run;

	private final RollupProgress progress;

	StagingWriter(RollupStaging staging, long run, RollupProgress progress) {
		this.staging = staging;
		this.run = run;
		this.progress = progress;
	}

	@Override
	public void write(Chunk<? extends StagedWorkbook> chunk) {
		this.staging.write(this.run, chunk.getItems());
		this.progress.read(chunk.size());
	}

}
