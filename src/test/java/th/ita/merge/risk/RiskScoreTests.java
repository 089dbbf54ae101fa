package th.ita.merge.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import th.ita.merge.plan.FollowUpStatus;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.ScaleLevel;
import th.ita.merge.value.CellValues;

/** The score rule, the default bands of domain.md and reading a level as people type it. */
class RiskScoreTests {

	private final RiskSettings defaults = RiskSettings.defaults();

	@Test
	void scoresLikelihoodTimesImpact() {
		assertThat(new RiskScore(3, 4).value()).isEqualTo(12);
		assertThat(new RiskScore(5, 5).value()).isEqualTo(25);
	}

	@Test
	void rejectsLikelihoodOutsideOneToFive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskScore(6, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskScore(1, 0));
	}

	@Test
	void bandsTheScoresAsDomainSays() {
		assertThat(List.of(1, 3, 4, 8, 9, 14, 15, 25)).extracting((score) -> this.defaults.band(score).name())
			.containsExactly("ต่ำ", "ต่ำ", "ปานกลาง", "ปานกลาง", "สูง", "สูง", "สูงมาก", "สูงมาก");
		assertThat(this.defaults.bands()).extracting(RiskBand::treatmentRequired)
			.containsExactly(false, false, true, true);
	}

	@Test
	void defaultsHaveFourCategoriesAndThreeStatuses() {
		assertThat(this.defaults.categories()).hasSize(4);
		assertThat(this.defaults.statuses()).extracting(FollowUpStatus::name)
			.containsExactly("สีเขียว", "สีเหลือง", "สีแดง");
		assertThat(this.defaults.likelihood()).extracting(ScaleLevel::name)
			.containsExactly("น้อยมาก", "น้อย", "ปานกลาง", "สูง", "สูงมาก");
	}

	@Test
	void readsALevelFromThaiOrArabicDigitsOrItsName() {
		List<String> names = this.defaults.likelihood().stream().map(ScaleLevel::name).toList();
		assertThat(CellValues.scaleLevel("๓", names)).hasValue(3);
		assertThat(CellValues.scaleLevel("3", names)).hasValue(3);
		assertThat(CellValues.scaleLevel("3.0", names)).hasValue(3);
		assertThat(CellValues.scaleLevel("สูง", names)).hasValue(4);
		assertThat(CellValues.scaleLevel(" สูง มาก ", names)).isEqualTo(OptionalInt.empty());
		assertThat(CellValues.scaleLevel("สูงมาก", names)).hasValue(5);
		assertThat(CellValues.scaleLevel("๓ ปานกลาง", names)).hasValue(3);
		assertThat(CellValues.scaleLevel("2 - น้อย", names)).hasValue(2);
	}

	@Test
	void refusesALevelOffTheScaleOrContradictingItsName() {
		List<String> names = this.defaults.impact().stream().map(ScaleLevel::name).toList();
		assertThat(CellValues.scaleLevel("6", names)).isEmpty();
		assertThat(CellValues.scaleLevel("0", names)).isEmpty();
		assertThat(CellValues.scaleLevel("3.5", names)).isEmpty();
		assertThat(CellValues.scaleLevel("๓ สูง", names)).isEmpty();
		assertThat(CellValues.scaleLevel("มาก", names)).isEmpty();
		assertThat(CellValues.scaleLevel("", names)).isEmpty();
	}

	@Test
	void readsACategoryByItsWordsOrNumber() {
		assertThat(this.defaults.category("๒")).contains(this.defaults.categories().get(1));
		assertThat(this.defaults.category("  " + this.defaults.categories().get(3).replace(" ", "  ")))
			.contains(this.defaults.categories().get(3));
		assertThat(this.defaults.category("ความเสี่ยงอื่น ๆ")).isEmpty();
	}

}
