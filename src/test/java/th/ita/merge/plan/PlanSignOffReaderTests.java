package th.ita.merge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static th.ita.merge.plan.PlanLayout.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/**
 * The sign-off settings of the plan's หน่วยงาน sheet: an optional reviewer and approver, each with
 * name and position, and an optional report date, typed or a date cell. In the sheet the reviewer
 * is on rows 10 and 11, the approver on 12 and 13, the report date on 14.
 */
class PlanSignOffReaderTests {

	private static final String PALAD = "นางสาวสมศรี ใจดี";

	private static final String PALAD_POSITION = "ปลัดองค์การบริหารส่วนตำบลขามสะแกแสง";

	private static final String NAYOK = "นายสมชาย รักถิ่น";

	private static final String NAYOK_POSITION = "นายกองค์การบริหารส่วนตำบลขามสะแกแสง";

	private static final LocalDate END_OF_ROUND = LocalDate.of(2023, Month.MARCH, 31);

	@TempDir
	Path directory;

	@Test
	void readsReviewerWithPosition() throws Exception {
		// when
		SignOff signOff = read(REVIEWER_NAME, PALAD, REVIEWER_POSITION, PALAD_POSITION);

		// then
		assertThat(signOff.reviewer()).contains(new Signatory(PALAD, PALAD_POSITION));
		assertThat(signOff.approver()).isEmpty();
	}

	@Test
	void readsApproverWithPosition() throws Exception {
		// when
		SignOff signOff = read(APPROVER_NAME, NAYOK, APPROVER_POSITION, NAYOK_POSITION);

		// then
		assertThat(signOff.approver()).contains(new Signatory(NAYOK, NAYOK_POSITION));
		assertThat(signOff.reviewer()).isEmpty();
	}

	@Test
	void readsNoReviewerApproverOrDateWhenLeftEmpty() throws Exception {
		// when
		SignOff signOff = read();

		// then
		assertThat(signOff).isEqualTo(SignOff.preparedBy(new Signatory("นายพศวัฒน์ หวังกลาง", "นิติกรปฏิบัติการ")));
	}

	@Test
	void readsPlanWrittenBeforeTheSignOffRowsExisted() throws Exception {
		// given the organization sheet of an older plan, which ends with the preparer's position
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		List<Object[]> rows = new ArrayList<>(PlanWorkbooks.organization());
		rows.removeIf((row) -> List.of(REVIEWER_NAME, REVIEWER_POSITION, APPROVER_NAME, APPROVER_POSITION, REPORT_DATE)
			.contains(row[0]));
		sheets.put(ORGANIZATION_SHEET, rows);

		// when
		Plan plan = PlanReader.read(PlanWorkbooks.write(this.directory.resolve("plan.xlsx"), sheets));

		// then
		assertThat(plan.signOff().reviewer()).isEmpty();
		assertThat(plan.signOff().reportDate()).isEmpty();
	}

	@Test
	void readsReportDateTypedWithThaiMonthAndThaiDigits() throws Exception {
		assertThat(read(REPORT_DATE, "๓๑ มีนาคม ๒๕๖๖").reportDate()).contains(END_OF_ROUND);
	}

	@Test
	void readsReportDateTypedInFiguresWithBuddhistYear() throws Exception {
		assertThat(read(REPORT_DATE, "31/3/2566").reportDate()).contains(END_OF_ROUND);
	}

	@Test
	void readsReportDateFromDateCell() throws Exception {
		assertThat(read(REPORT_DATE, END_OF_ROUND).reportDate()).contains(END_OF_ROUND);
	}

	@Test
	void refusesReviewerWithoutPositionNamingThePositionCell() throws IOException {
		// when
		List<Problem> problems = refused(REVIEWER_NAME, PALAD);

		// then
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.PLAN_SIGNATORY_INCOMPLETE);
			assertThat(problem.sheet()).isEqualTo(ORGANIZATION_SHEET);
			assertThat(problem.cell()).isEqualTo("B11");
			assertThat(problem.value()).isEqualTo(PALAD);
			assertThat(problem.message()).contains("\"" + REVIEWER_NAME + "\"").contains("\"" + REVIEWER_POSITION + "\"");
		});
	}

	@Test
	void refusesApproverPositionWithoutNameNamingTheNameCell() throws IOException {
		// when
		List<Problem> problems = refused(APPROVER_POSITION, NAYOK_POSITION);

		// then
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.PLAN_SIGNATORY_INCOMPLETE);
			assertThat(problem.cell()).isEqualTo("B12");
			assertThat(problem.value()).isEqualTo(NAYOK_POSITION);
			assertThat(problem.message()).contains("\"" + APPROVER_NAME + "\"");
		});
	}

	@Test
	void refusesApproverOfAPlanWithoutThePositionRowNamingTheNameCell() throws IOException {
		// given the approver's name on row 12 and no row for the approver's position
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		List<Object[]> rows = new ArrayList<>(PlanWorkbooks.organization(APPROVER_NAME, NAYOK));
		rows.removeIf((row) -> APPROVER_POSITION.equals(row[0]));
		sheets.put(ORGANIZATION_SHEET, rows);

		// when
		InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class,
				() -> PlanReader.read(PlanWorkbooks.write(this.directory.resolve("plan.xlsx"), sheets)));

		// then
		assertThat(refused.problems()).extracting(Problem::code, Problem::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.PLAN_SIGNATORY_INCOMPLETE, "B12"));
	}

	@Test
	void refusesReportDateThatCannotBeReadNamingItsCell() throws IOException {
		// when
		List<Problem> problems = refused(REPORT_DATE, "สิ้นเดือนมีนาคม");

		// then
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.PLAN_REPORT_DATE_INVALID);
			assertThat(problem.sheet()).isEqualTo(ORGANIZATION_SHEET);
			assertThat(problem.cell()).isEqualTo("B14");
			assertThat(problem.value()).isEqualTo("สิ้นเดือนมีนาคม");
			assertThat(problem.message()).contains("\"สิ้นเดือนมีนาคม\"").contains("๓๑ มีนาคม ๒๕๖๖");
		});
	}

	@Test
	void refusesReportDateOnADayTheMonthHasNot() throws IOException {
		assertThat(refused(REPORT_DATE, "31/2/2566")).extracting(Problem::code, Problem::cell)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.PLAN_REPORT_DATE_INVALID, "B14"));
	}

	@Test
	void refusesReportDateTypedAsAPlainNumber() throws IOException {
		assertThat(refused(REPORT_DATE, 45016)).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.PLAN_REPORT_DATE_INVALID);
			assertThat(problem.value()).startsWith("45016");
		});
	}

	private SignOff read(Object... labelsAndValues) throws Exception {
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(ORGANIZATION_SHEET, PlanWorkbooks.organization(labelsAndValues));
		return PlanReader.read(PlanWorkbooks.write(this.directory.resolve("plan.xlsx"), sheets)).signOff();
	}

	private List<Problem> refused(Object... labelsAndValues) throws IOException {
		Map<String, List<Object[]>> sheets = PlanWorkbooks.validPlan();
		sheets.put(ORGANIZATION_SHEET, PlanWorkbooks.organization(labelsAndValues));
		InvalidPlanException refused = catchThrowableOfType(InvalidPlanException.class,
				() -> PlanReader.read(PlanWorkbooks.write(this.directory.resolve("plan.xlsx"), sheets)));
		assertThat(refused).as("the plan is refused").isNotNull();
		return refused.problems();
	}

}
