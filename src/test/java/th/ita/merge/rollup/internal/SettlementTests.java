package th.ita.merge.rollup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.rollup.ProvinceRoster;
import th.ita.merge.rollup.internal.RollupStaging.StagedFile;

/** What only all the files together tell: the round, each organization's newest file, who sent nothing. */
class SettlementTests {

	private static final Instant EARLY = Instant.parse("2023-04-05T02:00:00Z");

	private static final Instant LATE = Instant.parse("2023-04-07T02:00:00Z");

	@Test
	void rollsUpTheRoundMostFilesReport() {
		Settlement.Settled settled = Settlement.settle(List.of(file("a.xlsx", "1", "อบต.ก", 2566, EARLY),
				file("b.xlsx", "2", "อบต.ข", 2566, EARLY), file("c.xlsx", "3", "อบต.ค", 2565, EARLY)),
				ProvinceRoster.none(), Optional.empty());
		assertThat(settled.period()).isEqualTo(new ReportingPeriod(2566, 1));
		assertThat(settled.organizations()).extracting(OrganizationProgress::name).containsExactly("อบต.ก", "อบต.ข");
		assertThat(codes(settled.problems())).containsExactly(ProblemCode.ROLLUP_OTHER_PERIOD);
		assertThat(settled.problems().get(0).file()).isEqualTo("c.xlsx");
	}

	@Test
	void rollsUpTheRoundAskedForEvenWhenFewerFilesReportIt() {
		Settlement.Settled settled = Settlement.settle(List.of(file("a.xlsx", "1", "อบต.ก", 2566, EARLY),
				file("b.xlsx", "2", "อบต.ข", 2566, EARLY), file("c.xlsx", "3", "อบต.ค", 2565, EARLY)),
				ProvinceRoster.none(), Optional.of(new ReportingPeriod(2565, 1)));
		assertThat(settled.organizations()).extracting(OrganizationProgress::name).containsExactly("อบต.ค");
	}

	@Test
	void keepsTheWorkbookMadeLastWhateverItsNameAndSaysWhichItSetAside() {
		Settlement.Settled settled = Settlement.settle(
				List.of(file("z-new.xlsx", "1", "อบต.ก", 2566, LATE), file("a-old.xlsx", "1", "อบต.ก", 2566, EARLY)),
				ProvinceRoster.none(), Optional.empty());
		assertThat(settled.organizations()).singleElement()
			.satisfies((o) -> assertThat(o.received().get().fileName()).isEqualTo("z-new.xlsx"));
		assertThat(settled.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.ROLLUP_SUPERSEDED);
			assertThat(problem.file()).isEqualTo("a-old.xlsx");
			assertThat(problem.message()).contains("z-new.xlsx");
		});
	}

	@Test
	void knowsAnOrganizationWithoutACodeByItsNameSpacesAsideAndSaysSo() {
		Settlement.Settled settled = Settlement.settle(
				List.of(file("a.xlsx", "", "องค์การบริหารส่วนตำบล ก", 2566, EARLY),
						file("b.xlsx", "", "องค์การบริหารส่วนตำบลก", 2566, LATE)),
				ProvinceRoster.none(), Optional.empty());
		assertThat(settled.organizations()).hasSize(1);
		assertThat(codes(settled.problems())).containsExactlyInAnyOrder(ProblemCode.ROLLUP_NO_CODE,
				ProblemCode.ROLLUP_NO_CODE, ProblemCode.ROLLUP_SUPERSEDED);
	}

	@Test
	void takesTheRostersNamesAndDistrictsListsWhoSentNothingAndWhoIsNotOnIt() {
		ProvinceRoster roster = new ProvinceRoster("นครราชสีมา",
				List.of(new ProvinceRoster.Entry("1", "องค์การบริหารส่วนตำบลก", "อบต.", "ปากช่อง"),
						new ProvinceRoster.Entry("9", "เทศบาลตำบลไม่ส่ง", "เทศบาล", "สีคิ้ว")),
				Optional.empty());
		Settlement.Settled settled = Settlement.settle(
				List.of(file("a.xlsx", "1", "อบต.ก", 2566, EARLY), file("x.xlsx", "7", "อบต.นอกทะเบียน", 2566, EARLY)),
				roster, Optional.empty());
		assertThat(settled.province()).isEqualTo("นครราชสีมา");
		assertThat(settled.organizations()).extracting(OrganizationProgress::name, OrganizationProgress::district,
				(o) -> o.received().isPresent())
			.containsExactlyInAnyOrder(tuple("องค์การบริหารส่วนตำบลก", "ปากช่อง", true),
					tuple("อบต.นอกทะเบียน", "เมือง", true),
					tuple("เทศบาลตำบลไม่ส่ง", "สีคิ้ว", false));
		assertThat(codes(settled.problems())).containsExactlyInAnyOrder(ProblemCode.ROLLUP_NOT_ON_ROSTER,
				ProblemCode.ROLLUP_NOT_RECEIVED);
	}

	@Test
	void refusedFilesAreLoggedAsTheyWereReadAndRolledUpNot() {
		StagedFile refused = new StagedFile("plan.xlsx", EARLY, "", "", "", "", "", 0, 0, null, 0, 0, Map.of(), Map.of(),
				ProblemCode.ROLLUP_NOT_CONSOLIDATED.name(), "ไฟล์ plan.xlsx ไม่ใช่รายงานรวม");
		Settlement.Settled settled = Settlement.settle(List.of(refused, file("a.xlsx", "1", "อบต.ก", 2566, EARLY)),
				ProvinceRoster.none(), Optional.empty());
		assertThat(settled.organizations()).hasSize(1);
		assertThat(settled.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(ProblemCode.ROLLUP_NOT_CONSOLIDATED);
			assertThat(problem.message()).isEqualTo("ไฟล์ plan.xlsx ไม่ใช่รายงานรวม");
		});
	}

	private static List<ProblemCode> codes(List<Problem> problems) {
		return problems.stream().map(Problem::code).toList();
	}

	private static StagedFile file(String name, String code, String organization, int fiscalYear, Instant madeAt) {
		return new StagedFile(name, madeAt, code, organization, "อบต.", "เมือง", "นครราชสีมา", fiscalYear, 1, madeAt, 0, 0,
				Map.of(ProgressState.DONE, 3, ProgressState.IN_PROGRESS, 1, ProgressState.NOT_STARTED, 0),
				Map.of("สูง", 1), "", "");
	}

}
