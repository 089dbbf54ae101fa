package th.ita.merge.merge.internal;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import th.ita.merge.division.InputFiles;

/**
 * Hands over the input files one by one, in name order. It keeps no position: a restarted run
 * lists the folder again and goes through every file, since files may have been added, replaced
 * or removed meanwhile; the files whose bytes are unchanged are not parsed again.
 */
class DivisionFileReader extends AbstractItemCountingItemStreamItemReader<Path> {

	/** The reader's name. */
	static final String NAME = "divisionFiles";

	private final Path folder;

	private final Path plan;

	private List<Path> files;

	DivisionFileReader(Path folder, Path plan) {
		this.folder = folder;
		this.plan = plan;
		setName(NAME);
		setSaveState(false);
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
