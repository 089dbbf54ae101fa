package th.ita.merge.merge.internal;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import th.ita.merge.division.InputFiles;

/**
 * Hands over the input files one by one. Restartable: the count of files already handed over is
 * saved with each chunk, so a restarted run goes on with the next file.
 */
class DivisionFileReader extends AbstractItemCountingItemStreamItemReader<Path> {

	/** The reader's name, under which it saves its position in the step's execution context. */
	static final String NAME = "divisionFiles";

	private final Path folder;

	private final Path plan;

	private List<Path> files;

	DivisionFileReader(Path folder, Path plan) {
		this.folder = folder;
		this.plan = plan;
		setName(NAME);
	}

	@Override
	protected void doOpen() {
		this.files = InputFiles.list(this.folder, this.plan);
	}

	@Override
	protected Path doRead() {
		int index = getCurrentItemCount() - 1;
		return (index < this.files.size()) ? this.files.get(index) : null;
	}

	@Override
	protected void doClose() {
		this.files = null;
	}

	int size() {
		return (this.files != null) ? this.files.size() : 0;
	}

}
