package th.ita.merge.rollup.internal;

import java.nio.file.Path;
import java.util.Optional;

import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.value.Digits;

/**
 * One roll-up run, from its job parameters: its id in the job repository (its staging rows' key),
 * the folders, the roster file if any, the round asked for if any, and the digits of the printed
 * summary. A class, not a record: the job scope hands it out through a subclassing proxy.
 */
class RollupRun {

	private final long id;

	private final Path input;

	private final Path output;

	private final Optional<Path> roster;

	private final Optional<ReportingPeriod> period;

	private final Digits digits;

	RollupRun(long id, Path input, Path output, Optional<Path> roster, Optional<ReportingPeriod> period, Digits digits) {
		this.id = id;
		this.input = input;
		this.output = output;
		this.roster = roster;
		this.period = period;
		this.digits = digits;
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

	Optional<Path> roster() {
		return this.roster;
	}

	Optional<ReportingPeriod> period() {
		return this.period;
	}

	Digits digits() {
		return this.digits;
	}

}
