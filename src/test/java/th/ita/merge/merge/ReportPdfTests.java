package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import th.ita.merge.Fixtures;
import th.ita.merge.docx.LibreOffice;
import th.ita.merge.docx.OwnDocuments;
import th.ita.merge.docx.PdfLastPage;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.samples.SampleRisks;
import th.ita.merge.samples.SeedData;
import th.ita.merge.value.Digits;

/**
 * With LibreOffice installed, the default run on {@code samples/} makes a PDF of each document,
 * and the PDF's text (PDFBox) holds every heading, measure, risk and the signature block in Thai
 * as it was written: sara am as one letter, and no vowel or tone mark torn from its consonant.
 * Without LibreOffice the tests do not run, and say so on the console and in the report.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:report-pdf;DB_CLOSE_DELAY=-1",
		"ita.pdf.enabled=true" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPdfTests {

	/** A Thai mark that stands above or below its consonant, never on its own. */
	private static final Pattern TORN_MARK = Pattern.compile("(^|\\s)[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]");

	@Autowired
	private JobOperatorTestUtils jobOperator;

	/** The merge job is the one these tests run (the roll-up's is in the context too). */
	@Autowired
	void runTheMergeJob(JobOperatorTestUtils jobs, @Qualifier("mergeJob") Job mergeJob) {
		jobs.setJob(mergeJob);
	}

	@TempDir
	private static Path work;

	private JobExecution execution;

	private Path output;

	@BeforeAll
	void mergeTheSamplesWithLibreOffice() throws Exception {
		boolean installed = LibreOffice.find("").isPresent();
		if (!installed) {
			System.err.println("PDF tests NOT RUN: LibreOffice (soffice) is not installed on this machine. "
					+ "Install libreoffice-writer-nogui and fonts-thai-tlwg (as .ci/run does) to run them.");
		}
		Assumptions.assumeTrue(installed, "LibreOffice (soffice) is not installed: the PDF tests did not run");
		Path input = Fixtures.copySamples(work.resolve("input"));
		this.output = work.resolve("output");
		this.execution = this.jobOperator
			.startJob(MergeLauncher.parameters(input, this.output, input.resolve("plan.xlsx"), Digits.THAI));
	}

	@Test
	void makesAPdfOfEachDocumentBesideIt() throws IOException {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		for (String name : List.of("ita-2566-round1-report.pdf", "ita-2566-round1-risk-report.pdf")) {
			Path pdf = this.output.resolve(name);
			assertThat(pdf).isRegularFile();
			assertThat(OwnDocuments.isOwn(Files.readAllBytes(pdf))).as("known as the tool's own").isTrue();
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				assertThat(document.getNumberOfPages()).isGreaterThan(1);
				var box = document.getPage(0).getMediaBox();
				assertThat(box.getWidth()).as("A4 landscape").isCloseTo(842, org.assertj.core.data.Offset.offset(2f));
				assertThat(box.getHeight()).isCloseTo(595, org.assertj.core.data.Offset.offset(2f));
			}
		}
		assertThat(this.output.resolve(".ita-merge")).isDirectory();
		try (var left = Files.list(this.output.resolve(".ita-merge"))) {
			assertThat(left.map((path) -> path.getFileName().toString())).noneMatch((name) -> name.startsWith("pdf-"));
		}
	}

	@Test
	void printsEveryHeadingMeasureAndTheSignatureBlockOfTheReportInShapedThai() throws IOException {
		String text = text("ita-2566-round1-report.pdf");
		Plan plan = SeedData.plan();
		List<String> expected = new ArrayList<>(List.of("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
				"รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)", "๑. ด้าน IIT", "๒. ด้าน EIT", "๓. ด้าน OIT",
				"ผลการดำเนินการ", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ", "(นายพศวัฒน์ หวังกลาง)", "นิติกรปฏิบัติการ",
				"ผู้จัดทำ"));
		for (Indicator indicator : plan.indicators()) {
			expected.add("ตัวชี้วัดที่ " + Digits.THAI.format(indicator.number()) + " " + indicator.name());
			expected.addAll(List.of(indicator.narrative().split("\n")));
		}
		for (Measure measure : plan.measures()) {
			expected.add(measure.weakness());
			expected.add(measure.guideline());
		}
		SeedData.reports().forEach((report) -> expected.add(report.result()));
		assertThat(notPrinted(text, expected)).as("texts missing from the report's PDF").isEmpty();
		assertShapedThai(text, "ดำเนินการแล้ว", "ผู้รับผิดชอบ", "ตัวชี้วัดที่");
	}

	@Test
	void printsEveryRiskAndTheSignatureBlockOfTheRiskReportInShapedThai() throws IOException {
		String text = text("ita-2566-round1-risk-report.pdf");
		List<String> expected = new ArrayList<>(List.of("รายงานผลการประเมินความเสี่ยงการทุจริต",
				"แผนภูมิความเสี่ยงการทุจริต", "(นายพศวัฒน์ หวังกลาง)", "นิติกรปฏิบัติการ", "ผู้จัดทำ"));
		for (SampleRisks.Risk risk : SampleRisks.risks()) {
			expected.addAll(List.of(risk.event(), risk.factors(), risk.controls(), risk.measure()));
		}
		assertThat(notPrinted(text, expected)).as("texts missing from the risk report's PDF").isEmpty();
		assertShapedThai(text, "ผู้รับผิดชอบ", "ความเสี่ยงทั้งหมด", "การควบคุมที่มีอยู่");
	}

	@Test
	void neverLeavesTheSignaturesAloneOnTheLastPage() throws IOException {
		// on the samples LibreOffice would put the report's signatures on a page of their own
		List<String> signatures = SeedData.plan().signOff().lines(Digits.THAI, java.time.LocalDate.now());
		for (String name : List.of("ita-2566-round1-report.pdf", "ita-2566-round1-risk-report.pdf")) {
			try (PDDocument document = Loader.loadPDF(this.output.resolve(name).toFile())) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(document.getNumberOfPages());
				String lastPage = stripper.getText(document);
				assertThat(lastPage).as(name).contains("นิติกรปฏิบัติการ");
				assertThat(PdfLastPage.holdsOnly(this.output.resolve(name), signatures)).as(name).isFalse();
			}
		}
		try (PDDocument document = Loader.loadPDF(this.output.resolve("ita-2566-round1-report.pdf").toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(document.getNumberOfPages());
			assertThat(stripper.getText(document)).as("the last measure stands above the signatures")
				.contains("ผลการดำเนินการ", "หมายเหตุ");
		}
	}

	/** Sara am is one letter (ำ, not ํ + า), and every mark follows its consonant. */
	private static void assertShapedThai(String text, String... words) {
		assertThat(text).contains(words).doesNotContain("\u0E4D\u0E32");
		assertThat(TORN_MARK.matcher(text).find()).as("a vowel or tone mark standing alone in: %s",
				TORN_MARK.matcher(text).results().findFirst().map((found) -> text.substring(
						Math.max(0, found.start() - 20), Math.min(text.length(), found.end() + 20))).orElse(""))
			.isFalse();
	}

	private String text(String pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(this.output.resolve(pdf).toFile())) {
			DrawnText text = new DrawnText();
			text.getText(document);
			assertThat(text.thaiFonts).as("fonts of the Thai letters: TH Sarabun New, or Laksaman, its metric twin")
				.isNotEmpty()
				.allSatisfy((font) -> assertThat(font).matches("(?i).*(sarabun|laksaman).*"));
			return text.toString();
		}
	}

	/**
	 * The text of a PDF in the order its glyphs are drawn: each glyph's Unicode as the PDF maps it,
	 * or, for glyphs drawn as one cluster (sara am drawn as ํ and า), the cluster's ActualText; a
	 * line break where the baseline moves. PDFBox's own layout moves Thai marks onto a neighbouring
	 * consonant by their position (ทั้ง read as ทัง้), which would hide what this test looks for:
	 * the letters LibreOffice drew, in the order it drew them.
	 */
	private static final class DrawnText extends PDFTextStripper {

		private final StringBuilder text = new StringBuilder();

		private final java.util.Deque<Boolean> actual = new java.util.ArrayDeque<>();

		private float baseline = Float.NaN;

		/** The fonts the Thai letters are drawn in. */
		private final java.util.Set<String> thaiFonts = new java.util.TreeSet<>();

		@Override
		public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
			String replacement = (properties != null) ? properties.getString(COSName.ACTUAL_TEXT) : null;
			if (replacement != null && !this.actual.contains(Boolean.TRUE)) {
				this.text.append(replacement);
			}
			this.actual.push(replacement != null);
			super.beginMarkedContentSequence(tag, properties);
		}

		@Override
		public void endMarkedContentSequence() {
			if (!this.actual.isEmpty()) {
				this.actual.pop();
			}
			super.endMarkedContentSequence();
		}

		@Override
		protected void processTextPosition(TextPosition glyph) {
			if (Float.isNaN(this.baseline) || Math.abs(glyph.getYDirAdj() - this.baseline) > glyph.getHeightDir() * 2) {
				this.text.append('\n');
				this.baseline = glyph.getYDirAdj();
			}
			if (!this.actual.contains(Boolean.TRUE)) {
				this.text.append(glyph.getUnicode());
			}
			if (glyph.getUnicode().codePoints().anyMatch((c) -> c >= 0x0E01 && c <= 0x0E5B)) {
				this.thaiFonts.add(glyph.getFont().getName());
			}
		}

		@Override
		public String toString() {
			return this.text.toString();
		}

	}

	/**
	 * The texts not printed whole. A row may run on to the next page, so a cell's text may stand in
	 * up to {@value #PIECES} pieces, in order, each within a page's worth of text of the one before
	 * (the repeated header and the page number come between them).
	 */
	private static List<String> notPrinted(String text, List<String> expected) {
		String printed = squeezed(text);
		return expected.stream().filter((one) -> !printedInPieces(printed, squeezed(one))).toList();
	}

	private static final int PIECES = 3;

	private static final int PAGE_OF_TEXT = 4000;

	/** A piece shorter than this would be found anywhere. */
	private static final int SHORTEST_PIECE = 2;

	/** Whether {@code expected} stands in {@code printed} in at most {@code pieces} pieces after {@code from}. */
	private static boolean printedInPieces(String printed, String expected) {
		return printedInPieces(printed, expected, -1, PIECES);
	}

	private static boolean printedInPieces(String printed, String rest, int from, int pieces) {
		if (rest.isEmpty()) {
			return true;
		}
		if (pieces == 0) {
			return false;
		}
		int shortest = Math.min(rest.length(), SHORTEST_PIECE);
		for (int length = rest.length(); length >= shortest; length--) {
			String piece = rest.substring(0, length);
			for (int at = printed.indexOf(piece, Math.max(from, 0)); at >= 0; at = printed.indexOf(piece, at + 1)) {
				if (from >= 0 && at - from > PAGE_OF_TEXT) {
					break;
				}
				if (printedInPieces(printed, rest.substring(length), at + length, pieces - 1)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The text without its white space: lines wrap wherever the page is narrow. */
	private static String squeezed(String text) {
		return text.replaceAll("[\\s\\u00A0\\u200B]+", "");
	}

}
