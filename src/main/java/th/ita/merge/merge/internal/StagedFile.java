package th.ita.merge.merge.internal;

import java.time.Instant;

/**
 * A file of a run as staged: its division (null when it could not be told), when it was saved, the
 * hash of its bytes, its rows read and rejected, its errors, and the file that supersedes it.
 */
record StagedFile(String name, String division, Instant savedAt, Instant fileTime, String contentHash, int read,
		int rejected, int errors, String supersededBy) {

	boolean superseded() {
		return this.supersededBy != null;
	}

}
