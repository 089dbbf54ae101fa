package th.ita.merge.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link ThaiDigits}. */
class ThaiDigitsTests {

	@Test
	void writesEveryArabicDigitAsThaiDigit() {
		assertThat(ThaiDigits.toThai("0123456789")).isEqualTo("๐๑๒๓๔๕๖๗๘๙");
	}

	@Test
	void readsEveryThaiDigitAsArabicDigit() {
		assertThat(ThaiDigits.toArabic("๐๑๒๓๔๕๖๗๘๙")).isEqualTo("0123456789");
	}

	@Test
	void leavesLettersAndPunctuationAlone() {
		assertThat(ThaiDigits.toThai("รอบ 6 เดือน (ตุลาคม 2565 - มีนาคม 2566)"))
			.isEqualTo("รอบ ๖ เดือน (ตุลาคม ๒๕๖๕ - มีนาคม ๒๕๖๖)");
		assertThat(ThaiDigits.toArabic("ตัวชี้วัดที่ ๑๐ ข้อ ๓.")).isEqualTo("ตัวชี้วัดที่ 10 ข้อ 3.");
	}

	@Test
	void convertsMixedDigitsOneWayOnly() {
		assertThat(ThaiDigits.toThai("๒๕66")).isEqualTo("๒๕๖๖");
		assertThat(ThaiDigits.toArabic("๒๕66")).isEqualTo("2566");
	}

}
