package th.ita.merge.xlsx;

/** A sheet listed in the workbook: its name, position (0-based) and whether users can see it. */
public record SheetInfo(String name, int position, Visibility visibility, String relationshipId) {

	public enum Visibility {

		VISIBLE, HIDDEN, VERY_HIDDEN;

		static Visibility of(String state) {
			if ("hidden".equals(state)) {
				return HIDDEN;
			}
			return "veryHidden".equals(state) ? VERY_HIDDEN : VISIBLE;
		}

	}

}
