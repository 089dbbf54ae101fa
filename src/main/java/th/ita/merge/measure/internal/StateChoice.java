package th.ita.merge.measure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.value.CellValues;

/**
 * Reads the state cell of a measure row. The dropdown writes the exact Thai words; people who type
 * them by hand add stray spaces, which are accepted and noted; a cell naming two states, or none
 * of them, is not guessed at.
 */
record StateChoice(Optional<ProgressState> state, Kind kind) {

	enum Kind {

		/** Chosen from the dropdown: exactly one state's words. */
		CHOSEN,
		/** One state's words with stray spaces: typed by hand. */
		TYPED,
		BLANK,
		/** Names more than one state. */
		SEVERAL,
		/** Names no state. */
		UNKNOWN

	}

	static StateChoice of(String raw) {
		String text = CellValues.text(raw);
		if (text.isEmpty()) {
			return new StateChoice(Optional.empty(), Kind.BLANK);
		}
		Optional<ProgressState> exact = ProgressState.ofThai(text);
		if (exact.isPresent()) {
			return new StateChoice(exact, Kind.CHOSEN);
		}
		String squeezed = text.replaceAll("\\s+", "");
		List<ProgressState> named = new ArrayList<>();
		for (ProgressState state : ProgressState.values()) {
			if (squeezed.equals(state.thai())) {
				return new StateChoice(Optional.of(state), Kind.TYPED);
			}
			if (squeezed.contains(state.thai())) {
				named.add(state);
			}
		}
		if (named.size() > 1) {
			return new StateChoice(Optional.empty(), Kind.SEVERAL);
		}
		return new StateChoice(Optional.empty(), Kind.UNKNOWN);
	}

}
