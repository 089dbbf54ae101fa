package th.ita.merge.merge.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import th.ita.merge.merge.Features;
import th.ita.merge.merge.PreviousRound;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.Digits;

/**
 * One merge run as every step sees it, built once per job execution from the job's parameters:
 * its id (the job instance, which keys the staging rows), the folders it reads and writes, the
 * plan read once, the features it merges, the digits of the printed report, the day it runs
 * (which dates the report when the plan gives no date) and the round before, if any.
 */
class MergeRun {

	private final long id;

	private final Path input;

	private final Path output;

	private final Path planFile;

	private final Plan plan;

	private final Features features;

	private final Digits digits;

	private final LocalDate date;

	private final Optional<PreviousRound> previous;

	MergeRun(long id, Path input, Path output, Path planFile, Plan plan, Digits digits, LocalDate date,
			Optional<PreviousRound> previous) {
		this.previous = previous;
		this.id = id;
		this.input = input;
		this.output = output;
		this.planFile = planFile;
		this.plan = plan;
		this.features = Features.of(plan);
		this.digits = digits;
		this.date = date;
	}

	long id() {
		return this.id;
	}

	Path input() {
		return this.input;
	}

	Path output() {
		return this.output;
	}

	Path planFile() {
		return this.planFile;
	}

	Plan plan() {
		return this.plan;
	}

	Features features() {
		return this.features;
	}

	Digits digits() {
		return this.digits;
	}

	LocalDate date() {
		return this.date;
	}

	/** The round before, whose changes the outputs show; none when not given nor found. */
	Optional<PreviousRound> previous() {
		return this.previous;
	}

}
