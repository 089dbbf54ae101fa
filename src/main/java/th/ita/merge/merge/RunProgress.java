package th.ita.merge.merge;

import org.springframework.stereotype.Component;

/**
 * How far the merge running in this process has got, for a page that shows it: the files read of
 * how many, then the outputs being written. The console's progress line says the same.
 */
@Component
public class RunProgress {

	/** Where a run is. */
	public enum Phase {

		/** No merge is running. */
		IDLE,
		/** The run has started and lists the files. */
		STARTING,
		/** The division files are read, one by one. */
		READING,
		/** The workbook, the documents and the error log are written. */
		WRITING

	}

	/** One look at a run: its phase, and in {@link Phase#READING} the files read of how many. */
	public record Snapshot(Phase phase, int done, int total) {

		/** The share of the run done, 0–100: reading is the first nine tenths, writing the last. */
		public int percent() {
			return switch (this.phase) {
				case IDLE, STARTING -> 0;
				case READING -> (this.total == 0) ? 0 : (90 * this.done / this.total);
				case WRITING -> 90;
			};
		}

	}

	private volatile Snapshot now = new Snapshot(Phase.IDLE, 0, 0);

	public Snapshot now() {
		return this.now;
	}

	void starting() {
		this.now = new Snapshot(Phase.STARTING, 0, 0);
	}

	/** A file read: {@code done} of {@code total}. */
	public void read(int done, int total) {
		this.now = new Snapshot(Phase.READING, done, total);
	}

	/** Every file read; the outputs are being written. */
	public void writing() {
		this.now = new Snapshot(Phase.WRITING, this.now.total(), this.now.total());
	}

	void ended() {
		this.now = new Snapshot(Phase.IDLE, 0, 0);
	}

}
