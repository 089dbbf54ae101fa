package th.ita.merge.docx;

/**
 * Where a document's signature block goes: after the last table, kept with its last row (which
 * Word honours), or on a new page together with that row, for a program that would otherwise
 * leave the signatures alone on the last page (LibreOffice ignores keep-with-next in tables).
 */
public enum SignaturePlacement {

	/** Right after the last table. */
	AFTER_TABLE,

	/** The last row of the last table starts a new page, its header repeated, the signatures under it. */
	WITH_LAST_ROW

}
