package th.ita.merge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.risk.RiskSheet;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The least any merge must do with the division files: open each and SAX-parse its measures and
 * risk sheets, keeping nothing. The benchmark sets the merge's time against it.
 */
final class RawFloor {

	private RawFloor() {
	}

	static double seconds(Path input) throws IOException {
		List<Path> files;
		try (Stream<Path> listed = Files.list(input)) {
			files = listed.filter((file) -> !file.getFileName().toString().equals("plan.xlsx")).sorted().toList();
		}
		long[] cells = { 0 };
		long start = System.nanoTime();
		for (Path file : files) {
			try (XlsxFile workbook = XlsxFile.open(file)) {
				for (String name : List.of(MeasureSheet.NAME, RiskSheet.NAME)) {
					Optional<SheetInfo> sheet = workbook.sheet(name);
					if (sheet.isPresent()) {
						workbook.readRows(sheet.get(), (row) -> cells[0] += row.cells().size());
					}
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (cells[0] == 0) {
			throw new IllegalStateException("the floor read no cells");
		}
		return seconds;
	}

}
