package th.ita.merge.plan;

/**
 * One person who signs the printed report: the preparer (ผู้จัดทำ), a reviewer (ผู้ตรวจสอบ) or an
 * approver (ผู้อนุมัติ), with the name and position as the plan gives them.
 */
public record Signatory(String name, String position) {
}
