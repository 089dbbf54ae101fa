package th.ita.merge.merge.internal;

import th.ita.merge.division.Submission;

/**
 * A file of a run as the read step saw it: new to the run, changed since it was read, or unchanged.
 * Its bytes are not kept: the feedback copy is written as it is read, and a chunk holds several
 * files until they are staged.
 */
record ReadFile(Submission submission, Reading reading) {

	enum Reading {

		/** Not read before in this run. */
		NEW,
		/** Read by an earlier attempt of this run, and different now: read again. */
		CHANGED,
		/** Read by an earlier attempt of this run, with the same bytes: its staged rows stand. */
		UNCHANGED

	}

}
