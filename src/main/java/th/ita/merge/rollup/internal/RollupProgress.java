package th.ita.merge.rollup.internal;

import org.springframework.stereotype.Component;

import th.ita.merge.io.Terminal;

/**
 * Tells the officer how far the reading has come, in Thai, a line at each tenth of the files (the
 * partitions read at once, so the count is shared), so a roll-up of thousands of files is seen to
 * move without a line per file.
 */
@Component
public class RollupProgress {

	private int total;

	private int read;

	private int lastTenth;

	public synchronized void starting(int total) {
		this.total = total;
		this.read = 0;
		this.lastTenth = 0;
	}

	synchronized void read(int files) {
		this.read += files;
		int tenth = (this.total == 0) ? 10 : (int) (10L * this.read / this.total);
		if (tenth > this.lastTenth) {
			this.lastTenth = tenth;
			Terminal.OUT.printf("อ่านไฟล์แล้ว %,d จาก %,d ไฟล์%n", this.read, this.total);
		}
	}

}
