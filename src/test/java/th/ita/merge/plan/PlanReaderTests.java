package th.ita.merge.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.problem.ProblemCode;
import th.ita.merge.samples.PlanWorkbookWriter;
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
		PlanWorkbookWriter.write(seed, file);

		// when
		Plan plan = PlanReader.read(file);

		// then
		assertThat(plan.organization()).isEqualTo(seed.organization());
		assertThat(plan.period()).isEqualTo(new ReportingPeriod(2566, 1));
		assertThat(plan.preparer()).isEqualTo(seed.preparer());
		assertThat(plan.divisions()).isEqualTo(seed.divisions());
		assertThat(plan.indicators()).isEqualTo(seed.indicators());
		assertThat(plan.measures()).hasSize(17);
		assertThat(plan.measures()).isEqualTo(seed.measures());
		assertThat(plan.fingerprint()).isEqualTo(seed.fingerprint());
	}

	@Test
	void readsSettingsDivisionsAndMeasuresOfSmallPlan() throws Exception {
		// given
		Path file = write(validPlan());

		// when
		Plan plan = PlanReader.read(file);

		// then
		assertThat(plan.organization()).isEqualTo(new Organization("องค์การบริหารส่วนตำบลขามสะแกแสง", "ขามสะแกแสง",
				"นครราชสีมา", ""));
		assertThat(plan.period()).isEqualTo(new ReportingPeriod(2566, 1));
		assertThat(plan.preparer()).isEqualTo(new Preparer("นายพศวัฒน์ หวังกลาง", "นิติกรปฏิบัติการ"));
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
		Map<String, List<Object[]>> sheets = validPlan();
		sheets.put(MEASURES_SHEET, table(MEASURE_HEADERS,
				row("IIT-4.1", "IIT", "4", "", "การยืมทรัพย์สิน", "จัดทำคู่มือ", "กองคลัง"),
				row("OIT-10.1", "OIT", "10", "", "การมีส่วนร่วมของผู้บริหาร", "ประกาศเจตจำนง", "กองสาธารณสุข")));
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
		Map<String, List<Object[]>> sheets = validPlan();
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
		Map<String, List<Object[]>> sheets = validPlan();
		sheets.put(ORGANIZATION_SHEET, organization(2023));
		Path file = write(sheets);

		// when
		Plan plan = PlanReader.read(file);

		// then
		assertThat(plan.period().fiscalYear()).isEqualTo(2566);
	}

	@Test
	void readsFiscalYearTypedInThaiDigits() throws Exception {
		// given
		Map<String, List<Object[]>> sheets = validPlan();
		sheets.put(ORGANIZATION_SHEET, organization("พ.ศ. ๒๕๖๖"));
		Path file = write(sheets);

		// when
		Plan plan = PlanReader.read(file);

		// then
		assertThat(plan.period().fiscalYear()).isEqualTo(2566);
	}

	@Test
	void refusesFiscalYearThatIsNotAYearNamingItsCell() throws IOException {
		// given the fiscal year, fifth setting, on row 6
		Map<String, List<Object[]>> sheets = validPlan();
		sheets.put(ORGANIZATION_SHEET, organization("66"));
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
		Map<String, List<Object[]>> sheets = validPlan();
		sheets.put(MEASURES_SHEET, table(MEASURE_HEADERS,
				row("IIT-4.1", "IIT", "4", "", "๑. การยืมทรัพย์สินของทางราชการ", "1) จัดทำคู่มือการยืม", "กองคลัง")));
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
		Map<String, List<Object[]>> sheets = validPlan();
		sheets.put(MEASURES_SHEET, table(MEASURE_HEADERS,
				row("IIT-4.1", "IIT", "4", "", "2566 ปีที่ยังไม่มีคู่มือ", "จัดทำคู่มือ", "กองคลัง")));
		Path file = write(sheets);

		// when
		Measure measure = PlanReader.read(file).measures().get(0);

		// then
		assertThat(measure.weakness()).isEqualTo("2566 ปีที่ยังไม่มีคู่มือ");
	}

	@Test
	void readsIndicatorNumberTypedInThaiDigits() throws Exception {
		// given
		Map<String, List<Object[]>> sheets = validPlan();
		sheets.put(MEASURES_SHEET, table(MEASURE_HEADERS,
				row("OIT-10.1", "OIT", "๑๐", "", "การมีส่วนร่วมของผู้บริหาร", "ประกาศเจตจำนง", "ผู้บริหาร")));
		Path file = write(sheets);

		// when
		Measure measure = PlanReader.read(file).measures().get(0);

		// then
		assertThat(measure.indicator()).isEqualTo(10);
		assertThat(measure.tool()).isEqualTo(Tool.OIT);
	}

	private static Map<String, List<Object[]>> validPlan() {
		Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
		sheets.put(ORGANIZATION_SHEET, organization("2566"));
		sheets.put(DIVISIONS_SHEET, table(DIVISION_HEADERS, row("PALAD", "สำนักปลัด", "งานนิติการ / ผู้บริหาร"),
				row("FINANCE", "กองคลัง", "")));
		sheets.put(INDICATORS_SHEET,
				table(INDICATOR_HEADERS, row("IIT", "4", "การใช้ทรัพย์สินของทางราชการ", "เนื่องจากเจ้าหน้าที่ยังขาดความรู้"),
						row("OIT", "10", "การป้องกันการทุจริต", "เนื่องจากยังไม่มีการเผยแพร่")));
		sheets.put(MEASURES_SHEET, table(MEASURE_HEADERS,
				row("IIT-4.1", "IIT", "4", "", "การยืมทรัพย์สิน", "จัดทำคู่มือ", "กองคลัง"),
				row("OIT-10.1", "OIT", "10", "", "การมีส่วนร่วมของผู้บริหาร", "ประกาศเจตจำนง", "งานนิติการ / ผู้บริหาร")));
		return sheets;
	}

	/** The settings sheet: a header row, then one label and its value a row, as the layout lists them. */
	private static List<Object[]> organization(Object fiscalYear) {
		List<Object> values = List.of("องค์การบริหารส่วนตำบลขามสะแกแสง", "", "ขามสะแกแสง", "นครราชสีมา", fiscalYear, "1",
				"นายพศวัฒน์ หวังกลาง", "นิติกรปฏิบัติการ");
		List<Object[]> rows = new ArrayList<>();
		rows.add(row("รายการ", "ข้อมูล"));
		for (int i = 0; i < ORGANIZATION_LABELS.size(); i++) {
			rows.add(row(ORGANIZATION_LABELS.get(i), values.get(i)));
		}
		return rows;
	}

	private static List<Object[]> table(List<String> headers, Object[]... rows) {
		List<Object[]> table = new ArrayList<>();
		table.add(headers.toArray());
		table.addAll(List.of(rows));
		return table;
	}

	private static Object[] row(Object... values) {
		return values;
	}

	/** Writes the sheets in order, from row 1; strings as text, numbers as numbers. */
	private Path write(Map<String, List<Object[]>> sheets) throws IOException {
		Path file = this.directory.resolve("plan.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			sheets.forEach((name, rows) -> {
				Sheet sheet = workbook.createSheet(name);
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r);
					Object[] values = rows.get(r);
					for (int c = 0; c < values.length; c++) {
						if (values[c] instanceof Number number) {
							row.createCell(c).setCellValue(number.doubleValue());
						}
						else {
							row.createCell(c).setCellValue(String.valueOf(values[c]));
						}
					}
				}
			});
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

}
