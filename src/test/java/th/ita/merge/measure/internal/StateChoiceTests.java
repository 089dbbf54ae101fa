package th.ita.merge.measure.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.measure.internal.StateChoice.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StateChoice}: how the state cell of a measure row is read, from the dropdown
 * or typed by hand.
 */
class StateChoiceTests {

	@ParameterizedTest
	@EnumSource(ProgressState.class)
	void readsExactThaiWordsAsChosen(ProgressState state) {
		// when
		StateChoice choice = StateChoice.of(state.thai());

		// then
		assertThat(choice.kind()).isEqualTo(Kind.CHOSEN);
		assertThat(choice.state()).hasValue(state);
	}

	@Test
	void readsWordsWithStrayInnerSpaceAsTyped() {
		// when
		StateChoice choice = StateChoice.of("ดำเนินการ แล้ว");

		// then
		assertThat(choice.kind()).isEqualTo(Kind.TYPED);
		assertThat(choice.state()).hasValue(ProgressState.DONE);
	}

	@Test
	void readsWordsWithSeveralStrayInnerSpacesAsTyped() {
		// when
		StateChoice choice = StateChoice.of("อยู่ ระหว่าง  ดำเนินการ");

		// then
		assertThat(choice.kind()).isEqualTo(Kind.TYPED);
		assertThat(choice.state()).hasValue(ProgressState.IN_PROGRESS);
	}

	@Test
	void readsWordsWithNonBreakingSpaceInsideAsTyped() {
		// when
		StateChoice choice = StateChoice.of("ยังไม่\u00A0ดำเนินการ");

		// then
		assertThat(choice.kind()).isEqualTo(Kind.TYPED);
		assertThat(choice.state()).hasValue(ProgressState.NOT_STARTED);
	}

	@Test
	void readsExactWordsWithBlanksOnlyAroundThemAsChosen() {
		// given blanks at both ends, which CellValues.text strips before the words are compared
		String written = " ดำเนินการแล้ว  ";

		// when
		StateChoice choice = StateChoice.of(written);

		// then
		assertThat(choice.kind()).isEqualTo(Kind.CHOSEN);
		assertThat(choice.state()).hasValue(ProgressState.DONE);
	}

	@Test
	void readsWordsWithSaraAmSplitInTwoAsChosen() {
		// when "ดําเนินการแล้ว" pasted from a PDF, with "ํา" for "ำ"
		StateChoice choice = StateChoice.of("ด\u0E4D\u0E32เนินการแล้ว");

		// then
		assertThat(choice.kind()).isEqualTo(Kind.CHOSEN);
		assertThat(choice.state()).hasValue(ProgressState.DONE);
	}

	@Test
	void refusesToGuessWhenTwoStatesAreNamed() {
		// when
		StateChoice choice = StateChoice.of("ดำเนินการแล้ว / อยู่ระหว่างดำเนินการ");

		// then
		assertThat(choice.kind()).isEqualTo(Kind.SEVERAL);
		assertThat(choice.state()).isEmpty();
	}

	@Test
	void refusesWordsThatNameNoState() {
		// when
		StateChoice choice = StateChoice.of("เสร็จ");

		// then
		assertThat(choice.kind()).isEqualTo(Kind.UNKNOWN);
		assertThat(choice.state()).isEmpty();
	}

	@Test
	void refusesOneStateWithWordsAdded() {
		// when
		StateChoice choice = StateChoice.of("ดำเนินการแล้ว บางส่วน");

		// then
		assertThat(choice.kind()).isEqualTo(Kind.UNKNOWN);
		assertThat(choice.state()).isEmpty();
	}

	@Test
	void readsEmptyCellAsBlank() {
		// when
		StateChoice choice = StateChoice.of("");

		// then
		assertThat(choice.kind()).isEqualTo(Kind.BLANK);
		assertThat(choice.state()).isEmpty();
	}

	@Test
	void readsCellOfInvisibleCharactersAsBlank() {
		assertThat(StateChoice.of(" \u200B\u00A0 ").kind()).isEqualTo(Kind.BLANK);
		assertThat(StateChoice.of(null).kind()).isEqualTo(Kind.BLANK);
	}

}
