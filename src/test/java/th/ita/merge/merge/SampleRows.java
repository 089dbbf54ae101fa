package th.ita.merge.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import th.ita.merge.OutputWorkbook;
import th.ita.merge.merge.HostileMerge.Registers;

/**
 * The register rows the samples give when merged, from the golden copy of their outputs: what a
 * division's file must give when merged whole, and (changed where a fixture changed its file) what
 * a fixture made from กองคลัง's file must give.
 */
final class SampleRows {

	static final List<String> DIVISION_FILES = List.of("ita-2566-รอบ1-กองการศึกษา ศาสนาและวัฒนธรรม.xlsx", HostileMerge.FINANCE,
			HostileMerge.WORKS, "ita-2566-รอบ1-สำนักปลัด.xlsx", "ita-2566-รอบ1-หน่วยตรวจสอบภายใน.xlsx");

	private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "samples", "ita-2566-round1.xlsx");

	private static SampleRows golden;

	private final List<List<String>> measures;

	private final List<List<String>> risks;

	private SampleRows(List<List<String>> measures, List<List<String>> risks) {
		this.measures = measures;
		this.risks = risks;
	}

	static synchronized SampleRows golden() {
		if (golden == null) {
			try (OutputWorkbook workbook = OutputWorkbook.open(GOLDEN)) {
				List<List<String>> measures = new ArrayList<>();
				List<List<String>> risks = new ArrayList<>();
				for (String file : DIVISION_FILES) {
					measures.addAll(Registers.measures(workbook, file));
					risks.addAll(Registers.risks(workbook, file));
				}
				golden = new SampleRows(measures, risks);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return golden;
	}

	List<List<String>> measures(String file) {
		return this.measures.stream().filter((cells) -> cells.get(Registers.FILE).equals(file)).toList();
	}

	List<List<String>> risks(String file) {
		return this.risks.stream().filter((cells) -> cells.get(Registers.RISK_FILE).equals(file)).toList();
	}

	/** What กองคลัง's rows must be when they come from {@code fixture}: the sample's, named after the fixture. */
	static Expected finance(String fixture) {
		return new Expected(renamed(golden().measures(HostileMerge.FINANCE), Registers.FILE, fixture),
				renamed(golden().risks(HostileMerge.FINANCE), Registers.RISK_FILE, fixture));
	}

	private static List<List<String>> renamed(List<List<String>> rows, int column, String file) {
		return rows.stream().map((cells) -> with(cells, column, file)).toList();
	}

	private static List<String> with(List<String> cells, int column, String value) {
		List<String> changed = new ArrayList<>(cells);
		changed.set(column, value);
		return List.copyOf(changed);
	}

	/** The rows a fixture must give: the sample's, with the fixture's own changes. */
	record Expected(List<List<String>> measures, List<List<String>> risks) {

		/** The measure's row rejected, so not in the register. */
		Expected without(String measureId) {
			return new Expected(this.measures.stream().filter(measure(measureId).negate()).toList(), this.risks);
		}

		/** One register cell of a measure's row as the fixture changed it. */
		Expected with(String measureId, int column, String value) {
			return new Expected(this.measures.stream()
				.map((cells) -> measure(measureId).test(cells) ? SampleRows.with(cells, column, value) : cells)
				.toList(), this.risks);
		}

		/** One risk-register cell of the risk read from {@code eventCell} (C6…) as the fixture changed it. */
		Expected withRisk(String eventCell, int column, String value) {
			return new Expected(this.measures, this.risks.stream()
				.map((cells) -> cells.get(Registers.RISK_CELL).equals(eventCell) ? SampleRows.with(cells, column, value) : cells)
				.toList());
		}

		private static Predicate<List<String>> measure(String measureId) {
			return (cells) -> cells.get(Registers.ID).equals(measureId);
		}

	}

}
