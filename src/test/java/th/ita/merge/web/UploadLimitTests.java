package th.ita.merge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.ita.merge.web.PageText.rows;
import static th.ita.merge.web.PageText.text;
import static th.ita.merge.web.WebPageSupport.FINANCE;
import static th.ita.merge.web.WebPageSupport.WORKS;
import static th.ita.merge.web.WebPageSupport.WORKS_FILE;
import static th.ita.merge.web.WebPageSupport.officer;
import static th.ita.merge.web.WebPageSupport.sample;
import static th.ita.merge.web.WebPageSupport.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.unit.DataSize;

import th.ita.merge.Fixtures;
import th.ita.merge.measure.MeasureColumn;

/**
 * The limits of a division's link, with a size cap of 2 MB: a file over the cap is answered 413
 * with the Thai page and kept nowhere; the eleventh file within a minute through one link is
 * answered 429 and not taken, while other links still work.
 */
@WebPageSupport.Context
class UploadLimitTests {

	private static final DataSize CAP = DataSize.ofMegabytes(2);

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void serve(DynamicPropertyRegistry registry) throws IOException {
		WebPageSupport.serve(registry, folder, CAP);
	}

	@Autowired
	private MockMvc mvc;

	@Test
	void refusesAFileOverTheSizeCapAndKeepsNothingOfIt() throws Exception {
		String link = WebPageSupport.link(this.mvc, FINANCE);
		assertThat(text(this.mvc.perform(get(link)).andReturn())).contains("(.xlsx ไม่เกิน 2 MB)");
		Map<String, String> before = Fixtures.hashes(WebPageSupport.input(folder));
		long kept = keptFiles();

		MvcResult refused = this.mvc.perform(upload(link, "รายงานพร้อมรูปภาพ.xlsx", bytes(CAP.toBytes() + 1))
			.with(csrf())).andExpect(status().isPayloadTooLarge()).andReturn();

		assertThat(text(refused)).contains("ส่งแบบรายงาน: กองคลัง")
			.contains("ไฟล์ใหญ่เกิน 2 MB ซึ่งใหญ่กว่าแบบรายงานใด ๆ มาก ระบบจึงไม่รับ");
		assertThat(Fixtures.hashes(WebPageSupport.input(folder))).isEqualTo(before);
		assertThat(keptFiles()).as("files kept of uploads").isEqualTo(kept);
		assertThat(text(this.mvc.perform(get("/officer/division/" + FINANCE).with(officer())).andReturn()))
			.contains("ยังไม่ได้ส่งไฟล์");
	}

	@Test
	void readsAFileOfExactlyTheCap() throws Exception {
		MvcResult read = this.mvc.perform(upload(WebPageSupport.link(this.mvc, "AUDIT"), "รายงาน.xlsx",
				bytes(CAP.toBytes())).with(csrf())).andExpect(status().isUnprocessableContent()).andReturn();

		assertThat(text(read)).doesNotContain("ไฟล์ใหญ่เกิน").contains("ไฟล์นี้ไม่ใช่ไฟล์ Excel");
	}

	@Test
	void refusesTheEleventhFileWithinAMinuteThroughOneLink() throws Exception {
		String link = WebPageSupport.link(this.mvc, WORKS);
		for (int i = 1; i <= 10; i++) {
			this.mvc.perform(upload(link, sample(WORKS_FILE)).param("sender", "ครั้งที่ " + i).with(csrf()))
				.andExpect(status().isOk());
		}
		Path eleventh = WebPageSupport.edited(folder, WORKS_FILE, "EIT-7.3", MeasureColumn.REMARK, "ส่งครั้งที่ 11");

		MvcResult refused = this.mvc.perform(upload(link, eleventh).param("sender", "ครั้งที่ 11").with(csrf()))
			.andExpect(status().isTooManyRequests())
			.andReturn();

		assertThat(text(refused)).contains("ส่งไฟล์ถี่เกินไป (เกิน 10 ครั้งในหนึ่งนาที) ให้รอสักครู่แล้วส่งใหม่")
			.contains("ส่งแบบรายงาน: กองช่าง");
		assertThat(WebPageSupport.input(folder).resolve(WORKS_FILE)).hasSameBinaryContentAs(sample(WORKS_FILE));
		MvcResult division = this.mvc.perform(get("/officer/division/" + WORKS).with(officer())).andReturn();
		assertThat(text(division)).contains("โดย ครั้งที่ 10 (ใช้ในการรวมครั้งถัดไป)").doesNotContain("ครั้งที่ 11");
		assertThat(rows(division)).filteredOn((cells) -> cells.size() == 6 && cells.get(5).equals("ดาวน์โหลด"))
			.as("files sent").hasSize(10);
		// another division's link still takes a file
		this.mvc.perform(upload(WebPageSupport.link(this.mvc, "EDUCATION"),
				sample("ita-2566-รอบ1-กองการศึกษา ศาสนาและวัฒนธรรม.xlsx")).with(csrf()))
			.andExpect(status().isOk());
	}

	private static byte[] bytes(long count) {
		byte[] bytes = new byte[Math.toIntExact(count)];
		new Random(count).nextBytes(bytes);
		return bytes;
	}

	private static long keptFiles() throws IOException {
		Path uploads = new WebServer.Settings(WebPageSupport.input(folder), WebPageSupport.output(folder), 0, CAP)
			.dataFolder()
			.resolve("uploads");
		if (!Files.isDirectory(uploads)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(uploads)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}
