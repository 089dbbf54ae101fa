package th.ita.merge.xlsx;

/** What a cell holds, as written in the sheet's XML. */
public enum CellKind {

	TEXT, NUMBER, BOOLEAN,

	/** An error value such as #N/A or #REF!. */
	ERROR,

	/** A formula whose result was never calculated and saved (some writers leave it out). */
	FORMULA_WITHOUT_VALUE

}
