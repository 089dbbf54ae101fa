package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputDocument;
import th.ita.merge.docx.OwnDocuments;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.Tool;
import th.ita.merge.samples.SeedData;
import th.ita.merge.value.Digits;

/**
 * The default run on {@code samples/} writes the six-month report as a Word document beside the
 * workbook: the real job is run, and the document is read back with XWPF and checked as the legal
 * officer would check it against the published seed, and as Word needs it to show Thai.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:report-document;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentTests {

	private static final String[] SECTIONS = { "๑. ด้าน IIT", "๒. ด้าน EIT", "๓. ด้าน OIT" };

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

	private OutputDocument report;

	@BeforeAll
	void mergeTheSamples() throws Exception {
		Path input = Fixtures.copySamples(work.resolve("input"));
		this.output = work.resolve("output");
		this.execution = this.jobOperator
			.startJob(MergeLauncher.parameters(input, this.output, input.resolve("plan.xlsx"), Digits.THAI));
		this.report = OutputDocument.open(this.output.resolve("ita-2566-round1-report.docx"));
	}

	@AfterAll
	void close() throws Exception {
		this.report.close();
	}

	@Test
	void writesTheReportAndTheRiskReportBesideTheWorkbook() {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.output.resolve("ita-2566-round1.xlsx")).isRegularFile();
		assertThat(this.output.resolve("ita-2566-round1-report.docx")).isRegularFile();
		assertThat(this.output.resolve("ita-2566-round1-risk-report.docx")).isRegularFile();
		assertThat(this.output.resolve("ita-2566-round1-report.pdf")).as("the tests' merges make no PDF")
			.doesNotExist();
	}

	@Test
	void opensWithTheSeedsThreeLineTitleBoldAndCentred() {
		List<XWPFParagraph> title = this.report.document().getParagraphs().subList(0, 3);
		assertThat(title).extracting(XWPFParagraph::getText).containsExactly(
				"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
				"ขององค์การบริหารส่วนตำบลขามสะแกแสง อำเภอขามสะแกแสง จังหวัดนครราชสีมา ประจำปีงบประมาณ พ.ศ.\u00A0๒๕๖๖",
				"รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)");
		assertThat(title).allSatisfy((line) -> {
			assertThat(line.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(line.getRuns()).allSatisfy((run) -> assertThat(run.isBold()).isTrue());
		});
	}

	@Test
	void printsEachSectionThenEachIndicatorsHeadingAndNarrativeAboveTheSectionsTable() {
		Plan plan = SeedData.plan();
		List<String> outline = this.report.outline();
		for (Tool tool : Tool.values()) {
			int section = outline.indexOf(SECTIONS[tool.ordinal()]);
			int table = outline.subList(section, outline.size()).indexOf("[table]") + section;
			assertThat(section).as(tool.name()).isPositive();
			int position = section;
			for (Indicator indicator : plan.indicators().stream().filter((i) -> i.tool() == tool).toList()) {
				int heading = outline.indexOf(heading(indicator));
				assertThat(heading).as("heading of indicator %d after its section and the one before", indicator.number())
					.isGreaterThan(position)
					.isLessThan(table);
				List<String> narrative = List.of(indicator.narrative().split("\n"));
				assertThat(outline.subList(heading + 1, heading + 1 + narrative.size())).as("narrative of %d", indicator.number())
					.containsExactlyElementsOf(narrative);
				position = heading + narrative.size();
			}
			assertThat(table).as("the section's table after its last narrative").isEqualTo(position + 1);
		}
		assertThat(outline.stream().filter("[table]"::equals)).hasSize(3);
	}

	@Test
	void printsAll17MeasuresNumberedPerIndicatorWithTheResultInItsStateColumn() {
		Plan plan = SeedData.plan();
		Map<String, SeedData.Report> reports = new HashMap<>();
		SeedData.reports().forEach((report) -> reports.put(report.measureId(), report));
		int printed = 0;
		for (Tool tool : Tool.values()) {
			List<List<String>> rows = measureRows(this.report.tables().get(tool.ordinal()));
			int row = 0;
			for (Indicator indicator : plan.indicators().stream().filter((i) -> i.tool() == tool).toList()) {
				int number = 0;
				for (Measure measure : plan.measures().stream().filter((m) -> m.indicator() == indicator.number()).toList()) {
					String prefix = Digits.THAI.format(++number) + ". ";
					List<String> cells = rows.get(row++);
					assertThat(cells.get(0)).isEqualTo(prefix + measure.weakness());
					assertThat(cells.get(1)).isEqualTo(prefix + measure.guideline());
					assertThat(cells.get(2)).isEqualTo(measure.responsible());
					SeedData.Report report = reports.get(measure.id());
					for (ProgressState state : ProgressState.values()) {
						assertThat(cells.get(3 + state.ordinal())).as("%s under %s", measure.id(), state.thai())
							.isEqualTo((state == report.state()) ? report.result() : "");
					}
					printed++;
				}
			}
			assertThat(rows).hasSize(row);
		}
		assertThat(printed).isEqualTo(17);
	}

	@Test
	void printsTheTopicHeadingsAsBoldRowsAcrossTheTable() {
		XWPFTable iit = this.report.tables().get(0);
		List<XWPFTableRow> topics = iit.getRows().stream().filter((row) -> row.getTableCells().size() == 1).toList();
		assertThat(topics).extracting((row) -> row.getCell(0).getText())
			.containsExactly("การใช้ทรัพย์สินของทางราชการ", "การแก้ปัญหาการทุจริต");
		assertThat(topics).allSatisfy((row) -> {
			assertThat(row.getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(7);
			assertThat(row.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
		});
	}

	@Test
	void repeatsTheTwoHeaderRowsOfEveryTableOnEveryPage() {
		for (XWPFTable table : this.report.tables()) {
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(1).isRepeatHeader()).isTrue();
			assertThat(table.getRows().subList(2, table.getNumberOfRows()))
				.allSatisfy((row) -> assertThat(row.isRepeatHeader()).isFalse());
			// each header broken into lines between its words, as the published report breaks them
			assertThat(OutputDocument.cells(table.getRow(0))).containsExactly(
					"ประเด็นที่เป็น\nข้อบกพร่อง/\nจุดอ่อนจาก\nการประเมิน", "แนวทาง\nการนำผล\nการวิเคราะห์\nไปสู่การปฏิบัติ",
					"ผู้รับ\nผิดชอบ", "ผลการดำเนินการ", "หมายเหตุ");
			assertThat(OutputDocument.cells(table.getRow(1))).containsExactly("", "", "", "อยู่ระหว่าง\nดำเนินการ",
					"ดำเนินการ\nแล้ว", "ยังไม่\nดำเนินการ", "");
		}
	}

	@Test
	void keepsTheTitleSectionsAndIndicatorHeadingsWithWhatFollowsThem() {
		List<XWPFParagraph> headings = this.report.document()
			.getParagraphs()
			.stream()
			.filter((paragraph) -> paragraph.getText().startsWith("ตัวชี้วัดที่")
					|| List.of(SECTIONS).contains(paragraph.getText()))
			.toList();
		assertThat(headings).hasSize(3 + 4);
		assertThat(headings).allSatisfy((heading) -> assertThat(heading.getCTP().getPPr().isSetKeepNext()).isTrue());
	}

	@Test
	void numbersThePagesInThaiDigitsInTheFooterOfAnA4LandscapePage() {
		var section = this.report.document().getDocument().getBody().getSectPr();
		assertThat(section.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
		assertThat(section.getPgNumType().getFmt()).isEqualTo(STNumberFormat.THAI_NUMBERS);
		String footer = this.report.document().getFooterList().get(0)._getHdrFtr().xmlText();
		assertThat(footer).contains("fldCharType=\"begin\"").contains("> PAGE <").contains("fldCharType=\"end\"");
	}

	@Test
	void setsTheThaiFontSizeWeightAndLanguageOnEveryRunInItsComplexScriptSlots() {
		assertThat(this.report.allRuns()).hasSizeGreaterThan(100);
		assertThat(this.report.runsNotInThai(16)).isEmpty();
	}

	@Test
	void linksEachEvidenceShortToItsWholeAddress() {
		List<String> links = new ArrayList<>();
		for (XWPFTable table : this.report.tables()) {
			for (XWPFTableRow row : table.getRows()) {
				row.getTableCells().forEach((cell) -> cell.getParagraphs().forEach((paragraph) -> paragraph.getRuns()
					.stream()
					.filter(XWPFHyperlinkRun.class::isInstance)
					.map(XWPFHyperlinkRun.class::cast)
					.forEach((run) -> {
						assertThat(run.text()).isEqualTo("ลิงก์");
						links.add(run.getHyperlink(this.report.document()).getURL());
					})));
			}
		}
		List<String> expected = SeedData.reports().stream().map(SeedData.Report::evidenceLink)
			.filter((link) -> !link.isEmpty()).distinct().toList();
		assertThat(links).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void keepsTheSignaturesOnThePageOfTheTableRowAboveThem() {
		assertThat(this.report.signaturesKeptWithTheTableAbove()).isTrue();
	}

	@Test
	void givesTheRepeatedHeaderRowsTheHeightOfTheirLinesSoNoPageCutsThem() {
		// the first column's label spans both rows on four lines; the state labels take two
		for (XWPFTable table : this.report.tables()) {
			int top = table.getRow(0).getHeight();
			int bottom = table.getRow(1).getHeight();
			assertThat(bottom).isGreaterThan(0);
			assertThat(top + bottom).isGreaterThanOrEqualTo(2 * bottom);
			assertThat(top + bottom).as("four lines of 16 points").isGreaterThan(4 * 16 * 20);
		}
	}

	@Test
	void endsWithThePreparersSignatureBlock() {
		List<String> outline = this.report.outline();
		assertThat(outline.subList(outline.size() - 3, outline.size())).containsExactly(
				"(ลงชื่อ)......................................................ผู้จัดทำ", "(นายพศวัฒน์ หวังกลาง)",
				"นิติกรปฏิบัติการ");
	}

	@Test
	void isKnownAsTheToolsOwnOutputWhenFoundAmongTheInputs() throws Exception {
		assertThat(OwnDocuments.isOwn(Files.readAllBytes(this.output.resolve("ita-2566-round1-report.docx")))).isTrue();
	}

	/** The rows of a section's table that print a measure: seven cells, below the two header rows. */
	private static List<List<String>> measureRows(XWPFTable table) {
		return table.getRows()
			.subList(2, table.getNumberOfRows())
			.stream()
			.filter((row) -> row.getTableCells().size() == 7)
			.map(OutputDocument::cells)
			.toList();
	}

	private static String heading(Indicator indicator) {
		return "ตัวชี้วัดที่ " + Digits.THAI.format(indicator.number()) + " " + indicator.name();
	}

}
