package th.ita.merge.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import th.ita.merge.Fixtures;
import th.ita.merge.ReadSubmission;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.problem.Severity;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;

/**
 * Each check of the risk sheet on a workbook that breaks it (see {@code src/test/resources/risk/},
 * rebuilt by {@code RiskFixtureGenerator}): กองคลัง's file with its asset-lending risk on row 6
 * (likelihood ๔ × impact ๓ = ๑๒, สูง) changed in one place.
 */
class RiskRowValidationTests {

	private static final Path FIXTURES = Path.of("src/test/resources/risk");

	private static final String SHEET = RiskSheet.NAME;

	/** The event of กองคลัง's asset-lending risk, the fixtures' row 6. */
	private static final String LENDING = SampleRisks.of("FINANCE").get(0).event();


	@Test
	void acceptsLevelsTypedByHandInThaiDigitsOrByName() {
		ReadSubmission submission = read("levelsTypedByHand");
		assertThat(riskProblems(submission)).isEmpty();
		assertThat(submission.risks()).singleElement().satisfies((risk) -> {
			assertThat(risk.likelihood()).isEqualTo(4);
			assertThat(risk.impact()).isEqualTo(3);
			assertThat(risk.score()).isEqualTo(12);
			assertThat(risk.cell()).isEqualTo("C6");
		});
	}

	@Test
	void rejectsLikelihoodOutsideOneToFive() {
		ReadSubmission submission = read("likelihoodOutsideOneToFive");
		assertOnly(submission, ProblemCode.RISK_LIKELIHOOD_INVALID, "F6", "7");
		assertThat(submission.risks()).isEmpty();
	}

	@Test
	void rejectsAnImpactThatIsNoLevel() {
		ReadSubmission submission = read("impactNotALevel");
		assertOnly(submission, ProblemCode.RISK_IMPACT_INVALID, "G6", "มาก");
		assertThat(submission.risks()).isEmpty();
	}

	@Test
	void warnsOfATypedScoreAndUsesTheProduct() {
		ReadSubmission submission = read("scoreTypedOverTheProduct");
		assertOnly(submission, ProblemCode.RISK_SCORE_MISMATCH, "H6", "20");
		assertThat(riskProblems(submission).get(0).severity()).isEqualTo(Severity.WARNING);
		assertThat(riskProblems(submission).get(0).message()).contains("12");
		assertThat(submission.risks()).singleElement().extracting(RiskEntry::score).isEqualTo(12);
	}

	@Test
	void warnsOfALevelNotPerTheBands() {
		ReadSubmission submission = read("levelNotPerTheBands");
		assertOnly(submission, ProblemCode.RISK_LEVEL_MISMATCH, "I6", "ต่ำ");
		assertThat(riskProblems(submission).get(0).message()).contains("สูง");
		assertThat(submission.risks()).hasSize(1);
	}

	@Test
	void rejectsAHighRiskWithoutMeasureOwnerOrTimeline() {
		ReadSubmission submission = read("highRiskWithoutMeasureOwnerOrTimeline");
		assertThat(riskProblems(submission)).extracting(Problem::code, Problem::cell, Problem::severity)
			.containsExactly(Tuple.tuple(ProblemCode.RISK_TREATMENT_MISSING, "J6", Severity.ERROR),
					Tuple.tuple(ProblemCode.RISK_TREATMENT_MISSING, "K6", Severity.ERROR),
					Tuple.tuple(ProblemCode.RISK_TREATMENT_MISSING, "L6", Severity.ERROR));
		assertThat(submission.risks()).isEmpty();
	}

	@Test
	void rejectsABlankCategory() {
		assertOnly(read("blankCategory"), ProblemCode.RISK_CATEGORY_MISSING, "A6", "");
	}

	@Test
	void rejectsACategoryThePlanDoesNotHave() {
		assertOnly(read("unknownCategory"), ProblemCode.RISK_CATEGORY_UNKNOWN, "A6", "ความเสี่ยงด้านอื่น ๆ");
	}

	@Test
	void rejectsABlankEvent() {
		ReadSubmission submission = read("blankEvent");
		assertOnly(submission, ProblemCode.RISK_EVENT_MISSING, "C6", "");
		assertThat(submission.risks()).isEmpty();
	}

	@Test
	void warnsOfAnUnknownStatusAndKeepsWhatWasWritten() {
		ReadSubmission submission = read("unknownStatus");
		assertOnly(submission, ProblemCode.RISK_STATUS_UNKNOWN, "M6", "สีม่วง");
		assertThat(submission.risks()).singleElement().extracting(RiskEntry::status).isEqualTo("สีม่วง");
	}

	@Test
	void rejectsTheSameRiskTwiceInOneDivision() {
		ReadSubmission submission = read("duplicateRisk");
		assertOnly(submission, ProblemCode.RISK_DUPLICATE, "C7", LENDING);
		assertThat(riskProblems(submission).get(0).message()).contains("แถว 6");
		assertThat(submission.risks()).hasSize(1);
	}

	@Test
	void warnsOfAFileWithoutTheRiskSheetAndStillMergesItsMeasures() {
		ReadSubmission submission = read("riskSheetMissing");
		assertThat(submission.problems()).extracting(Problem::code)
			.filteredOn((code) -> code != ProblemCode.RESULT_CONTRADICTS_STATE)
			.containsExactly(ProblemCode.RISK_SHEET_MISSING);
		assertThat(submission.reports()).isNotEmpty();
		assertThat(submission.risks()).isEmpty();
	}

	@Test
	void countsRiskRowsInTheFilesRowAccounting() {
		ReadSubmission submission = read("highRiskWithoutMeasureOwnerOrTimeline");
		assertThat(submission.rowsRead()).isEqualTo(submission.reports().size() + 1);
		assertThat(submission.rowsRejected()).isEqualTo(1);
		assertThat(read("levelsTypedByHand").rowsRejected()).isZero();
	}

	private ReadSubmission read(String fixture) {
		return Fixtures.read(SeedData.plan(), FIXTURES.resolve(fixture + ".xlsx"));
	}

	private static List<Problem> riskProblems(ReadSubmission submission) {
		return submission.problems().stream().filter((problem) -> SHEET.equals(problem.sheet())).toList();
	}

	private static void assertOnly(ReadSubmission submission, ProblemCode code, String cell, String value) {
		assertThat(submission.problems()).as("besides the seed's own contradictions, only the risk sheet is broken")
			.filteredOn((problem) -> problem.code() != ProblemCode.RESULT_CONTRADICTS_STATE)
			.allMatch((problem) -> SHEET.equals(problem.sheet()));
		assertThat(riskProblems(submission)).singleElement().satisfies((problem) -> {
			assertThat(problem.code()).isEqualTo(code);
			assertThat(problem.cell()).isEqualTo(cell);
			assertThat(problem.value()).isEqualTo(value);
			assertThat(problem.file()).isNotEmpty();
			assertThat(problem.message()).doesNotContain("{");
		});
	}

}
