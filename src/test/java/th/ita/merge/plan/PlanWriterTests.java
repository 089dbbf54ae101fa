package th.ita.merge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.OutputWorkbook;
import th.ita.merge.samples.SeedData;

/**
 * {@link PlanWriter}: what it adds for the officer (a line above a table, a column of notes, the
 * examples of a new plan) is what {@link PlanReader} passes over, so a written plan reads back as
 * the plan it was made from.
 */
class PlanWriterTests {

	@TempDir
	private Path work;

	@Test
	void readsAPlanBackWhateverNotesAndBannerItCarries() throws Exception {
		// given
		Plan seed = SeedData.plan();
		Path file = this.work.resolve("noted.xlsx");

		// when
		PlanWriter.write(seed, new PlanWriter.MeasureNotes("บันทึกของนิติกร", Map.of("IIT-4.1", "ทำต่อ")),
				"แถวนี้อยู่เหนือตาราง", file);

		// then
		assertThat(PlanReader.read(file)).isEqualTo(seed);
		try (OutputWorkbook workbook = OutputWorkbook.open(file)) {
			List<List<String>> rows = workbook.rows(PlanLayout.MEASURES_SHEET, 8);
			assertThat(rows.get(0).get(0)).isEqualTo("แถวนี้อยู่เหนือตาราง");
			assertThat(rows.get(1)).startsWith(PlanLayout.MEASURE_ID).endsWith("บันทึกของนิติกร");
			assertThat(rows.get(2)).startsWith("IIT-4.1").endsWith("ทำต่อ");
			assertThat(rows.get(3)).startsWith("IIT-4.2").endsWith("");
		}
	}

	@Test
	void writesANewPlanWhoseExamplesAreAValidPlanOfTheYearGiven() throws Exception {
		// given
		Path file = this.work.resolve("plan-new.xlsx");

		// when
		PlanWriter.writeNew(2568, file);

		// then
		Plan examples = PlanReader.read(file);
		assertThat(examples.period()).isEqualTo(new ReportingPeriod(2568, 1));
		assertThat(examples.organization().name()).contains("ตัวอย่าง");
		assertThat(examples.measures()).isNotEmpty()
			.allSatisfy((measure) -> assertThat(measure.weakness()).startsWith("(ตัวอย่าง)"));
		assertThat(examples.divisions()).allSatisfy((division) -> assertThat(examples.measuresOf(division)).isNotEmpty());
		assertThat(examples.risk()).isEqualTo(RiskSettings.defaults());
		try (OutputWorkbook workbook = OutputWorkbook.open(file)) {
			assertThat(workbook.workbook().getSheetName(0)).isEqualTo(PlanWriter.INSTRUCTIONS_SHEET);
			assertThat(workbook.rows(PlanLayout.MEASURES_SHEET, 1).get(0).get(0)).contains("ตัวอย่าง");
		}
	}

}
