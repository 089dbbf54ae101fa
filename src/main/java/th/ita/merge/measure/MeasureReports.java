package th.ita.merge.measure;

import java.util.List;
import java.util.function.Consumer;

/**
 * The accepted measure reports of a run, as the measure outputs read them: a port the merge's
 * staging implements, so that the run's size never has to fit in memory at once.
 */
public interface MeasureReports {

	/** The accepted reports on one measure, in roster order. */
	List<MeasureReport> reportsOn(String measureId);

	/**
	 * The divisions, in roster order, whose row for one measure was read but not accepted: their
	 * file was received, yet what they reported cannot be counted.
	 */
	List<String> rejectedOn(String measureId);

	/** Every accepted report, by measure in plan order, then by division in roster order. */
	void forEachReport(Consumer<MeasureReport> reports);

}
