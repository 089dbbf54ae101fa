package th.ita.merge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.ita.merge.web.PageText.rows;
import static th.ita.merge.web.PageText.savedAs;
import static th.ita.merge.web.PageText.text;
import static th.ita.merge.web.WebPageSupport.FINANCE;
import static th.ita.merge.web.WebPageSupport.FINANCE_FILE;
import static th.ita.merge.web.WebPageSupport.WORKS;
import static th.ita.merge.web.WebPageSupport.WORKS_FILE;
import static th.ita.merge.web.WebPageSupport.officer;
import static th.ita.merge.web.WebPageSupport.sample;
import static th.ita.merge.web.WebPageSupport.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.unit.DataSize;

import th.ita.merge.OutputWorkbook;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureOutputs;

/**
 * Merging from the web page: the merge started, its progress page followed until it ends, the
 * outputs listed and downloaded with what a division uploaded in them, the run listed among the
 * runs with its own copy of the files; and a merge refused while a command holds the output folder.
 */
@WebPageSupport.Context
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MergePageTests {

	private static final String WORKBOOK = "ita-2566-round1.xlsx";

	/** What กองคลัง typed as the result of IIT-4.1, to be found in the merged register. */
	private static final String TYPED = "อบรมเจ้าหน้าที่ 24 คน เรื่องการยืมทรัพย์สิน (ส่งทางหน้าเว็บ)";

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void serve(DynamicPropertyRegistry registry) throws IOException {
		WebPageSupport.serve(registry, folder, DataSize.ofMegabytes(20));
	}

	@Autowired
	private MockMvc mvc;

	@Test
	@Order(1)
	void mergesTheUploadedFilesAndKeepsTheRunsOutputs() throws Exception {
		assertThat(text(mergePage())).contains("รวมไฟล์ทั้งหมดตอนนี้").contains("ผลการรวมครั้งล่าสุด ยังไม่มี");
		assertThat(text(this.mvc.perform(get("/officer/runs").with(officer())).andReturn())).contains("ยังไม่เคยรวม");
		Path finance = WebPageSupport.edited(folder, FINANCE_FILE, "IIT-4.1", MeasureColumn.RESULT, TYPED);
		this.mvc.perform(upload(WebPageSupport.link(this.mvc, FINANCE), finance).with(csrf())).andExpect(status().isOk());
		this.mvc.perform(upload(WebPageSupport.link(this.mvc, WORKS), sample(WORKS_FILE)).with(csrf()))
			.andExpect(status().isOk());

		this.mvc.perform(post("/officer/merge").with(officer()).with(csrf())).andExpect(redirectedUrl("/officer/merge"));
		String ended = await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> text(mergePage()), (page) -> !page.contains("กำลังรวมไฟล์…"));

		assertThat(ended).contains("รวมเสร็จ: 2 ไฟล์")
			.contains("รวมไฟล์ทั้งหมดตอนนี้")
			.contains("รายงานรวม (Excel): " + WORKBOOK)
			.contains("บันทึกข้อผิดพลาด (CSV เปิดด้วย Excel): ita-2566-round1-errors.csv");
		MvcResult outputs = mergePage();
		MvcResult workbook = this.mvc.perform(get(PageText.href(outputs, "/officer/outputs/" + WORKBOOK))
			.with(officer())).andExpect(status().isOk()).andReturn();
		assertThat(savedAs(workbook)).isEqualTo(WORKBOOK);
		assertThat(registerResult(workbook)).contains(TYPED);
		assertThat(feedbackZip(PageText.href(outputs, "feedback.zip"))).contains(FINANCE_FILE, WORKS_FILE);
		List<String> listed = PageText.hrefs(outputs, "/officer/outputs/");
		assertThat(listed).contains("/officer/outputs/ita-2566-round1-report.docx",
				"/officer/outputs/ita-2566-round1-errors.csv");
		assertThat(listed).as("each division's feedback copy on its own").filteredOn((link) -> link.contains("/feedback/"))
			.hasSize(2);
		for (String output : listed) {
			MvcResult file = this.mvc.perform(get(URI.create(output)).with(officer())).andExpect(status().isOk()).andReturn();
			assertThat(file.getResponse().getContentAsByteArray()).as(output).isNotEmpty();
			if (output.contains("/feedback/")) {
				assertThat(savedAs(file)).isIn("แจ้งกลับ-" + FINANCE_FILE, "แจ้งกลับ-" + WORKS_FILE);
			}
		}

		MvcResult runs = this.mvc.perform(get("/officer/runs").with(officer())).andExpect(status().isOk()).andReturn();
		assertThat(rows(runs)).singleElement().satisfies((run) -> {
			assertThat(run.get(3)).isEqualTo("เสร็จ");
			assertThat(run.get(4)).as("files").isEqualTo("2");
			assertThat(run.get(8)).contains("รายงานรวม (Excel): " + WORKBOOK)
				.contains("ไฟล์แจ้งกลับของทุกสำนัก/กอง (zip): feedback.zip");
		});
		String kept = PageText.href(runs, "/" + WORKBOOK);
		assertThat(kept).matches("/officer/runs/\\d+/" + WORKBOOK.replace(".", "\\."));
		MvcResult keptWorkbook = this.mvc.perform(get(kept).with(officer())).andExpect(status().isOk()).andReturn();
		assertThat(keptWorkbook.getResponse().getContentAsByteArray())
			.isEqualTo(workbook.getResponse().getContentAsByteArray());
		this.mvc.perform(get(kept.replace(WORKBOOK, "plan.xlsx")).with(officer())).andExpect(status().isNotFound());
		this.mvc.perform(get("/officer/outputs/plan.xlsx").with(officer())).andExpect(status().isNotFound());
	}

	@Test
	@Order(2)
	void aSecondMergeWaitsForTheFirst() throws Exception {
		this.mvc.perform(post("/officer/merge").with(officer()).with(csrf())).andExpect(redirectedUrl("/officer/merge"));
		// a merge reads and writes workbooks for a second or more: the second click comes long before
		MvcResult second = this.mvc.perform(post("/officer/merge").with(officer()).with(csrf()))
			.andExpect(redirectedUrl("/officer/merge"))
			.andReturn();

		MvcResult page = this.mvc.perform(get("/officer/merge").with(officer()).flashAttrs(second.getFlashMap()))
			.andReturn();
		assertThat(text(page)).contains("กำลังรวมไฟล์อยู่แล้ว รอให้เสร็จก่อน");
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> text(mergePage()), (ended) -> ended.contains("รวมเสร็จ"));
	}

	private MvcResult mergePage() throws Exception {
		return this.mvc.perform(get("/officer/merge").with(officer())).andExpect(status().isOk()).andReturn();
	}

	/** The result column of กองคลัง's IIT-4.1 in the measures register of a downloaded workbook. */
	private static Optional<String> registerResult(MvcResult download) throws IOException {
		try (OutputWorkbook workbook = PageText.workbook(download)) {
			return workbook.rows(MeasureOutputs.REGISTER_SHEET, 10)
				.stream()
				.filter((cells) -> cells.get(0).equals("IIT-4.1") && cells.get(9).equals(FINANCE_FILE))
				.map((cells) -> cells.get(6))
				.findFirst();
		}
	}

	private List<String> feedbackZip(String link) throws Exception {
		MvcResult zip = this.mvc.perform(get(link).with(officer())).andExpect(status().isOk()).andReturn();
		assertThat(savedAs(zip)).isEqualTo("แจ้งกลับ-2566-รอบ1.zip");
		List<String> names = new ArrayList<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
