package th.ita.merge.docx;

/**
 * One person who signs a report, with the role the signature line names: ผู้จัดทำ (the preparer)
 * today; reviewers and approvers (ผู้ตรวจ, ผู้อนุมัติ) take further places in the same block.
 */
public record Signatory(String role, String name, String position) {

	/** ผู้จัดทำ: the officer who prepared the report. */
	public static final String PREPARER = "ผู้จัดทำ";

	public static Signatory preparer(String name, String position) {
		return new Signatory(PREPARER, name, position);
	}

}
