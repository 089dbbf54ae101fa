package th.ita.merge.merge;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import th.ita.merge.plan.Plan;
import th.ita.merge.submission.Submission;

/** Stores each file's reports and problems in the run's staging tables. */
class StagingWriter implements ItemWriter<Submission> {

	private final MergeStaging staging;

	private final Plan plan;

	private final long run;

	StagingWriter(MergeStaging staging, Plan plan, long run) {
		this.staging = staging;
		this.plan = plan;
		this.run = run;
	}

	@Override
	public void write(Chunk<? extends Submission> chunk) {
		chunk.forEach((submission) -> this.staging.save(this.run, this.plan, submission));
	}

}
