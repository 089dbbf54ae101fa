package th.ita.merge.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;

/** Tests for {@link ThaiDate}: a day as Thai official documents and offices write it. */
class ThaiDateTests {

	private static final LocalDate END_OF_ROUND_ONE = LocalDate.of(2023, Month.MARCH, 31);

	@Test
	void writesDayThaiMonthAndBuddhistYearInThaiDigits() {
		// when
		String written = ThaiDate.of(END_OF_ROUND_ONE, Digits.THAI);

		// then
		assertThat(written).isEqualTo("๓๑ มีนาคม พ.ศ. ๒๕๖๖");
	}

	@Test
	void writesDayThaiMonthAndBuddhistYearInArabicDigits() {
		assertThat(ThaiDate.of(LocalDate.of(2022, Month.OCTOBER, 1), Digits.ARABIC)).isEqualTo("1 ตุลาคม พ.ศ. 2565");
	}

	@Test
	void writesDateInFiguresWithBuddhistYear() {
		assertThat(ThaiDate.inFigures(LocalDate.of(2023, Month.APRIL, 5))).isEqualTo("5/4/2566");
	}

	@Test
	void namesEveryMonthInThai() {
		assertThat(ThaiDate.monthName(1)).isEqualTo("มกราคม");
		assertThat(ThaiDate.monthName(10)).isEqualTo("ตุลาคม");
		assertThat(ThaiDate.monthName(12)).isEqualTo("ธันวาคม");
	}

	@Test
	void readsMonthInFullAbbreviatedOrAfterTheWordMonth() {
		assertThat(ThaiDate.month("มีนาคม")).hasValue(3);
		assertThat(ThaiDate.month("มี.ค.")).hasValue(3);
		assertThat(ThaiDate.month("มีค")).hasValue(3);
		assertThat(ThaiDate.month("เดือนกันยายน")).hasValue(9);
		assertThat(ThaiDate.month(" ก.พ. ")).hasValue(2);
	}

	@Test
	void rejectsWordThatIsNoMonth() {
		assertThat(ThaiDate.month("มีนา")).isEmpty();
		assertThat(ThaiDate.month("")).isEmpty();
	}

}
