package th.ita.merge.rollup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The files of one partition of the input folder: every file whose place in name order falls to
 * this partition (the {@code index}-th of {@code partitions}), less those this run already staged,
 * so a restarted run reads only what it had not. Office lock files ("~$…") and hidden files are
 * not organizations' workbooks and are left out.
 */
public class PartitionFiles implements ItemReader<Path> {

	private final Iterator<Path> files;

	PartitionFiles(Path input, int index, int partitions, Set<String> staged) {
		List<Path> all = of(input);
		this.files = IntStream.range(0, all.size())
			.filter((i) -> i % partitions == index)
			.mapToObj(all::get)
			.filter((file) -> !staged.contains(file.getFileName().toString()))
			.iterator();
	}

	/** The workbooks an input folder holds, in name order. */
	public static List<Path> of(Path input) {
		try (Stream<Path> entries = Files.list(input)) {
			return entries.filter(Files::isRegularFile).filter((file) -> {
				String name = file.getFileName().toString();
				return !name.startsWith("~$") && !name.startsWith(".");
			}).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized Path read() {
		return this.files.hasNext() ? this.files.next() : null;
	}

}
