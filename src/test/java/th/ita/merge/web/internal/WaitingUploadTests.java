package th.ita.merge.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.ita.merge.web.PageText.rows;
import static th.ita.merge.web.PageText.text;
import static th.ita.merge.web.WebPageSupport.FINANCE;
import static th.ita.merge.web.WebPageSupport.FINANCE_FILE;
import static th.ita.merge.web.WebPageSupport.officer;
import static th.ita.merge.web.WebPageSupport.sample;
import static th.ita.merge.web.WebPageSupport.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.unit.DataSize;

import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.web.WebPageSupport;

/**
 * A file a division sends while a merge runs waits: the division is told so, the input folder
 * keeps the file the merge is reading, and when the merge ends the latest file that waited goes
 * in. The merge is marked running as {@link MergeRuns} marks it, by closing the uploads' door, so
 * the test does not depend on how long a real merge takes.
 */
@WebPageSupport.Context
class WaitingUploadTests {

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void serve(DynamicPropertyRegistry registry) throws IOException {
		WebPageSupport.serve(registry, folder, DataSize.ofMegabytes(20));
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Uploads uploads;

	@Test
	void holdsAFileSentDuringAMergeUntilTheMergeEnds() throws Exception {
		String link = WebPageSupport.link(this.mvc, FINANCE);
		Path input = WebPageSupport.input(folder).resolve(FINANCE_FILE);
		this.mvc.perform(upload(link, sample(FINANCE_FILE)).with(csrf())).andExpect(status().isOk());
		Path first = revised("แก้ไขครั้งที่ 1");
		Path second = revised("แก้ไขครั้งที่ 2");

		this.uploads.closeDoor();
		try {
			MvcResult waiting = this.mvc.perform(upload(link, first).with(csrf())).andExpect(status().isOk()).andReturn();
			assertThat(text(waiting)).contains("ขณะนี้นิติกรกำลังรวมไฟล์ ไฟล์นี้จะเข้ารวมในครั้งถัดไป");
			this.mvc.perform(upload(link, second).param("sender", "ผู้แก้ครั้งที่ 2").with(csrf()))
				.andExpect(status().isOk());
			this.mvc.perform(upload(link, Path.of("src/test/resources/validation/zipBomb.xlsx")).with(csrf()))
				.andExpect(status().isUnprocessableContent());

			assertThat(input).as("the file the merge reads").hasSameBinaryContentAs(sample(FINANCE_FILE));
			assertThat(states()).containsExactly("ไม่รับ", "รอเข้ารวมหลังการรวมที่กำลังทำอยู่",
					"รอเข้ารวมหลังการรวมที่กำลังทำอยู่", "ใช้ในการรวมครั้งถัดไป");
			assertThat(boardRow()).contains("โดย ผู้แก้ครั้งที่ 2").contains("(รอการรวมครั้งถัดไป)");
		}
		finally {
			this.uploads.openDoor();
		}

		assertThat(input).as("the latest file that waited").hasSameBinaryContentAs(second);
		assertThat(states()).containsExactly("ไม่รับ", "ใช้ในการรวมครั้งถัดไป", "ถูกแทนด้วยไฟล์ที่ส่งภายหลัง",
				"ถูกแทนด้วยไฟล์ที่ส่งภายหลัง");
		assertThat(boardRow()).contains("โดย ผู้แก้ครั้งที่ 2").doesNotContain("รอการรวม");
		MvcResult after = this.mvc.perform(upload(link, first).with(csrf())).andExpect(status().isOk()).andReturn();
		assertThat(text(after)).doesNotContain("กำลังรวมไฟล์");
		assertThat(input).as("no merge runs: straight in").hasSameBinaryContentAs(first);
	}

	/** The states of กองคลัง's files on its page for the officer, the latest first. */
	private List<String> states() throws Exception {
		return rows(this.mvc.perform(get("/officer/division/" + FINANCE).with(officer())).andReturn()).stream()
			.filter((cells) -> cells.size() == 6 && cells.get(5).equals("ดาวน์โหลด"))
			.map((cells) -> cells.get(4))
			.toList();
	}

	/** What the board says of กองคลัง's file. */
	private String boardRow() throws Exception {
		return WebPageSupport.boardRow(this.mvc, "กองคลัง").get(1);
	}

	private static Path revised(String remark) throws IOException {
		return WebPageSupport.edited(folder, FINANCE_FILE, "IIT-4.1", MeasureColumn.REMARK, remark);
	}

}
