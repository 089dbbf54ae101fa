package th.ita.merge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import th.ita.merge.value.Digits;

class ReportingPeriodTests {

	@Test
	void titlesTheSixMonthRoundAsTheSeedDoes() {
		ReportingPeriod period = new ReportingPeriod(2566, 1);

		assertThat(period.fiscalYearTitle(Digits.THAI)).isEqualTo("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖");
		assertThat(period.roundTitle(Digits.THAI)).isEqualTo("รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)");
	}

	@Test
	void namesTheRoundInASentenceWhenOneRoundIsComparedWithAnother() {
		assertThat(new ReportingPeriod(2566, 1).title(Digits.THAI)).isEqualTo("รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖");
		assertThat(new ReportingPeriod(2566, 2).title(Digits.ARABIC)).isEqualTo("รอบ 12 เดือน ประจำปีงบประมาณ พ.ศ. 2566");
	}

	@Test
	void titlesTheWholeYearRoundFromOctoberToSeptember() {
		ReportingPeriod period = new ReportingPeriod(2567, 2);

		assertThat(period.months()).isEqualTo(12);
		assertThat(period.roundTitle(Digits.ARABIC))
			.isEqualTo("รอบ 12 เดือน (ตั้งแต่เดือนตุลาคม 2566 - เดือนกันยายน 2567)");
	}

	@Test
	void namesTheFiscalYearOfADayByTheBuddhistYearItEndsIn() {
		assertThat(ReportingPeriod.fiscalYearOf(LocalDate.of(2023, 9, 30))).isEqualTo(2566);
		assertThat(ReportingPeriod.fiscalYearOf(LocalDate.of(2023, 10, 1))).isEqualTo(2567);
		assertThat(ReportingPeriod.fiscalYearOf(LocalDate.of(2024, 1, 15))).isEqualTo(2567);
	}

	@Test
	void refusesARoundOtherThanOneOrTwo() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(2566, 3));
	}

}
