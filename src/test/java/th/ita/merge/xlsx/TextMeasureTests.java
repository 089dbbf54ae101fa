package th.ita.merge.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.ita.merge.samples.SeedData;

/**
 * Tests for {@link TextMeasure}: Thai text laid out in a column as the spreadsheet lays it out.
 * Measuring needs the report font (Laksaman from Debian's fonts-thai-tlwg); without it the tests
 * say so.
 */
class TextMeasureTests {

	private static final String EVIDENCE = "หลักฐาน: https://www.khamsakaesaeng.go.th/news/borrowing-manual";

	private TextMeasure measure;

	@BeforeEach
	void needsTheReportFont() {
		assumeTrue(TextMeasure.reportFont().isPresent(),
				"TH Sarabun New or Laksaman is not installed (Debian: apt-get install fonts-thai-tlwg): text cannot be measured");
		this.measure = TextMeasure.reportFont().orElseThrow();
	}

	@Test
	void cutsAWebAddressTooLongForALineAfterASlashOrDotAndSaysWhereInTheCell() {
		// when
		List<String> lines = this.measure.lines(EVIDENCE, 24, false);
		List<String> parts = parts(this.measure, EVIDENCE, 24, false, 3);

		// then: whole pieces of the address, each cut after a slash or dot
		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(String.join("", lines).replace(" ", "")).isEqualTo(EVIDENCE.replace(" ", ""));
		for (String line : lines.subList(0, lines.size() - 1)) {
			assertThat(line).matches(".*[/.]");
		}
		// the cell's text carries a line break at each cut, so the spreadsheet cuts there too
		String shown = String.join("", parts);
		assertThat(shown.replace("\n", "")).isEqualTo(EVIDENCE);
		assertThat(shown.split("\n")).hasSize(lines.size());
	}

	@Test
	void cutsATextIntoTheRunsBetweenWhitespaceAsTheRegularExpressionDid() {
		// given: texts of Thai, letters and every kind of whitespace, at the ends and in runs
		Random random = new Random(20261125);
		String[] pieces = { "ก", "a", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u00A0", "\u2003", "ำ" };
		for (int text = 0; text < 20_000; text++) {
			StringBuilder written = new StringBuilder();
			for (int piece = random.nextInt(12); piece > 0; piece--) {
				written.append(pieces[random.nextInt(pieces.length)]);
			}

			// then: the same runs, no-break and em spaces kept inside them
			List<String> expected = Arrays.stream(written.toString().split("\\s+")).filter((run) -> !run.isEmpty()).toList();
			assertThat(TextMeasure.runs(written.toString())).as(written.toString()).isEqualTo(expected);
		}
	}

	@Test
	void keepsAWebAddressThatFitsOnALineWhole() {
		assertThat(this.measure.lines("ดู https://www.example.go.th ได้", 40, false))
			.anyMatch((line) -> line.contains("https://www.example.go.th"));
	}

	@Test
	void endsAPartWithoutTheLineBreakOfAParagraphThatEndsThere() {
		// given: a first paragraph of exactly three lines, then another
		List<String> first = this.measure.lines("ก".repeat(120), 20, false);
		assumeTrue(first.size() >= 3);
		String paragraph = String.join("", first.subList(0, 3));
		String text = paragraph + "\nกระบวนงาน: การจัดซื้อจัดจ้าง";

		// when
		List<String> parts = parts(this.measure, text, 20, false, 3);

		// then: no empty line at the foot of the first row
		assertThat(parts.get(0)).isEqualTo(paragraph);
		assertThat(this.measure.lines(parts.get(0), 20, false)).hasSize(3);
		assertThat(parts.get(1)).isEqualTo("กระบวนงาน: การจัดซื้อจัดจ้าง");
	}

	@Test
	void neverCutsAWordThatFitsWithoutItsTrailingSpace() {
		TextMeasure m = this.measure;
		int width = m.unitsFor("ตลอดปีงบประมาณ", false, 16, TextMeasure.sheetCellMargins());

		assertThat(m.lines("ตลอดปีงบประมาณ ๒๕๖๖", width, false)).first().isEqualTo("ตลอดปีงบประมาณ");
		assertThat(parts(m, "ตลอดปีงบประมาณ ๒๕๖๖", width, false, 3).get(0)).doesNotContain("\n");
	}

	@Test
	void countsEachPartsLinesAsBreakingThePartAloneWould() {
		// given: the seed's results, remarks and links, joined at random by line breaks and spaces
		List<String> seed = SeedData.reports()
			.stream()
			.flatMap((report) -> Stream.of(report.result(), report.remark(), report.evidenceLink()))
			.filter((text) -> !text.isBlank())
			.toList();
		Random random = new Random(20261125);
		int parts = 0;
		for (int i = 0; i < 3000; i++) {
			StringBuilder text = new StringBuilder();
			for (int j = random.nextInt(6); j >= 0; j--) {
				text.append(seed.get(random.nextInt(seed.size()))).append(random.nextBoolean() ? "\n" : " ");
			}
			int width = 12 + random.nextInt(60);
			boolean bold = random.nextInt(4) == 0;

			// when
			List<TextMeasure.Part> measured = this.measure.measuredParts(text.toString(), width, bold, 3);

			// then: each part as many lines as it takes on its own, and all of them the text's
			for (TextMeasure.Part part : measured) {
				assertThat(part.lines()).as("%s at %d", part.text(), width)
					.isEqualTo(this.measure.lines(part.text(), width, bold).size());
				parts++;
			}
			assertThat(measured.stream().mapToInt(TextMeasure.Part::lines).sum())
				.isEqualTo(this.measure.lines(text.toString(), width, bold).size());
		}
		assertThat(parts).isGreaterThan(3000);
	}

	@Test
	void countsTheLinesOfATextAgainAtAnotherWidthOrWeight() {
		// given: a weak point as every division's row of the register repeats it, and a long text
		String weakPoint = SeedData.reports().get(0).result();
		String longText = (weakPoint + " ").repeat(12);

		for (String text : List.of(weakPoint, longText)) {
			for (int width = 10; width <= 70; width += 6) {
				for (boolean bold : List.of(false, true)) {
					// when: counted twice, the second time from what was kept
					int first = RowHeights.lines(text, width, bold);
					int again = RowHeights.lines(text, width, bold);

					// then: what breaking the text gives, at this width and weight
					int broken = this.measure.lines(text, width, bold).size();
					assertThat(first).as("%d %s", width, bold).isEqualTo(broken);
					assertThat(again).isEqualTo(broken);
				}
			}
		}
		assertThat(RowHeights.lines(weakPoint, 10, false)).isGreaterThan(RowHeights.lines(weakPoint, 70, false));
	}

	private static List<String> parts(TextMeasure measure, String text, int width, boolean bold, int perPart) {
		return measure.measuredParts(text, width, bold, perPart).stream().map(TextMeasure.Part::text).toList();
	}

}
