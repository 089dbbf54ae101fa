package th.ita.merge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static th.ita.merge.plan.PlanLayout.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/**
 * A plan that disagrees with itself or cannot be read is refused, never half read: every problem
 * names its sheet and cell, in Thai, and the plan is the one source of which indicator belongs to
 * which tool.
 */
class PlanRefusalTests {

	@TempDir
	Path directory;

	@Test
	void refusesRoundThatIsNotANumberNamingItsCell() throws IOException {
		// given the round, sixth setting, on row 7
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(ORGANIZATION_SHEET, PlanWorkbooks.organization(ROUND, "รอบแรก"));

		// when
		List<Problem> problems = refused(sheets);

		// then
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.PLAN_ROUND_INVALID);
			assertThat(problem.sheet()).isEqualTo(ORGANIZATION_SHEET);
			assertThat(problem.cell()).isEqualTo("B7");
			assertThat(problem.value()).isEqualTo("รอบแรก");
			assertThat(problem.message()).contains("\"รอบแรก\"").contains("1").contains("2");
		});
	}

	@Test
	void refusesRoundOtherThanOneOrTwo() throws IOException {
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(ORGANIZATION_SHEET, PlanWorkbooks.organization(ROUND, "3"));

		assertThat(refused(sheets)).extracting(Problem::code, Problem::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.PLAN_ROUND_INVALID, "B7"));
	}

	@Test
	void takesEachIndicatorsToolFromThePlanNotFromItsNumber() throws Exception {
		// given indicator 4 placed under EIT, as a year that renumbered its items might
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(INDICATORS_SHEET, PlanWorkbooks.table(INDICATOR_HEADERS,
				PlanWorkbooks.row("EIT", "4", "การใช้ทรัพย์สินของทางราชการ", "เนื่องจาก"),
				PlanWorkbooks.row("OIT", "10", "การป้องกันการทุจริต", "เนื่องจาก")));
		sheets.put(MEASURES_SHEET, PlanWorkbooks.table(MEASURE_HEADERS,
				PlanWorkbooks.row("EIT-4.1", "EIT", "4", "", "การยืมทรัพย์สิน", "จัดทำคู่มือ", "กองคลัง")));

		// when
		Plan plan = PlanReader.read(PlanWorkbooks.write(this.directory.resolve("plan.xlsx"), sheets));

		// then
		assertThat(plan.indicator(4)).get().extracting(Indicator::tool).isEqualTo(Tool.EIT);
		assertThat(plan.measures()).singleElement().extracting(Measure::tool).isEqualTo(Tool.EIT);
	}

	@Test
	void refusesMeasureWhoseToolDisagreesWithItsIndicatorNamingBothCells() throws IOException {
		// given the indicators sheet puts 4 under IIT (cell A2), the measure on row 2 says EIT
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(MEASURES_SHEET, PlanWorkbooks.table(MEASURE_HEADERS,
				PlanWorkbooks.row("IIT-4.1", "EIT", "4", "", "การยืมทรัพย์สิน", "จัดทำคู่มือ", "กองคลัง")));

		// when
		List<Problem> problems = refused(sheets);

		// then
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.PLAN_TOOL_DISAGREES);
			assertThat(problem.sheet()).isEqualTo(MEASURES_SHEET);
			assertThat(problem.cell()).isEqualTo("B2");
			assertThat(problem.value()).isEqualTo("EIT");
			assertThat(problem.message()).contains("\"EIT\"").contains("\"IIT\"").contains(INDICATORS_SHEET)
				.contains("A2");
		});
	}

	@Test
	void refusesToolThatIsNoneOfTheThree() throws IOException {
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(INDICATORS_SHEET, PlanWorkbooks.table(INDICATOR_HEADERS,
				PlanWorkbooks.row("IIT", "4", "การใช้ทรัพย์สินของทางราชการ", "เนื่องจาก"),
				PlanWorkbooks.row("ภายนอก", "10", "การป้องกันการทุจริต", "เนื่องจาก")));

		List<Problem> problems = refused(sheets);

		assertThat(problems).filteredOn((problem) -> problem.code() == ProblemCode.PLAN_TOOL_UNKNOWN)
			.singleElement()
			.satisfies((problem) -> {
				assertThat(problem.sheet()).isEqualTo(INDICATORS_SHEET);
				assertThat(problem.cell()).isEqualTo("A3");
				assertThat(problem.value()).isEqualTo("ภายนอก");
			});
	}

	@Test
	void readsToolWrittenWithItsThaiPrefixOrInSmallLetters() throws Exception {
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(INDICATORS_SHEET, PlanWorkbooks.table(INDICATOR_HEADERS,
				PlanWorkbooks.row("ด้าน IIT", "4", "การใช้ทรัพย์สินของทางราชการ", "เนื่องจาก"),
				PlanWorkbooks.row("oit", "10", "การป้องกันการทุจริต", "เนื่องจาก")));

		Plan plan = PlanReader.read(PlanWorkbooks.write(this.directory.resolve("plan.xlsx"), sheets));

		assertThat(plan.indicators()).extracting(Indicator::tool).containsExactly(Tool.IIT, Tool.OIT);
	}

	@Test
	void refusesIndicatorListedTwice() throws IOException {
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(INDICATORS_SHEET, PlanWorkbooks.table(INDICATOR_HEADERS,
				PlanWorkbooks.row("IIT", "4", "การใช้ทรัพย์สินของทางราชการ", "เนื่องจาก"),
				PlanWorkbooks.row("OIT", "10", "การป้องกันการทุจริต", "เนื่องจาก"),
				PlanWorkbooks.row("IIT", "๔", "การใช้ทรัพย์สินของราชการ", "ซ้ำ")));

		assertThat(refused(sheets)).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.PLAN_INDICATOR_DUPLICATE);
			assertThat(problem.cell()).isEqualTo("B4");
			assertThat(problem.message()).contains("แถว 2");
		});
	}

	@Test
	void namesTheMissingSettingAndItsSheet() throws IOException {
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(ORGANIZATION_SHEET, PlanWorkbooks.organization(PREPARER_NAME, ""));

		assertThat(refused(sheets)).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.PLAN_SETTING_MISSING);
			assertThat(problem.cell()).isEqualTo("B8");
			assertThat(problem.message()).contains(PREPARER_NAME).contains(ORGANIZATION_SHEET);
		});
	}

	private List<Problem> refused(Map<String, List<Object[]>> sheets) throws IOException {
		Path file = PlanWorkbooks.write(this.directory.resolve("plan.xlsx"), sheets);
		InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, () -> PlanReader.read(file));
		assertThat(refused).as("the plan is refused").isNotNull();
		return refused.problems();
	}

}
