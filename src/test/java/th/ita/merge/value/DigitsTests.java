package th.ita.merge.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link Digits}, the digit style of generated text. */
class DigitsTests {

	@Test
	void formatsNumberInThaiDigits() {
		assertThat(Digits.THAI.format(2566)).isEqualTo("๒๕๖๖");
	}

	@Test
	void formatsNumberInArabicDigits() {
		assertThat(Digits.ARABIC.format(17)).isEqualTo("17");
	}

	@Test
	void appliesThaiDigitsToGeneratedText() {
		assertThat(Digits.THAI.apply("รอบ 6 เดือน")).isEqualTo("รอบ ๖ เดือน");
	}

	@Test
	void appliesArabicDigitsToTextWrittenInThaiDigits() {
		assertThat(Digits.ARABIC.apply("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖")).isEqualTo("ประจำปีงบประมาณ พ.ศ. 2566");
	}

}
