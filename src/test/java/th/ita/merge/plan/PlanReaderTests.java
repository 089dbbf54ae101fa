package th.ita.merge.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.problem.ProblemCode;
import th.ita.merge.samples.SeedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static th.ita.merge.plan.PlanLayout.*;

/**
 * Tests for {@link PlanReader} on small plan workbooks written here, one per way a legal officer
 * can fill the plan in.
 */
class PlanReaderTests {

	@TempDir
	Path directory;

	@Test
	void readsSeedPlanBackAsWritten() throws Exception {
		// given
		Plan seed = SeedData.plan();
		Path file = this.directory.resolve("แผน.xlsx");
		PlanWriter.write(seed, file);

		// when
		Plan plan = PlanReader.read(file);

		// then
		assertThat(plan.organization()).isEqualTo(seed.organization());
		assertThat(plan.period()).isEqualTo(new ReportingPeriod(2566, 1));
		assertThat(plan.signOff()).isEqualTo(seed.signOff());
		assertThat(plan.divisions()).isEqualTo(seed.divisions());
		assertThat(plan.indicators()).isEqualTo(seed.indicators());
		assertThat(plan.measures()).hasSize(17);
		assertThat(plan.measures()).isEqualTo(seed.measures());
		assertThat(plan.fingerprint()).isEqualTo(seed.fingerprint());
	}

	@Test
	void readsSettingsDivisionsAndMeasuresOfSmallPlan() throws Exception {
		// given
		Path file = write(PlanWorkbooks.validPlan());

		// when
		Plan plan = PlanReader.read(file);

		// then
		assertThat(plan.organization()).isEqualTo(new Organization("องค์การบริหารส่วนตำบลขามสะแกแสง", "ขามสะแกแสง",
				"นครราชสีมา", ""));
		assertThat(plan.period()).isEqualTo(new ReportingPeriod(2566, 1));
		assertThat(plan.signOff())
			.isEqualTo(SignOff.preparedBy(new Signatory("นายพศวัฒน์ หวังกลาง", "นิติกรปฏิบัติการ")));
		assertThat(plan.divisions()).containsExactly(
				new Division("PALAD", "สำนักปลัด", List.of("งานนิติการ", "ผู้บริหาร")),
				new Division("FINANCE", "กองคลัง", List.of()));
		assertThat(plan.measures()).extracting(Measure::id, Measure::tool, Measure::indicator, Measure::units)
			.containsExactly(
					tuple("IIT-4.1", Tool.IIT, 4, List.of("กองคลัง")),
					tuple("OIT-10.1", Tool.OIT, 10, List.of("งานนิติการ", "ผู้บริหาร")));
	}

	@Test
	void refusesMeasureWhoseResponsibleUnitNoDivisionReportsFor() throws IOException {
		// given the second measure, on row 3, names a unit no division reports for
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(MEASURES_SHEET, PlanWorkbooks.table(MEASURE_HEADERS,
				PlanWorkbooks.row("IIT-4.1", "IIT", "4", "", "การยืมทรัพย์สิน", "จัดทำคู่มือ", "กองคลัง"),
				PlanWorkbooks.row("OIT-10.1", "OIT", "10", "", "การมีส่วนร่วมของผู้บริหาร", "ประกาศเจตจำนง", "กองสาธารณสุข")));
		Path file = write(sheets);

		// when
		InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, () -> PlanReader.read(file));

		// then
		assertThat(refused).isNotNull();
		assertThat(refused.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.PLAN_UNIT_UNKNOWN);
			assertThat(problem.file()).isEqualTo("plan.xlsx");
			assertThat(problem.sheet()).isEqualTo("มาตรการ");
			assertThat(problem.cell()).isEqualTo("G3");
			assertThat(problem.value()).isEqualTo("กองสาธารณสุข");
			assertThat(problem.message()).contains("กองสาธารณสุข");
		});
	}

	@Test
	void refusesPlanWithoutDivisionsSheet() throws IOException {
		// given
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.remove(DIVISIONS_SHEET);
		Path file = write(sheets);

		// when
		InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, () -> PlanReader.read(file));

		// then
		assertThat(refused).isNotNull();
		assertThat(refused.problems()).filteredOn((problem) -> problem.code() == ProblemCode.PLAN_SHEET_MISSING)
			.singleElement()
			.satisfies((problem) -> {
				assertThat(problem.file()).isEqualTo("plan.xlsx");
				assertThat(problem.message()).contains("\"สำนัก-กอง\"");
			});
	}

	@Test
	void readsFiscalYearTypedInChristianEraAsBuddhistEra() throws Exception {
		// given 2023 typed as a number
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(ORGANIZATION_SHEET, PlanWorkbooks.organization(FISCAL_YEAR, 2023));
		Path file = write(sheets);

		// when
		Plan plan = PlanReader.read(file);

		// then
		assertThat(plan.period().fiscalYear()).isEqualTo(2566);
	}

	@Test
	void readsFiscalYearTypedInThaiDigits() throws Exception {
		// given
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(ORGANIZATION_SHEET, PlanWorkbooks.organization(FISCAL_YEAR, "พ.ศ. ๒๕๖๖"));
		Path file = write(sheets);

		// when
		Plan plan = PlanReader.read(file);

		// then
		assertThat(plan.period().fiscalYear()).isEqualTo(2566);
	}

	@Test
	void refusesFiscalYearThatIsNotAYearNamingItsCell() throws IOException {
		// given the fiscal year, fifth setting, on row 6
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(ORGANIZATION_SHEET, PlanWorkbooks.organization(FISCAL_YEAR, "66"));
		Path file = write(sheets);

		// when
		InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class, () -> PlanReader.read(file));

		// then
		assertThat(refused).isNotNull();
		assertThat(refused.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.sheet()).isEqualTo(ORGANIZATION_SHEET);
			assertThat(problem.cell()).isEqualTo("B6");
			assertThat(problem.value()).isEqualTo("66");
		});
	}

	@Test
	void dropsListNumberTypedBeforeWeaknessAndGuideline() throws Exception {
		// given
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(MEASURES_SHEET, PlanWorkbooks.table(MEASURE_HEADERS,
				PlanWorkbooks.row("IIT-4.1", "IIT", "4", "", "๑. การยืมทรัพย์สินของทางราชการ", "1) จัดทำคู่มือการยืม", "กองคลัง")));
		Path file = write(sheets);

		// when
		Measure measure = PlanReader.read(file).measures().get(0);

		// then
		assertThat(measure.weakness()).isEqualTo("การยืมทรัพย์สินของทางราชการ");
		assertThat(measure.guideline()).isEqualTo("จัดทำคู่มือการยืม");
	}

	@Test
	void keepsNumbersThatArePartOfTheWeakness() throws Exception {
		// given
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(MEASURES_SHEET, PlanWorkbooks.table(MEASURE_HEADERS,
				PlanWorkbooks.row("IIT-4.1", "IIT", "4", "", "2566 ปีที่ยังไม่มีคู่มือ", "จัดทำคู่มือ", "กองคลัง")));
		Path file = write(sheets);

		// when
		Measure measure = PlanReader.read(file).measures().get(0);

		// then
		assertThat(measure.weakness()).isEqualTo("2566 ปีที่ยังไม่มีคู่มือ");
	}

	@Test
	void readsIndicatorNumberTypedInThaiDigits() throws Exception {
		// given
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(MEASURES_SHEET, PlanWorkbooks.table(MEASURE_HEADERS,
				PlanWorkbooks.row("OIT-10.1", "OIT", "๑๐", "", "การมีส่วนร่วมของผู้บริหาร", "ประกาศเจตจำนง", "ผู้บริหาร")));
		Path file = write(sheets);

		// when
		Measure measure = PlanReader.read(file).measures().get(0);

		// then
		assertThat(measure.indicator()).isEqualTo(10);
		assertThat(measure.tool()).isEqualTo(Tool.OIT);
	}

	private Path write(Map<String, List<Object[]>> sheets) throws IOException {
		return PlanWorkbooks.write(this.directory.resolve("plan.xlsx"), sheets);
	}

}
