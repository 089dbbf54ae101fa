package th.ita.merge.measure.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.merge.measure.MeasureReport;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Tool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MeasureConsolidation}: one line of the report from the reports of every
 * division responsible for a measure.
 */
class MeasureConsolidationTests {

	private static final Division PALAD = new Division("PALAD", "สำนักปลัด", List.of("งานนิติการ"));

	private static final Division FINANCE = new Division("FINANCE", "กองคลัง", List.of());

	private static final List<Division> BOTH = List.of(PALAD, FINANCE);

	private static final Measure MEASURE = new Measure("OIT-10.3", Tool.OIT, 10, "",
			"การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "จัดทำแผนบริหารความเสี่ยง", "งานนิติการ / กองคลัง",
			List.of("งานนิติการ", "กองคลัง"));

	@Test
	void reportsDoneWhenEveryResponsibleDivisionIsDone() {
		// given
		List<MeasureReport> reports = List.of(report(PALAD, ProgressState.DONE, "จัดทำแผนแล้ว"),
				report(FINANCE, ProgressState.DONE, "จัดทำแผนแล้ว"));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports);

		// then
		assertThat(line.measure()).isEqualTo(MEASURE);
		assertThat(line.state()).isEqualTo(ProgressState.DONE);
		assertThat(line.remark()).isEmpty();
	}

	@Test
	void reportsNotStartedWhenEveryResponsibleDivisionHasNotStarted() {
		// given
		List<MeasureReport> reports = List.of(report(PALAD, ProgressState.NOT_STARTED, ""),
				report(FINANCE, ProgressState.NOT_STARTED, ""));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports);

		// then every division's answer stays visible, named, though neither wrote a text
		assertThat(line.state()).isEqualTo(ProgressState.NOT_STARTED);
		assertThat(line.result()).isEqualTo("สำนักปลัด: ยังไม่ดำเนินการ\nกองคลัง: ยังไม่ดำเนินการ");
		assertThat(line.remark()).doesNotContain(MeasureConsolidation.NO_REPORT);
	}

	@Test
	void reportsNotStartedWithNoReportRemarkWhenNobodyReported() {
		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, List.of());

		// then the state column shows the mark, the remark says nobody reported
		assertThat(line.state()).isEqualTo(ProgressState.NOT_STARTED);
		assertThat(line.result()).isEqualTo(MeasureConsolidation.STATE_MARK);
		assertThat(line.remark()).isEqualTo(MeasureConsolidation.NO_REPORT);
	}

	@Test
	void reportsInProgressWhenOneDivisionIsDoneAndTheOtherHasNotStarted() {
		// given
		List<MeasureReport> reports = List.of(report(PALAD, ProgressState.DONE, "จัดทำแผนแล้ว"),
				report(FINANCE, ProgressState.NOT_STARTED, ""));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports);

		// then
		assertThat(line.state()).isEqualTo(ProgressState.IN_PROGRESS);
	}

	@Test
	void reportsInProgressWhenOneDivisionIsDoneAndTheOtherInProgress() {
		// given
		List<MeasureReport> reports = List.of(report(PALAD, ProgressState.DONE, "จัดทำแผนแล้ว"),
				report(FINANCE, ProgressState.IN_PROGRESS, "อยู่ระหว่างจัดทำ"));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports);

		// then
		assertThat(line.state()).isEqualTo(ProgressState.IN_PROGRESS);
	}

	@Test
	void reportsInProgressAndNamesTheMissingDivisionWhenOnlyOneOfTwoReportedDone() {
		// given
		List<MeasureReport> reports = List.of(report(PALAD, ProgressState.DONE, "จัดทำแผนแล้ว"));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports);

		// then
		assertThat(line.state()).isEqualTo(ProgressState.IN_PROGRESS);
		assertThat(line.result()).isEqualTo("จัดทำแผนแล้ว");
		assertThat(line.remark()).contains("กองคลัง")
			.doesNotContain("สำนักปลัด")
			.doesNotContain(MeasureConsolidation.NO_REPORT);
	}

	@Test
	void printsIdenticalResultTextsOnce() {
		// given
		List<MeasureReport> reports = List.of(report(PALAD, ProgressState.DONE, "ดำเนินการตลอดทั้งปีงบประมาณ"),
				report(FINANCE, ProgressState.DONE, "ดำเนินการตลอดทั้งปีงบประมาณ"));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports);

		// then
		assertThat(line.result()).isEqualTo("ดำเนินการตลอดทั้งปีงบประมาณ");
	}

	@Test
	void labelsDifferingResultTextsWithTheirDivisionOnSeparateLines() {
		// given
		List<MeasureReport> reports = List.of(report(PALAD, ProgressState.DONE, "จัดทำแผนแล้ว"),
				report(FINANCE, ProgressState.IN_PROGRESS, "อยู่ระหว่างจัดทำ"));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports);

		// then
		assertThat(line.result().split("\n")).containsExactly("สำนักปลัด: จัดทำแผนแล้ว", "กองคลัง: อยู่ระหว่างจัดทำ");
	}

	@Test
	void labelsDifferingRemarksWithTheirDivision() {
		// given
		List<MeasureReport> reports = List.of(
				new MeasureReport("OIT-10.3", "PALAD", ProgressState.DONE, "จัดทำแผนแล้ว", "ตามคำสั่งที่ ๑/๒๕๖๖", "",
						"สำนักปลัด.xlsx", "มาตรการ", "F3"),
				new MeasureReport("OIT-10.3", "FINANCE", ProgressState.DONE, "จัดทำแผนแล้ว", "เสนอผู้บริหารแล้ว", "",
						"กองคลัง.xlsx", "มาตรการ", "F3"));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports);

		// then
		assertThat(line.remark().split("\n")).containsExactly("สำนักปลัด: ตามคำสั่งที่ ๑/๒๕๖๖",
				"กองคลัง: เสนอผู้บริหารแล้ว");
	}

	@Test
	void putsEvidenceLinkIntoRemarkAfterEvidencePrefix() {
		// given
		String link = "https://www.khamsakaesaeng.go.th/oit/o36";
		List<MeasureReport> reports = List.of(
				new MeasureReport("OIT-10.3", "PALAD", ProgressState.DONE, "จัดทำแผนแล้ว", "", link, "สำนักปลัด.xlsx",
						"มาตรการ", "F3"),
				new MeasureReport("OIT-10.3", "FINANCE", ProgressState.DONE, "จัดทำแผนแล้ว", "", link, "กองคลัง.xlsx",
						"มาตรการ", "F3"));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports);

		// then
		assertThat(line.remark()).isEqualTo("หลักฐาน: " + link);
		assertThat(line.result()).doesNotContain(link);
	}

	@Test
	void putsEvidenceAfterTheRemarkOnItsOwnLine() {
		// given
		String link = "https://www.khamsakaesaeng.go.th/oit/o36";
		List<MeasureReport> reports = List.of(new MeasureReport("OIT-10.3", "PALAD", ProgressState.DONE,
				"จัดทำแผนแล้ว", "ตามคำสั่งที่ ๑/๒๕๖๖", link, "สำนักปลัด.xlsx", "มาตรการ", "F3"));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, List.of(PALAD), reports);

		// then
		assertThat(line.state()).isEqualTo(ProgressState.DONE);
		assertThat(line.remark().split("\n")).containsExactly("ตามคำสั่งที่ ๑/๒๕๖๖", "หลักฐาน: " + link);
	}

	private static MeasureReport report(Division division, ProgressState state, String result) {
		return new MeasureReport(MEASURE.id(), division.code(), state, result, "", "", division.name() + ".xlsx",
				"มาตรการ", "F3");
	}

	@Test
	void marksTheStateOfASingleDivisionThatWroteNoText() {
		// given
		List<MeasureReport> reports = List.of(report(PALAD, ProgressState.NOT_STARTED, ""));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, List.of(PALAD), reports);

		// then
		assertThat(line.state()).isEqualTo(ProgressState.NOT_STARTED);
		assertThat(line.result()).isEqualTo(MeasureConsolidation.STATE_MARK);
	}

	@Test
	void namesADivisionThatHasNotStartedBesideOneThatWroteItsResult() {
		// given
		List<MeasureReport> reports = List.of(report(PALAD, ProgressState.DONE, "จัดทำคู่มือแล้ว"),
				report(FINANCE, ProgressState.NOT_STARTED, ""));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports);

		// then
		assertThat(line.state()).isEqualTo(ProgressState.IN_PROGRESS);
		assertThat(line.result()).isEqualTo("สำนักปลัด: จัดทำคู่มือแล้ว\nกองคลัง: ยังไม่ดำเนินการ");
	}

	@Test
	void countsWhatWasAcceptedAndNamesTheDivisionWhoseRowWasNot() {
		// given the finance division's row was rejected; only the office of the permanent secretary's counts
		List<MeasureReport> reports = List.of(report(PALAD, ProgressState.DONE, "จัดทำคู่มือแล้ว"));

		// when
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, reports, List.of(FINANCE.code()));

		// then
		assertThat(line.state()).isEqualTo(ProgressState.IN_PROGRESS);
		assertThat(line.result()).isEqualTo("จัดทำคู่มือแล้ว");
		assertThat(line.remark()).contains("กองคลัง").contains("ดูชีตข้อผิดพลาด")
			.doesNotContain("ยังไม่ได้รับรายงานจาก")
			.doesNotContain(MeasureConsolidation.NO_REPORT);
	}

	@Test
	void saysNoReportOnlyWhenNoRowWasSentAtAll() {
		// when every responsible division's row was rejected
		ConsolidatedMeasure line = MeasureConsolidation.consolidate(MEASURE, BOTH, List.of(),
				List.of(PALAD.code(), FINANCE.code()));

		// then
		assertThat(line.state()).isEqualTo(ProgressState.NOT_STARTED);
		assertThat(line.result()).isEqualTo(MeasureConsolidation.STATE_MARK);
		assertThat(line.remark()).doesNotContain(MeasureConsolidation.NO_REPORT).contains("สำนักปลัด, กองคลัง");
	}

}
