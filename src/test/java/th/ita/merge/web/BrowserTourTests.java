package th.ita.merge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;

/**
 * The "done when", in a real headless Chromium on the real server: the officer signs in,
 * uploads the plan and downloads a template; a division uploads a file with a mistake, sees it with
 * its cell, uploads the corrected file; the officer runs the merge, sees it run, downloads the
 * workbook, and the workbook has the division's corrected value. Every page is saved as a
 * screenshot in {@code target/screenshots}. Without Chromium and its driver the test does not run,
 * and says so on the console and in the report.
 */
class BrowserTourTests {

	private static final String PASSWORD = "ita-officer-2566";

	private static final String CORRECTED = "ทดสอบเบราว์เซอร์: ทำบัญชียืม-คืนครบทุกรายการแล้ว ๑๒ รายการ";

	private static final Duration MERGE_TIME = Duration.ofMinutes(5);

	@TempDir
	private Path work;

	private final AtomicInteger shots = new AtomicInteger();

	@Test
	void anOfficerAndADivisionGoThroughTheRoundToTheMergedWorkbook() throws Exception {
		boolean installed = BrowserTour.installed();
		if (!installed) {
			System.err.println("Browser test NOT RUN: chromium / chromium-driver not installed. "
					+ "Install them (apt-get install chromium chromium-driver, as .ci/run does) to run it.");
		}
		Assumptions.assumeTrue(installed, "chromium / chromium-driver not installed: the browser test did not run");
		BrowserTour.clearScreenshots();
		Path samples = Fixtures.copySamples(this.work.resolve("samples"));
		Plan plan = PlanReader.read(samples.resolve("plan.xlsx"));
		Division finance = plan.division("FINANCE").orElseThrow();
		String measure = plan.measuresOf(finance).get(0).id();
		String fileName = TemplateGenerator.fileName(plan, finance);
		Path mistaken = copy(samples.resolve(fileName), "mistaken");
		WorkbookEdits.setMeasureCell(mistaken, measure, MeasureColumn.STATE, "");
		String mistakenCell = WorkbookEdits.cellOf(mistaken, measure, MeasureColumn.STATE);
		Path corrected = copy(samples.resolve(fileName), "corrected");
		WorkbookEdits.setMeasureCell(corrected, measure, MeasureColumn.RESULT, CORRECTED);

		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path input = Files.createDirectories(this.work.resolve("input"));
		WebServer.Settings settings = new WebServer.Settings(input, this.work.resolve("output"), port,
				DataSize.ofMegabytes(20));
		try (ConfigurableApplicationContext server = WebServer.start(settings, this.work.resolve("web.log"));
				BrowserTour officer = BrowserTour.open(OfficeAddress.here(port), this.work.resolve("officer"),
						this.shots);
				BrowserTour division = BrowserTour.open(OfficeAddress.here(port), this.work.resolve("division"),
						this.shots)) {
			signIn(officer);
			String link = uploadThePlanAndTakeATemplate(officer, samples.resolve("plan.xlsx"), finance, fileName, plan);
			sendAFileWithAMistake(division, link, mistaken, mistakenCell, measure);
			seeTheDivisionOnTheBoard(officer, finance, "1", "0");
			sendTheCorrectedFile(division, corrected);
			seeTheDivisionOnTheBoard(officer, finance, "0", "1");
			Path workbook = mergeAndDownload(officer);
			assertThat(correctedResult(workbook, finance, measure)).isEqualTo(CORRECTED);
		}
	}

	private void signIn(BrowserTour officer) throws Exception {
		officer.go("/");
		assertThat(officer.path()).as("the first visit sets the password").isEqualTo("/setup");
		assertThat(officer.find("h1").getText()).isEqualTo("ตั้งรหัสผ่านของนิติกร");
		officer.screenshot("setup");
		officer.type("#password", PASSWORD);
		officer.type("#again", PASSWORD);
		officer.click(officer.find("button[type=submit]"));
		assertThat(officer.path()).isEqualTo("/login");
		assertThat(officer.find(".good").getText()).contains("ตั้งรหัสผ่านแล้ว");
		officer.screenshot("login");
		officer.type("#password", PASSWORD);
		officer.click(officer.find("button[type=submit]"));
		assertThat(officer.path()).isEqualTo("/officer");
	}

	/** Returns the division's upload link as the board shows it. */
	private String uploadThePlanAndTakeATemplate(BrowserTour officer, Path planFile, Division finance,
			String fileName, Plan plan) throws Exception {
		assertThat(officer.find(".notice").getText()).contains("ยังไม่มีแผนของปีนี้");
		officer.screenshot("board-without-plan");
		officer.choose("#plan", planFile);
		officer.click(officer.find("form button[type=submit]:not(.link)"));
		assertThat(officer.find(".good").getText()).contains("รับแผนแล้ว");
		assertThat(officer.text()).contains("ดาวน์โหลดแบบรายงานทุกสำนัก/กอง (zip)");
		assertThat(officer.all("input.link")).hasSize(plan.divisions().size());
		WebElement row = boardRow(officer, finance);
		assertThat(row.getText()).contains("ยังไม่ได้ส่ง");
		String link = row.findElement(By.cssSelector("input.link")).getAttribute("value");
		assertThat(link).matches("http://[^/]+:\\d+/upload/[A-Za-z0-9_-]{43}");
		officer.screenshot("board-with-plan");
		officer.phoneScreenshot("board-with-plan-phone");
		assertThat(printedText(officer.print("board-printed"))).as("the board printed to hand out the links")
			.contains(link.replaceAll("\\s", ""))
			.doesNotContain("ออกจากระบบ")
			.doesNotContain("เปลี่ยนแผน");
		Path template = officer.download(row.findElement(By.linkText("ดาวน์โหลด")), fileName,
				Duration.ofSeconds(60));
		assertThat(Files.readAllBytes(template)).startsWith('P', 'K');
		assertThat(Fixtures.read(plan, template).divisionCode()).as("the template is the division's").isEqualTo("FINANCE");
		return link;
	}

	private void sendAFileWithAMistake(BrowserTour division, String link, Path mistaken, String cell, String measure)
			throws Exception {
		division.go(link);
		assertThat(division.find("h1").getText()).isEqualTo("ส่งแบบรายงาน: กองคลัง");
		assertThat(division.text()).contains(measure);
		division.screenshot("division-page");
		division.phoneScreenshot("division-page-phone");
		division.choose("#file", mistaken);
		division.type("#sender", "สมศรี การเงิน");
		division.click(division.find("form.stack button[type=submit]"));
		assertThat(division.find(".alert").getText()).contains("รับไฟล์แล้ว แต่มีข้อผิดพลาด 1 รายการ");
		List<String> problem = cells(division.all("table.cards tbody tr").get(0));
		assertThat(problem.subList(1, 4)).as("level, sheet, cell").containsExactly("ข้อผิดพลาด", MeasureSheet.NAME, cell);
		assertThat(problem.get(5)).contains("ยังไม่ได้เลือกสถานะ", measure);
		division.screenshot("division-mistake");
		division.phoneScreenshot("division-mistake-phone");
	}

	private void seeTheDivisionOnTheBoard(BrowserTour officer, Division finance, String errors, String superseded)
			throws Exception {
		officer.go("/officer");
		WebElement row = boardRow(officer, finance);
		List<String> cells = cells(row);
		assertThat(cells.get(1)).as("file arrived, from whom").contains("โดย สมศรี การเงิน");
		assertThat(cells.get(2)).as("errors").isEqualTo(errors);
		assertThat(cells.get(4)).as("files superseded").isEqualTo(superseded);
		officer.screenshot("board-errors-" + errors);
		officer.click(row.findElement(By.linkText(finance.name())));
		assertThat(officer.find("h1").getText()).isEqualTo(finance.name());
		officer.screenshot("officer-division-errors-" + errors);
	}

	private void sendTheCorrectedFile(BrowserTour division, Path corrected) throws Exception {
		division.choose("#file", corrected);
		division.type("#sender", "สมศรี การเงิน");
		division.click(division.find("form.stack button[type=submit]"));
		assertThat(division.all(".alert")).as("no mistake left").isEmpty();
		assertThat(division.text()).contains("รับไฟล์แล้ว");
		List<WebElement> history = division.rowsUnder("ไฟล์ที่เคยส่ง");
		assertThat(cells(history.get(0))).as("the corrected file, latest first").contains("0", "ใช้ในการรวมครั้งถัดไป");
		assertThat(cells(history.get(1))).as("the file it replaced").contains("1", "ถูกแทนด้วยไฟล์ที่ส่งภายหลัง");
		division.screenshot("division-corrected");
	}

	private Path mergeAndDownload(BrowserTour officer) throws Exception {
		officer.go("/officer/merge");
		assertThat(officer.find("h2").getText()).isEqualTo("ผลการรวมครั้งล่าสุด");
		officer.screenshot("merge-before");
		officer.click(officer.find("#start-merge"));
		String shown = officer.awaitAny(Duration.ofSeconds(10), "#progress", "#last-result");
		assertThat(shown).as("the progress bar, or the result of a merge that was quicker").isNotNull();
		officer.screenshot(shown.equals("#progress") ? "merge-progress" : "merge-finished-at-once");
		if (shown.equals("#progress")) {
			assertThat(officer.text()).contains("กำลังรวมไฟล์");
		}
		WebElement result = officer.await("#last-result", MERGE_TIME);
		assertThat(result.getAttribute("class")).isEqualTo("good");
		assertThat(result.getText()).startsWith("รวมเสร็จ: 1 ไฟล์");
		WebElement download = officer.all("ul.files a").stream()
			.filter((a) -> a.getText().equals("ita-2566-round1.xlsx"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the merged workbook is not listed"));
		officer.screenshot("merge-done");
		Path workbook = officer.download(download, "ita-2566-round1.xlsx", Duration.ofSeconds(60));
		officer.go("/officer/runs");
		assertThat(officer.all("table.cards tbody tr")).hasSize(1);
		officer.screenshot("runs");
		return workbook;
	}

	/** The result in the measures register's row of the division's report on the measure. */
	private static String correctedResult(Path workbook, Division division, String measure) throws Exception {
		try (OutputWorkbook read = OutputWorkbook.open(workbook)) {
			return read.rows(MeasureOutputs.REGISTER_SHEET, 12).stream()
				.filter((row) -> row.get(0).equals(measure) && row.get(4).equals(division.name()))
				.map((row) -> row.get(6))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no row of " + division.name() + " for " + measure));
		}
	}

	private static WebElement boardRow(BrowserTour officer, Division division) {
		return officer.all("table.cards tbody tr").stream()
			.filter((row) -> row.getText().startsWith(division.name()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(division.name() + " is not on the board"));
	}

	private static List<String> cells(WebElement row) {
		return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
	}

	private Path copy(Path sample, String folder) throws Exception {
		Path copy = Files.createDirectories(this.work.resolve(folder)).resolve(sample.getFileName());
		return Files.copy(sample, copy);
	}

	/** A printed page's text as PDFBox reads it, without the line breaks the page made. */
	private static String printedText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s", "");
		}
	}

}
