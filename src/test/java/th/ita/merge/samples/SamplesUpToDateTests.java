package th.ita.merge.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;

/**
 * {@code samples/} is what the generator makes today: a change to the templates or the sample
 * data that was not followed by {@code rebuild-samples-and-fixtures.sh} fails here, before the
 * default run shows users stale files.
 */
class SamplesUpToDateTests {

	@TempDir
	private Path fresh;

	@Test
	void committedSamplesHoldWhatTheGeneratorWritesNow() throws Exception {
		SampleGenerator.generate(this.fresh);

		List<String> committed = names(Fixtures.SAMPLES);
		assertThat(names(this.fresh)).isEqualTo(committed);
		for (String name : committed) {
			assertThat(content(this.fresh.resolve(name))).as(name).isEqualTo(content(Fixtures.SAMPLES.resolve(name)));
		}
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	/** Every sheet's name and the text of its cells: what a person sees, not the zip's bytes. */
	private static List<Object> content(Path file) throws Exception {
		List<Object> content = new ArrayList<>();
		try (OutputWorkbook workbook = OutputWorkbook.open(file)) {
			for (Sheet sheet : workbook.workbook()) {
				content.add(sheet.getSheetName());
				content.add(workbook.rows(sheet.getSheetName(), 20));
			}
		}
		return content;
	}

}
