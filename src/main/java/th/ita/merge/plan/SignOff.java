package th.ita.merge.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import th.ita.merge.value.Digits;
import th.ita.merge.value.ThaiDate;

/**
 * Who signs the printed reports and on what date (ส่วนลงนาม): always the preparer, the legal
 * officer (ผู้จัดทำ); optionally a reviewer (ผู้ตรวจสอบ, e.g. the ปลัด) and an approver
 * (ผู้อนุมัติ, e.g. the นายก). The report date is the plan's, or when the plan gives none the date
 * the report is made. {@link #lines} holds the text rules of the block, so every writer of a report,
 * a sheet or a document, prints the same words.
 */
public record SignOff(Signatory preparer, Optional<Signatory> reviewer, Optional<Signatory> approver,
		Optional<LocalDate> reportDate) {

	/** The line a signature is written on, as Thai official forms draw it. */
	static final String SIGNATURE = "(ลงชื่อ)......................................................";

	public SignOff {
		Objects.requireNonNull(preparer, "preparer");
		Objects.requireNonNull(reviewer, "reviewer");
		Objects.requireNonNull(approver, "approver");
		Objects.requireNonNull(reportDate, "reportDate");
	}

	/** The preparer alone, the report dated the day it is made. */
	public static SignOff preparedBy(Signatory preparer) {
		return new SignOff(preparer, Optional.empty(), Optional.empty(), Optional.empty());
	}

	/** The date the report carries: the plan's, or {@code runDate} when the plan gives none. */
	public LocalDate date(LocalDate runDate) {
		return this.reportDate.orElse(runDate);
	}

	/**
	 * The block as printed, top to bottom, an empty string for a blank line between its parts: the
	 * date line ("ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๖"), then for the preparer, the reviewer and the approver
	 * in turn the signature line ending in the role ("(ลงชื่อ)……ผู้จัดทำ"), the name in brackets and
	 * the position.
	 */
	public List<String> lines(Digits digits, LocalDate runDate) {
		List<String> lines = new ArrayList<>();
		lines.add("ณ วันที่ " + ThaiDate.of(date(runDate), digits));
		signature(lines, this.preparer, "ผู้จัดทำ");
		this.reviewer.ifPresent((reviewer) -> signature(lines, reviewer, "ผู้ตรวจสอบ"));
		this.approver.ifPresent((approver) -> signature(lines, approver, "ผู้อนุมัติ"));
		return List.copyOf(lines);
	}

	/**
	 * The block of a report nobody has been named to sign: the date and the preparer's name and
	 * position left as dotted lines, to be filled in by hand before signing.
	 */
	public static List<String> toFillByHand() {
		String dots = "......................................................";
		return List.of("ณ วันที่ " + dots, "", SIGNATURE + "ผู้จัดทำ", "(" + dots + ")", "ตำแหน่ง " + dots);
	}

	private static void signature(List<String> lines, Signatory signatory, String role) {
		lines.add("");
		lines.add(SIGNATURE + role);
		lines.add("(" + signatory.name() + ")");
		lines.add(signatory.position());
	}

}
