package th.ita.merge.measure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.measure.MeasureReport;
import th.ita.merge.measure.MeasureReports;
import th.ita.merge.measure.MeasureStanding;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.samples.SeedData;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The very hidden sheet of every measure's state, for the roll-up, read back as the roll-up reads
 * it: every measure of the plan, the one no division reported on too, and the names of 3,200
 * reporting divisions cut to what a cell holds rather than stopping the merge.
 */
class StandingsSheetTests {

	private static final int DIVISIONS = 3_200;

	@Test
	void givesEveryMeasureItsStateAndCutsTheNamesOfThousandsOfDivisionsToOneCell() throws IOException {
		// given: every division of 3,200 reports IIT-5.2 done, and nobody reports anything else
		Plan plan = SeedData.planOfDivisions(DIVISIONS);
		List<MeasureReport> reports = new ArrayList<>();
		for (Division division : plan.divisions()) {
			reports.add(new MeasureReport("IIT-5.2", division.code(), ProgressState.DONE, "ดำเนินการแล้ว", "", "",
					division.code() + ".xlsx", "มาตรการ", "F5"));
		}

		// when
		List<MeasureStanding> standings = writtenAndReadBack(plan, reportsOn(reports));

		// then
		assertThat(standings).extracting(MeasureStanding::measureId)
			.containsExactlyElementsOf(plan.measures().stream().map(Measure::id).toList());
		MeasureStanding everyone = standings.stream().filter((s) -> s.measureId().equals("IIT-5.2")).findFirst().orElseThrow();
		assertThat(everyone.state()).isEqualTo(ProgressState.DONE);
		assertThat(everyone.divisions()).startsWith("กองที่ 1, กองที่ 2, กองที่ 3")
			.endsWith("ดูข้อความเต็มในชีต \"ทะเบียนมาตรการ\")")
			.hasSizeLessThanOrEqualTo(32_767);
		MeasureStanding nobody = standings.stream().filter((s) -> s.measureId().equals("IIT-4.1")).findFirst().orElseThrow();
		assertThat(nobody.state()).isEqualTo(ProgressState.NOT_STARTED);
		assertThat(nobody.divisions()).isEmpty();
		assertThat(nobody.weakness()).isEqualTo(plan.measures().get(0).weakness());
	}

	private static List<MeasureStanding> writtenAndReadBack(Plan plan, MeasureReports reports) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			workbook.createSheet("รายงาน");
			StandingsSheet.write(workbook.createSheet(MeasureOutputs.STANDINGS_SHEET), plan,
					ReportLines.of(plan, reports, Digits.THAI));
			workbook.write(out);
		}
		try (XlsxFile workbook = XlsxFile.open(out.toByteArray(), "ita-2566-round1.xlsx")) {
			return MeasureOutputs.readStandings(workbook).orElseThrow();
		}
	}

	private static MeasureReports reportsOn(List<MeasureReport> reports) {
		return new MeasureReports() {

			@Override
			public List<MeasureReport> reportsOn(String measureId) {
				return reports.stream().filter((report) -> report.measureId().equals(measureId)).toList();
			}

			@Override
			public List<String> rejectedOn(String measureId) {
				return List.of();
			}

			@Override
			public void forEachReport(Consumer<MeasureReport> each) {
				reports.forEach(each);
			}

		};
	}

}
