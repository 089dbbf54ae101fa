package th.ita.merge.plan;

/** The officer who prepares and signs the report (ผู้จัดทำ). */
public record Preparer(String name, String position) {
}
