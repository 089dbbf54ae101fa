package th.ita.merge.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
import th.ita.merge.value.Digits;

/**
 * A merge asked to make PDFs where LibreOffice is not found (here: a LibreOffice given at a path
 * where there is none) still succeeds: the Word documents are written, no PDF of an earlier run is
 * left to be taken for this one, and the console says in one Thai line how to make the PDF in Word.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:pdf-without-libreoffice;DB_CLOSE_DELAY=-1",
		"ita.pdf.enabled=true", "ita.pdf.office=/nowhere/soffice" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfWithoutLibreOfficeTests {

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

	private String console;

	@BeforeAll
	void mergeWithoutLibreOffice() throws Exception {
		Path input = Fixtures.copySamples(work.resolve("input"));
		this.output = Files.createDirectories(work.resolve("output"));
		Files.writeString(this.output.resolve("ita-2566-round1-report.pdf"), "%PDF-1.6 of an earlier run");
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			this.execution = this.jobOperator
				.startJob(MergeLauncher.parameters(input, this.output, input.resolve("plan.xlsx"), Digits.THAI));
		}
		finally {
			System.setOut(out);
		}
		this.console = printed.toString(StandardCharsets.UTF_8);
	}

	@Test
	void completesWithTheWordDocumentsAndNoPdf() {
		assertThat(this.execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.output.resolve("ita-2566-round1-report.docx")).isRegularFile();
		assertThat(this.output.resolve("ita-2566-round1-risk-report.docx")).isRegularFile();
		assertThat(this.output.resolve("ita-2566-round1-report.pdf")).as("the earlier run's PDF is gone").doesNotExist();
		assertThat(this.output.resolve("ita-2566-round1-risk-report.pdf")).doesNotExist();
	}

	@Test
	void saysInOneThaiLineHowToMakeThePdfInWord() {
		assertThat(this.console.lines().filter((line) -> line.contains("PDF"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("ไม่พบโปรแกรม LibreOffice")
				.contains("ita-2566-round1-report.docx")
				.contains("ita-2566-round1-risk-report.docx")
				.contains("Microsoft Word")
				.contains("บันทึกเป็น > PDF"));
	}

}
