package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;

/**
 * {@link PreviousRound}: the samples' round-1 consolidated workbook read back as the round before
 * round 2 — who reported what on each measure, every risk — and refused, in Thai, for another
 * organization, a round that is not earlier, or a file that is no consolidated workbook.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviousRoundTests {

	@TempDir
	private static Path work;

	private Path round1;

	@BeforeAll
	void mergeRoundOne() throws Exception {
		Path input = Fixtures.copySamples(work.resolve("input"));
		Path output = work.resolve("output");
		assertThat(ItaMergeCommand.execute("merge", "--input", input.toString(), "--output", output.toString()))
			.isIn(0, 2);
		this.round1 = output.resolve("ita-2566-round1.xlsx");
	}

	@Test
	void readsWhatEveryDivisionReportedOnEveryMeasureAndEveryRisk() throws Exception {
		PreviousRound previous = PreviousRound.read(this.round1);

		assertThat(previous.organization()).isEqualTo(SeedData.plan().organization().name());
		assertThat(previous.period()).isEqualTo(new ReportingPeriod(2566, 1));
		assertThat(previous.reports()).hasSize(SeedData.reports().size());
		for (SeedData.Report report : SeedData.reports()) {
			String division = SeedData.plan().divisionName(report.divisionCode());
			assertThat(previous.answers().of(report.measureId(), division)).as(report.measureId() + " " + division)
				.hasValueSatisfying((read) -> {
					assertThat(read.state()).isEqualTo(report.state());
					assertThat(read.result()).isEqualTo(report.result());
					assertThat(read.evidenceLink()).isEqualTo(report.evidenceLink());
				});
		}
		assertThat(previous.risks()).hasSize(SampleRisks.risks().size());
	}

	@Test
	void theWorkbookSaysWhoseItIsWhenAndByWhatItWasMadeAndItsTotals() throws Exception {
		Map<String, String> identity = new LinkedHashMap<>();
		try (OutputWorkbook workbook = OutputWorkbook.open(this.round1)) {
			workbook.rows(DivisionWorkbook.CONSOLIDATED_SHEET, 2).forEach((row) -> identity.put(row.get(0), row.get(1)));
		}
		assertThat(identity).containsEntry("format_version", "2")
			.containsEntry("organization", "องค์การบริหารส่วนตำบลขามสะแกแสง")
			.containsEntry("organization_type", "อบต.")
			.containsEntry("district", "ขามสะแกแสง")
			.containsEntry("province", "นครราชสีมา")
			.containsEntry("fiscal_year", "2566")
			.containsEntry("round", "1")
			.containsEntry("made_by", "ITA Merge " + ConsolidatedIdentity.TOOL_VERSION)
			.containsEntry("files", "5");
		assertThat(Instant.parse(identity.get("made_at"))).isBetween(Instant.now().minusSeconds(600), Instant.now());
		PreviousRound previous = PreviousRound.read(this.round1);
		for (ProgressState state : ProgressState.values()) {
			long expected = SeedData.plan().measures().stream()
				.filter((measure) -> previous.stateOf(measure.id()).orElse(ProgressState.NOT_STARTED) == state)
				.count();
			assertThat(identity.get("measures." + state.thai())).as(state.thai()).isEqualTo(Long.toString(expected));
		}
		int risks = 0;
		for (var band : SeedData.plan().risk().bands()) {
			risks += Integer.parseInt(identity.get("risks." + band.name()));
		}
		assertThat(risks).isEqualTo(SampleRisks.risks().size());
	}

	@Test
	void givesEachMeasureTheStateTheReportGaveIt() throws Exception {
		PreviousRound previous = PreviousRound.read(this.round1);
		for (var measure : SeedData.plan().measures()) {
			var states = SeedData.reports().stream().filter((report) -> report.measureId().equals(measure.id()))
				.map(SeedData.Report::state).toList();
			if (!states.isEmpty()) {
				assertThat(previous.stateOf(measure.id())).as(measure.id()).contains(ProgressState.overall(states, true));
			}
		}
		assertThat(previous.stateOf("XYZ-1.1")).isEmpty();
	}

	@Test
	void precedesRoundTwoOfTheSameYearButNotRoundOneNorAnotherOrganization() throws Exception {
		Plan plan = SeedData.plan();
		PreviousRound previous = PreviousRound.read(this.round1);
		Plan round2 = withPeriod(plan, new ReportingPeriod(2566, 2));

		assertThat(previous.checkPrecedes(round2)).isSameAs(previous);
		assertThatThrownBy(() -> previous.checkPrecedes(plan)).isInstanceOf(PreviousRoundException.class)
			.hasMessageContaining(this.round1.toString())
			.hasMessageContaining("ไม่ใช่รอบก่อน")
			.satisfies((ex) -> assertThat(((PreviousRoundException) ex).code()).isEqualTo(ProblemCode.PREVIOUS_NOT_EARLIER));
		Plan other = new Plan(new th.ita.merge.plan.Organization("เทศบาลตำบลตัวอย่าง", "เมือง", "นครราชสีมา", ""),
				round2.period(), plan.signOff(), plan.divisions(), plan.indicators(), plan.measures(), plan.risk());
		assertThatThrownBy(() -> previous.checkPrecedes(other)).isInstanceOf(PreviousRoundException.class)
			.hasMessageContaining("เทศบาลตำบลตัวอย่าง")
			.hasMessageContaining("หน่วยงานเดียวกัน");
	}

	@Test
	void refusesAFileThatIsNoConsolidatedWorkbook() throws Exception {
		Path plan = work.resolve("input").resolve("plan.xlsx");
		assertThatThrownBy(() -> PreviousRound.read(plan)).isInstanceOf(PreviousRoundException.class)
			.hasMessageContaining("ไม่ใช่รายงานรวม");
		Path text = Files.writeString(work.resolve("notes.xlsx"), "not a workbook");
		assertThatThrownBy(() -> PreviousRound.read(text)).isInstanceOf(PreviousRoundException.class)
			.hasMessageContaining("อ่านไฟล์รายงานรวมของรอบก่อน");
	}

	@Test
	void refusesAWorkbookOfANewerFormatThanItKnows() throws Exception {
		Path newer = work.resolve("newer.xlsx");
		Files.copy(this.round1, newer);
		WorkbookEdits.edit(newer, (workbook) -> workbook.getSheet(DivisionWorkbook.CONSOLIDATED_SHEET).getRow(0).getCell(1)
			.setCellValue(Integer.toString(ConsolidatedIdentity.FORMAT_VERSION + 1)));

		assertThatThrownBy(() -> PreviousRound.read(newer)).isInstanceOf(PreviousRoundException.class)
			.hasMessageContaining(newer.toString())
			.hasMessageContaining("รุ่นที่ใหม่กว่า");
	}

	@Test
	void findsRoundOneBesideTheOutputsOfRoundTwo() {
		Plan round2 = withPeriod(SeedData.plan(), new ReportingPeriod(2566, 2));
		assertThat(PreviousRound.findIn(this.round1.getParent(), round2)).contains(this.round1);
		assertThat(PreviousRound.findIn(this.round1.getParent(), SeedData.plan())).isEmpty();
	}

	static Plan withPeriod(Plan plan, ReportingPeriod period) {
		return new Plan(plan.organization(), period, plan.signOff(), plan.divisions(), plan.indicators(), plan.measures(),
				plan.risk());
	}

}
