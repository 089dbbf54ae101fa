package th.ita.merge.xlsx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link RowHeights}, the estimate of how tall a row of wrapped Thai text must be. */
class RowHeightsTests {

	private static final int WIDTH = 20;

	@Test
	void countsNoWidthForThaiVowelsAndToneMarksAboveAndBelowTheLine() {
		// "ผู้บริหาร": ผ ู ้ บ ร ิ ห า ร, of which ู ้ ิ sit above or below the line
		assertThat(RowHeights.spacingLength("ผู้บริหาร")).isEqualTo(6);
		assertThat(RowHeights.spacingLength("ที่")).isEqualTo(1);
		assertThat(RowHeights.spacingLength("ก")).isEqualTo(1);
	}

	@Test
	void wrapsTextWithCombiningMarksLikeTheSameTextWithoutThem() {
		// given
		String marked = "กิ่ง".repeat(40);
		String bare = "กง".repeat(40);

		// when
		int markedLines = RowHeights.lines(marked, WIDTH);

		// then
		assertThat(markedLines).isGreaterThan(1).isEqualTo(RowHeights.lines(bare, WIDTH));
		assertThat(markedLines).isLessThan(RowHeights.lines("กกกก".repeat(40), WIDTH));
	}

	@Test
	void fitsShortTextOnOneLine() {
		assertThat(RowHeights.lines("กองคลัง", WIDTH)).isEqualTo(1);
	}

	@Test
	void needsMoreLinesForMoreText() {
		// when
		int short_ = RowHeights.lines("ก".repeat(40), WIDTH);
		int long_ = RowHeights.lines("ก".repeat(100), WIDTH);

		// then
		assertThat(short_).isGreaterThan(1);
		assertThat(long_).isGreaterThan(short_);
	}

	@Test
	void needsFewerLinesInAWiderColumn() {
		String text = "ก".repeat(200);

		assertThat(RowHeights.lines(text, 60)).isLessThan(RowHeights.lines(text, WIDTH));
	}

	@Test
	void startsANewLineAtEveryLineBreak() {
		assertThat(RowHeights.lines("กองคลัง\nกองช่าง", WIDTH)).isEqualTo(2);
		assertThat(RowHeights.lines("กองคลัง\n\nกองช่าง", WIDTH)).isEqualTo(3);
		assertThat(RowHeights.lines("กองคลัง\n", WIDTH)).isEqualTo(2);
	}

	@Test
	void takesOneLineForEmptyText() {
		assertThat(RowHeights.lines("", WIDTH)).isEqualTo(1);
		assertThat(RowHeights.lines(null, WIDTH)).isEqualTo(1);
	}

	@Test
	void growsRowHeightWithLines() {
		assertThat(RowHeights.points(3)).isGreaterThan(RowHeights.points(2)).isGreaterThan(RowHeights.points(1));
		assertThat(RowHeights.points(2) - RowHeights.points(1)).isEqualTo(RowHeights.lineHeight());
		assertThat(RowHeights.points(0)).isEqualTo(RowHeights.points(1));
	}

}
