package th.ita.merge.plan.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import th.ita.merge.plan.Measure;

/**
 * Tests for {@link ResponsibleUnits}, with the ways the seed and the divisions write the
 * responsible units.
 */
class ResponsibleUnitsTests {

	@Test
	void splitsUnitsJoinedBySpacedSlash() {
		assertThat(ResponsibleUnits.parse("งานธุรการ / งานนิติการ")).containsExactly("งานธุรการ", "งานนิติการ");
	}

	@Test
	void keepsEveryDivisionAsOneUnit() {
		assertThat(ResponsibleUnits.parse("ผู้บริหาร / ทุกสำนัก/กอง")).containsExactly("ผู้บริหาร",
				Measure.EVERY_DIVISION);
	}

	@Test
	void splitsUnitsJoinedByBareSlash() {
		assertThat(ResponsibleUnits.parse("งานธุรการ/งานนิติการ")).containsExactly("งานธุรการ", "งานนิติการ");
	}

	@Test
	void readsEveryDivisionWrittenWithSpaces() {
		assertThat(ResponsibleUnits.parse("ทุก สำนัก / กอง")).containsExactly(Measure.EVERY_DIVISION);
	}

	@Test
	void separatesEveryDivisionWrittenWithoutSeparator() {
		assertThat(ResponsibleUnits.parse("ผู้บริหาร ทุก สำนัก/กอง")).containsExactly("ผู้บริหาร",
				Measure.EVERY_DIVISION);
	}

	@Test
	void readsASingleUnit() {
		assertThat(ResponsibleUnits.parse("กองคลัง")).containsExactly("กองคลัง");
	}

	@Test
	void blankIsNoUnits() {
		assertThat(ResponsibleUnits.parse("")).isEmpty();
		assertThat(ResponsibleUnits.parse("   ")).isEmpty();
	}

	@Test
	void nullIsNoUnits() {
		assertThat(ResponsibleUnits.parse(null)).isEmpty();
	}

}
