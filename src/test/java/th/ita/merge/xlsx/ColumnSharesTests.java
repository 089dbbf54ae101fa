package th.ita.merge.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link ColumnShares}: a printed table's width goes where its text is, and no column is
 * narrower than a line of its header. Measuring needs the report font (Laksaman from Debian's
 * fonts-thai-tlwg); without it the tests say so.
 */
class ColumnSharesTests {

	private static final List<String> HEADERS = List.of("ประเด็น", "ผลการดำเนินการ", "หมายเหตุ");

	private static final int[] USUAL = { 30, 30, 20 };

	private static final ColumnShares.Page PAGE = ColumnShares.Page.sheet(80);

	private static final String LONG = "ดำเนินการจัดประชุมชี้แจงบุคลากรทุกระดับ เผยแพร่ประกาศผ่านเว็บไซต์ของหน่วยงาน ".repeat(6);

	@BeforeEach
	void needsTheReportFont() {
		assumeTrue(TextMeasure.reportFont().isPresent(),
				"TH Sarabun New or Laksaman is not installed (Debian: apt-get install fonts-thai-tlwg): widths cannot be measured");
	}

	@Test
	void givesTheWidthToTheColumnWithTheLongText() {
		// given
		List<List<String>> rows = List.of(List.of("การยืมทรัพย์สิน", LONG, "หลักฐาน"),
				List.of("การใช้รถราชการ", LONG, ""));

		// when
		int[] widths = share(HEADERS, rows);

		// then
		assertThat(Arrays.stream(widths).sum()).isEqualTo(80);
		assertThat(widths[1]).isGreaterThan(30).isGreaterThan(widths[0] + widths[2]);
	}

	@Test
	void keepsTheUsualProportionsWhereEveryTextIsShort() {
		int[] widths = share(HEADERS, List.of(List.of("ก", "ข", "ค")));

		assertThat(widths).containsExactly(30, 30, 20);
	}

	@Test
	void neverMakesAColumnNarrowerThanALineOfItsHeaderOrAShortWordOfItsText() {
		// given: the long text would take every unit it could
		TextMeasure measure = TextMeasure.reportFont().orElseThrow();
		List<String> headers = List.of("ยังไม่\nดำเนินการ", "ผลการดำเนินการ", "ระดับ");
		List<List<String>> rows = List.of(List.of("", LONG.repeat(5), "สูงมาก"));

		// when
		int[] widths = share(headers, rows);

		// then
		assertThat(widths[0]).isGreaterThanOrEqualTo(measure.unitsFor("ดำเนินการ", true, 16, PAGE.cellMargins()));
		assertThat(measure.lines("ดำเนินการ", widths[0], true)).hasSize(1);
		assertThat(measure.lines("สูงมาก", widths[2], false)).hasSize(1);
		assertThat(Arrays.stream(widths).sum()).isEqualTo(80);
	}

	@Test
	void readsTheHeaderThatStandsAboveEachColumn() {
		assertThat(ColumnShares.headers(List.of("ที่", "ผลการดำเนินการ", ""), List.of("", "อยู่ระหว่าง", "แล้ว")))
			.containsExactly("ที่", "อยู่ระหว่าง", "แล้ว");
	}

	/** The widths of a table on {@code PAGE} of the usual proportions {@code USUAL}, its rows measured one by one. */
	private static int[] share(List<String> headers, List<List<String>> rows) {
		ColumnShares.Measured measured = new ColumnShares.Measured(PAGE, USUAL.length);
		rows.forEach(measured::add);
		return ColumnShares.share(headers, USUAL, measured);
	}

}
