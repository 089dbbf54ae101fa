package th.ita.merge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.ita.merge.value.Digits;

/**
 * Tests for {@link SignOff#lines}, the sign-off block as every printed report writes it: the date
 * line, then each signatory in Thai official form.
 */
class SignOffTests {

	private static final Signatory PREPARER = new Signatory("นายพศวัฒน์ หวังกลาง", "นิติกรปฏิบัติการ");

	private static final Signatory REVIEWER = new Signatory("นางสาวสมศรี ใจดี", "ปลัดองค์การบริหารส่วนตำบลขามสะแกแสง");

	private static final Signatory APPROVER = new Signatory("นายสมชาย รักถิ่น", "นายกองค์การบริหารส่วนตำบลขามสะแกแสง");

	private static final LocalDate END_OF_ROUND = LocalDate.of(2023, Month.MARCH, 31);

	private static final LocalDate RUN_DATE = LocalDate.of(2023, Month.APRIL, 5);

	@Test
	void printsTheDateLineThenThePreparerBlock() {
		// given
		SignOff signOff = new SignOff(PREPARER, Optional.empty(), Optional.empty(), Optional.of(END_OF_ROUND));

		// when
		var lines = signOff.lines(Digits.THAI, RUN_DATE);

		// then
		assertThat(lines).containsExactly("ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๖", "",
				"(ลงชื่อ)......................................................ผู้จัดทำ", "(นายพศวัฒน์ หวังกลาง)",
				"นิติกรปฏิบัติการ");
	}

	@Test
	void printsReviewerAndApproverBlocksAfterThePreparersInThatOrder() {
		// given
		SignOff signOff = new SignOff(PREPARER, Optional.of(REVIEWER), Optional.of(APPROVER), Optional.of(END_OF_ROUND));

		// when
		var lines = signOff.lines(Digits.THAI, RUN_DATE);

		// then
		assertThat(lines).hasSize(13);
		assertThat(lines.subList(5, 13)).containsExactly("",
				"(ลงชื่อ)......................................................ผู้ตรวจสอบ", "(นางสาวสมศรี ใจดี)",
				"ปลัดองค์การบริหารส่วนตำบลขามสะแกแสง", "",
				"(ลงชื่อ)......................................................ผู้อนุมัติ", "(นายสมชาย รักถิ่น)",
				"นายกองค์การบริหารส่วนตำบลขามสะแกแสง");
	}

	@Test
	void printsAnApproverWithoutAReviewer() {
		// given
		SignOff signOff = new SignOff(PREPARER, Optional.empty(), Optional.of(APPROVER), Optional.of(END_OF_ROUND));

		// when
		var lines = signOff.lines(Digits.THAI, RUN_DATE);

		// then
		assertThat(lines).filteredOn((line) -> line.startsWith("(ลงชื่อ)"))
			.extracting((line) -> line.replaceAll("^\\(ลงชื่อ\\)\\.+", ""))
			.containsExactly("ผู้จัดทำ", "ผู้อนุมัติ");
	}

	@Test
	void datesTheReportOnTheRunDateWhenThePlanGivesNone() {
		// given
		SignOff signOff = SignOff.preparedBy(PREPARER);

		// when
		var lines = signOff.lines(Digits.THAI, RUN_DATE);

		// then
		assertThat(signOff.date(RUN_DATE)).isEqualTo(RUN_DATE);
		assertThat(lines.get(0)).isEqualTo("ณ วันที่ ๕ เมษายน พ.ศ. ๒๕๖๖");
	}

	@Test
	void writesTheDateInArabicDigitsWhenTheRunAsksForThem() {
		// given
		SignOff signOff = new SignOff(PREPARER, Optional.empty(), Optional.empty(), Optional.of(END_OF_ROUND));

		// when
		var lines = signOff.lines(Digits.ARABIC, RUN_DATE);

		// then
		assertThat(lines.get(0)).isEqualTo("ณ วันที่ 31 มีนาคม พ.ศ. 2566");
	}

}
