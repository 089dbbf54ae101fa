package th.ita.merge.plan;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * A plan's divisions in roster order, unmodifiable, that also finds a division by its code at once:
 * the outputs look a division up for every row they write, and a search of the roster each time
 * made their cost grow with the square of the number of divisions. Equal to any list of the same
 * divisions.
 */
final class Roster extends AbstractList<Division> implements RandomAccess {

	private final List<Division> divisions;

	/** Where the first division of each code stands, as a search of the roster finds it. */
	private final Map<String, Integer> positions = new HashMap<>();

	private Roster(List<Division> divisions) {
		this.divisions = List.copyOf(divisions);
		for (int i = 0; i < this.divisions.size(); i++) {
			this.positions.putIfAbsent(this.divisions.get(i).code(), i);
		}
	}

	static Roster of(List<Division> divisions) {
		return (divisions instanceof Roster roster) ? roster : new Roster(divisions);
	}

	@Override
	public Division get(int index) {
		return this.divisions.get(index);
	}

	@Override
	public int size() {
		return this.divisions.size();
	}

	Optional<Division> withCode(String code) {
		Integer position = this.positions.get(code);
		return (position != null) ? Optional.of(this.divisions.get(position)) : Optional.empty();
	}

	OptionalInt positionOf(String code) {
		Integer position = this.positions.get(code);
		return (position != null) ? OptionalInt.of(position) : OptionalInt.empty();
	}

}
