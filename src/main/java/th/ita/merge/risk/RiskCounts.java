package th.ita.merge.risk;

import java.util.List;

/**
 * How many risks a run accepted, counted by the database rather than in memory: per cell of the
 * 5×5 heat map (likelihood × impact), per category and level, per division and level.
 */
public record RiskCounts(List<HeatCell> cells, List<Tally> byCategory, List<Tally> byDivision) {

	/** The risks at one likelihood and impact. */
	public record HeatCell(int likelihood, int impact, int count) {
	}

	/** The risks of one group (a category, a division code) at one level. */
	public record Tally(String group, String level, int count) {
	}

	public RiskCounts {
		cells = List.copyOf(cells);
		byCategory = List.copyOf(byCategory);
		byDivision = List.copyOf(byDivision);
	}

	public int at(int likelihood, int impact) {
		return this.cells.stream()
			.filter((cell) -> cell.likelihood() == likelihood && cell.impact() == impact)
			.mapToInt(HeatCell::count)
			.sum();
	}

	public int total() {
		return this.cells.stream().mapToInt(HeatCell::count).sum();
	}

	/** The count of a group at a level in one of the tallies; a null level counts every level. */
	public static int count(List<Tally> tallies, String group, String level) {
		return tallies.stream()
			.filter((tally) -> tally.group().equals(group) && (level == null || tally.level().equals(level)))
			.mapToInt(Tally::count)
			.sum();
	}

}
