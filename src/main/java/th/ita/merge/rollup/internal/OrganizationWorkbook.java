package th.ita.merge.rollup.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.measure.MeasureStanding;
import th.ita.merge.measure.PreviousReport;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.merge.ConsolidatedIdentity;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.risk.PreviousRisk;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.xlsx.XlsxFile;

/**
 * One organization's consolidated workbook as the province reads it, streamed sheet by sheet and
 * never opened whole: what its identity sheet says, each measure of its plan with the state its
 * report gives it and the divisions that reported it, and its risks; or why it was refused.
 * Whether it is of the round being rolled up is settled once every file is read.
 */
public record OrganizationWorkbook(String fileName, Optional<ConsolidatedIdentity.Read> identity,
		Optional<Problem> refusal, List<MeasureStanding> measures, List<PreviousRisk> risks) {

	/** The first format whose identity sheet says the organization's type, district and totals. */
	static final int OLDEST_FORMAT = 2;

	public static OrganizationWorkbook read(Path file) {
		String name = file.getFileName().toString();
		try (XlsxFile workbook = XlsxFile.open(file)) {
			Optional<ConsolidatedIdentity.Read> identity = ConsolidatedIdentity.read(workbook);
			if (identity.isEmpty() || identity.get().period().isEmpty()) {
				return refused(name, identity, Problem.of(ProblemCode.ROLLUP_NOT_CONSOLIDATED, Location.ofFile(name), name));
			}
			ConsolidatedIdentity.Read read = identity.get();
			if (read.newerThanThisTool()) {
				return refused(name, identity, Problem.of(ProblemCode.ROLLUP_NEWER_FORMAT, Location.ofFile(name), name,
						read.organization(), ConsolidatedIdentity.TOOL_VERSION));
			}
			if (read.formatVersion() < OLDEST_FORMAT) {
				return refused(name, identity,
						Problem.of(ProblemCode.ROLLUP_OLDER_FORMAT, Location.ofFile(name), name, read.organization()));
			}
			Optional<List<MeasureStanding>> standings = MeasureOutputs.readStandings(workbook);
			List<MeasureStanding> measures = standings.isPresent() ? standings.get()
					: measures(MeasureOutputs.readRegister(workbook));
			return new OrganizationWorkbook(name, identity, Optional.empty(), measures,
					RiskOutputs.readRegister(workbook));
		}
		catch (IOException | RuntimeException ex) {
			return refused(name, Optional.empty(),
					Problem.of(ProblemCode.ROLLUP_UNREADABLE, Location.ofFile(name), name));
		}
	}

	/**
	 * A workbook made before it carried its measures' states: the register's rows, one per measure
	 * per division, as one line per measure in register order, done when every report says so.
	 */
	static List<MeasureStanding> measures(List<PreviousReport> reports) {
		Map<String, List<PreviousReport>> byMeasure = new LinkedHashMap<>();
		for (PreviousReport report : reports) {
			byMeasure.computeIfAbsent(report.measureId(), (id) -> new ArrayList<>()).add(report);
		}
		List<MeasureStanding> lines = new ArrayList<>(byMeasure.size());
		byMeasure.forEach((id, rows) -> {
			PreviousReport first = rows.get(0);
			List<String> divisions = rows.stream().map(PreviousReport::divisionName).distinct().toList();
			ProgressState state = ProgressState.overall(rows.stream().map(PreviousReport::state).toList(), true);
			lines.add(new MeasureStanding(id, first.tool(), first.indicator(), first.weakness(), String.join(", ", divisions),
					state));
		});
		return lines;
	}

	private static OrganizationWorkbook refused(String name, Optional<ConsolidatedIdentity.Read> identity,
			Problem why) {
		return new OrganizationWorkbook(name, identity, Optional.of(why), List.of(), List.of());
	}

}
