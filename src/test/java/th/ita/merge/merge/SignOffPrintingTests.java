package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.plan.SignOff;
import th.ita.merge.plan.Signatory;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.samples.SeedData;
import th.ita.merge.value.Digits;
import th.ita.merge.value.ThaiDate;

/**
 * A plan that names a reviewer (the ปลัด) and an approver (the นายก) and gives no report date: the
 * samples merged with it print, under both the measures report and the risk report, the date of
 * the run and every signatory in Thai official form, in the order preparer, reviewer, approver.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sign-off;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignOffPrintingTests {

	private static final Signatory PALAD = new Signatory("นางสาวสมศรี ใจดี", "ปลัดองค์การบริหารส่วนตำบลขามสะแกแสง");

	private static final Signatory NAYOK = new Signatory("นายสมชาย รักถิ่น", "นายกองค์การบริหารส่วนตำบลขามสะแกแสง");

	@Autowired
	private JobOperatorTestUtils jobOperator;

	/** The merge job is the one these tests run (the roll-up's is in the context too). */
	@Autowired
	void runTheMergeJob(JobOperatorTestUtils jobs, @Qualifier("mergeJob") Job mergeJob) {
		jobs.setJob(mergeJob);
	}

	@TempDir
	private static Path work;

	private Plan plan;

	private JobExecution execution;

	private LocalDate before;

	private LocalDate after;

	private Path workbook;

	@BeforeAll
	void mergeTheSamplesWithAPlanOfThreeSignatoriesAndNoDate() throws Exception {
		Plan seed = SeedData.plan();
		this.plan = new Plan(seed.organization(), seed.period(),
				new SignOff(seed.signOff().preparer(), Optional.of(PALAD), Optional.of(NAYOK), Optional.empty()),
				seed.divisions(), seed.indicators(), seed.measures(), seed.risk());
		Path input = Fixtures.copySamples(work.resolve("input"));
		PlanWriter.write(this.plan, input.resolve("plan.xlsx"));
		Path output = work.resolve("output");
		this.before = LocalDate.now();
		this.execution = this.jobOperator
			.startJob(MergeLauncher.parameters(input, output, input.resolve("plan.xlsx"), Digits.THAI));
		this.after = LocalDate.now();
		this.workbook = output.resolve("ita-2566-round1.xlsx");
	}

	@Test
	void completes() {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void printsTheRunDateAndEverySignatoryUnderTheMeasuresReport() throws Exception {
		assertSignOffPrinted(MeasureOutputs.reportSheetName(this.plan, Digits.THAI), 3, 7);
	}

	@Test
	void printsTheRunDateAndEverySignatoryUnderTheRiskReport() throws Exception {
		assertSignOffPrinted(RiskOutputs.REPORT_SHEET, 7, 11);
	}

	/** The block's rows, from its date line on, read as the plan's lines: a blank row for an empty line. */
	private void assertSignOffPrinted(String sheet, int column, int columns) throws Exception {
		try (OutputWorkbook output = OutputWorkbook.open(this.workbook)) {
			List<List<String>> rows = output.rows(sheet, columns);
			int dated = OutputWorkbook.find(rows, 0, column, "ณ วันที่ " + ThaiDate.of(this.before, Digits.THAI))
				.or(() -> OutputWorkbook.find(rows, 0, column, "ณ วันที่ " + ThaiDate.of(this.after, Digits.THAI)))
				.orElseThrow(() -> new AssertionError("no line dated the day of the run in " + sheet));
			List<String> expected = this.plan.signOff().lines(Digits.THAI, this.before);
			assertThat(rows).hasSize(dated + expected.size());
			List<String> printed = rows.subList(dated + 1, rows.size()).stream().map((cells) -> cells.get(column))
				.toList();
			assertThat(printed).as(sheet + ", after the date line")
				.containsExactlyElementsOf(expected.subList(1, expected.size()));
			assertThat(printed).containsSubsequence("(ลงชื่อ)......................................................ผู้จัดทำ",
					"(นายพศวัฒน์ หวังกลาง)", "นิติกรปฏิบัติการ",
					"(ลงชื่อ)......................................................ผู้ตรวจสอบ", "(นางสาวสมศรี ใจดี)",
					"ปลัดองค์การบริหารส่วนตำบลขามสะแกแสง",
					"(ลงชื่อ)......................................................ผู้อนุมัติ", "(นายสมชาย รักถิ่น)",
					"นายกองค์การบริหารส่วนตำบลขามสะแกแสง");
		}
	}

}
