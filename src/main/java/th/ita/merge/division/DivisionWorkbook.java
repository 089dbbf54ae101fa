package th.ita.merge.division;

/**
 * The parts of a division workbook that belong to no feature: its version, the instructions sheet
 * in front and the very hidden sheet that identifies it whatever the file is called.
 */
public final class DivisionWorkbook {

	/** Raised when a change to the template would stop older templates from merging correctly. */
	public static final int VERSION = 1;

	public static final String INSTRUCTIONS_SHEET = "คำแนะนำ";

	/** Very hidden: identifies the template whatever the file is called. */
	public static final String IDENTITY_SHEET = "ita_template";

	/**
	 * Very hidden in the tool's consolidated workbook: by it a consolidated workbook among the
	 * divisions' files is told from a division's file.
	 */
	public static final String CONSOLIDATED_SHEET = "ita_consolidated";

	private DivisionWorkbook() {
	}

}
