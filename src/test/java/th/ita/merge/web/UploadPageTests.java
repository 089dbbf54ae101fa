package th.ita.merge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.ita.merge.web.PageText.problems;
import static th.ita.merge.web.PageText.rows;
import static th.ita.merge.web.PageText.text;
import static th.ita.merge.web.WebPageSupport.FINANCE;
import static th.ita.merge.web.WebPageSupport.FINANCE_FILE;
import static th.ita.merge.web.WebPageSupport.WORKS;
import static th.ita.merge.web.WebPageSupport.WORKS_FILE;
import static th.ita.merge.web.WebPageSupport.sample;
import static th.ita.merge.web.WebPageSupport.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.unit.DataSize;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.measure.MeasureColumn;

/**
 * A division's upload page, reached by its link alone: its own name and measures; a file checked
 * at once, its problems listed with sheet and cell, its feedback copy downloadable; an accepted
 * file in the input folder under the template's name, byte for byte; and every refusal (wrong
 * link, another division's file, a hostile file, a file that is no workbook, no file, no CSRF
 * token, see
 * {@link OfficerAccessTests}) answered in Thai with nothing put in the input folder. Each test uses the links of
 * divisions no other test here sends more than a few files through, to stay under the rate limit.
 */
@WebPageSupport.Context
class UploadPageTests {

	private static final String EDUCATION = "EDUCATION";

	private static final String AUDIT = "AUDIT";

	private static final String EDUCATION_FILE = "ita-2566-รอบ1-กองการศึกษา ศาสนาและวัฒนธรรม.xlsx";

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void serve(DynamicPropertyRegistry registry) throws IOException {
		WebPageSupport.serve(registry, folder, DataSize.ofMegabytes(20));
	}

	@Autowired
	private MockMvc mvc;

	@Test
	void showsTheDivisionItsOwnPage() throws Exception {
		MvcResult page = this.mvc.perform(get(link(FINANCE))).andExpect(status().isOk()).andReturn();

		assertThat(text(page)).contains("ส่งแบบรายงาน: กองคลัง")
			.contains("องค์การบริหารส่วนตำบลขามสะแกแสง")
			.contains("รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2566")
			.contains("มาตรการที่ กองคลัง รายงาน (7 มาตรการ)")
			.contains("ไม่เกิน 20 MB")
			.doesNotContain("กองช่าง");
		assertThat(rows(page)).filteredOn((cells) -> cells.size() == 2)
			.extracting((cells) -> cells.get(0))
			.containsExactly("IIT-4.1", "IIT-4.2", "IIT-5.2", "IIT-5.3", "IIT-5.4", "EIT-7.3", "OIT-10.1");
	}

	@Test
	void acceptsAGoodFileSentThroughThePagesOwnFormUnderTheTemplatesName() throws Exception {
		Path clean = edited(WORKS_FILE, "EIT-7.3", MeasureColumn.RESULT, "ติดตามผลการปฏิบัติครบถ้วนแล้ว");

		MockHttpSession browser = new MockHttpSession();
		MvcResult page = this.mvc.perform(get(link(WORKS)).session(browser)).andReturn();

		MvcResult sent = this.mvc.perform(multipart(PageText.formAction(page, "/upload/")).session(browser)
			.file(new MockMultipartFile("file", "รายงาน กองช่าง (แก้ไข).xlsx", "application/octet-stream",
					Files.readAllBytes(clean)))
			.param("sender", "สมชาย ใจดี")).andExpect(status().isOk()).andReturn();

		assertThat(text(sent)).contains("รับไฟล์แล้ว ไม่พบข้อผิดพลาด");
		assertThat(problems(sent)).isEmpty();
		assertThat(input(WORKS_FILE)).hasSameBinaryContentAs(clean);
		assertThat(boardRow("กองช่าง")).satisfies((row) -> {
			assertThat(row.get(1)).contains("โดย สมชาย ใจดี").doesNotContain("ยังไม่ได้ส่ง");
			assertThat(row.get(2)).isEqualTo("0");
		});
	}

	@Test
	void listsTheMistakesOfAFileWithSheetAndCellAndGivesItsFeedbackCopy() throws Exception {
		Path mistaken = edited(FINANCE_FILE, "IIT-4.1", MeasureColumn.STATE, "");

		MvcResult sent = this.mvc.perform(upload(link(FINANCE), mistaken).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(text(sent)).contains("รับไฟล์แล้ว แต่มีข้อผิดพลาด 1 รายการ");
		assertThat(problems(sent)).first().satisfies((problem) -> {
			assertThat(problem.subList(1, 4)).containsExactly("ข้อผิดพลาด", "ผลการดำเนินการ", "G6");
			assertThat(problem.get(5)).contains("ยังไม่ได้เลือกสถานะของมาตรการ \"IIT-4.1\"");
		});
		assertThat(input(FINANCE_FILE)).as("accepted with its mistake, unchanged").hasSameBinaryContentAs(mistaken);
		String feedback = PageText.href(sent, "/feedback/");
		MvcResult copy = this.mvc.perform(get(feedback)).andExpect(status().isOk()).andReturn();
		assertThat(PageText.savedAs(copy)).isEqualTo("แจ้งกลับ-" + FINANCE_FILE);
		try (OutputWorkbook workbook = PageText.workbook(copy)) {
			assertThat(workbook.rows("ข้อผิดพลาด", 7)).anySatisfy((cells) -> assertThat(cells).contains("G6"));
		}
		assertThat(boardRow("กองคลัง").get(2)).isEqualTo("1");
	}

	@Test
	void replacesTheFileBeforeWithTheOneSentAfter() throws Exception {
		String palad = "ita-2566-รอบ1-สำนักปลัด.xlsx";
		Path corrected = edited(palad, "EIT-7.3", MeasureColumn.REMARK, "แก้ไขตามที่นิติกรแจ้ง");
		this.mvc.perform(upload(link("PALAD"), sample(palad)).with(csrf())).andExpect(status().isOk());

		MvcResult second = this.mvc.perform(upload(link("PALAD"), corrected).param("sender", "ผู้แก้ไข").with(csrf()))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(input(palad)).hasSameBinaryContentAs(corrected);
		assertThat(rows(second)).filteredOn((cells) -> cells.size() == 5)
			.extracting((cells) -> cells.get(1) + " " + cells.get(4))
			.containsExactly("ผู้แก้ไข ใช้ในการรวมครั้งถัดไป", "สำนักปลัด ถูกแทนด้วยไฟล์ที่ส่งภายหลัง");
		assertThat(boardRow("สำนักปลัด")).satisfies((row) -> {
			assertThat(row.get(1)).contains("โดย ผู้แก้ไข");
			assertThat(row.get(4)).as("files superseded").isEqualTo("1");
		});
	}

	@Test
	void refusesAnotherDivisionsFile() throws Exception {
		Map<String, String> before = Fixtures.hashes(input());

		MvcResult refused = this.mvc.perform(upload(link(AUDIT), sample(WORKS_FILE)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn();

		assertThat(text(refused)).contains("ไม่รับไฟล์นี้");
		assertThat(problems(refused)).first()
			.satisfies((problem) -> assertThat(problem.get(5))
				.startsWith("ไฟล์นี้เป็นแบบรายงานของ กองช่าง แต่ส่งมาทางลิงก์ของ หน่วยตรวจสอบภายใน"));
		assertThat(Fixtures.hashes(input())).isEqualTo(before);
	}

	@ParameterizedTest
	@CsvSource({ "zipBomb.xlsx, ไฟล์นี้ขยายตัวเมื่อเปิดผิดปกติ (อาจเป็นไฟล์อันตรายหรือไฟล์เสีย) ระบบจึงไม่เปิด",
			"xmlExternalEntity.xlsx, ไฟล์นี้มีโครงสร้าง XML ที่ไม่ปลอดภัย (มีการประกาศ DTD หรือ entity)" })
	void refusesAHostileFileAndKeepsTheFileBefore(String hostile, String message) throws Exception {
		this.mvc.perform(upload(link(FINANCE), sample(FINANCE_FILE)).with(csrf())).andExpect(status().isOk());
		Map<String, String> before = Fixtures.hashes(input());

		MvcResult refused = this.mvc.perform(upload(link(FINANCE), Path.of("src/test/resources/validation", hostile))
			.with(csrf())).andExpect(status().isUnprocessableContent()).andReturn();

		assertThat(text(refused)).contains("ไม่รับไฟล์นี้: ให้แก้ตามรายการด้านล่างแล้วส่งใหม่")
			.doesNotContain("ดาวน์โหลดไฟล์แจ้งกลับ");
		assertThat(problems(refused)).singleElement().satisfies((problem) -> assertThat(problem.get(5)).startsWith(message));
		assertThat(Fixtures.hashes(input())).isEqualTo(before);
		assertThat(input(FINANCE_FILE)).hasSameBinaryContentAs(sample(FINANCE_FILE));
	}

	@Test
	void refusesAFileThatIsNoWorkbook() throws Exception {
		Map<String, String> before = Fixtures.hashes(input());
		byte[] text = "มาตรการ,สถานะ\nIIT-4.1,ดำเนินการแล้ว\n".getBytes(StandardCharsets.UTF_8);

		MvcResult refused = this.mvc.perform(upload(link(AUDIT), "รายงาน.xlsx", text).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn();

		assertThat(problems(refused)).singleElement()
			.satisfies((problem) -> assertThat(problem.get(5)).startsWith("ไฟล์นี้ไม่ใช่ไฟล์ Excel"));
		assertThat(Fixtures.hashes(input())).isEqualTo(before);
	}

	@Test
	void asksForAFileWhenNoneWasChosen() throws Exception {
		MvcResult empty = this.mvc.perform(upload(link(EDUCATION), "", new byte[0]).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn();

		assertThat(text(empty)).contains("ยังไม่ได้เลือกไฟล์ ให้กดเลือกไฟล์แบบรายงานที่กรอกแล้ว แล้วกดส่ง");
		assertThat(input(EDUCATION_FILE)).doesNotExist();
	}

	@Test
	void refusesAChosenFileOfNoBytesAsEmpty() throws Exception {
		MvcResult empty = this.mvc.perform(upload(link(EDUCATION), EDUCATION_FILE, new byte[0]).with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andReturn();

		assertThat(text(empty)).contains("ไม่รับไฟล์นี้").contains("ไฟล์นี้ว่างเปล่า (ขนาด 0 ไบต์)");
		assertThat(input(EDUCATION_FILE)).doesNotExist();
	}

	@Test
	void answersAWrongLinkWithNotFound() throws Exception {
		Map<String, String> before = Fixtures.hashes(input());

		for (MvcResult refused : List.of(this.mvc.perform(get("/upload/not-a-real-link")).andReturn(),
				this.mvc.perform(upload("/upload/not-a-real-link", sample(FINANCE_FILE)).with(csrf())).andReturn())) {
			assertThat(refused.getResponse().getStatus()).isEqualTo(404);
			assertThat(text(refused)).contains("ลิงก์ส่งไฟล์นี้ใช้ไม่ได้").contains("ไม่พบลิงก์นี้");
		}
		assertThat(Fixtures.hashes(input())).isEqualTo(before);
	}

	@Test
	void keepsEachDivisionsFeedbackCopyToItself() throws Exception {
		Path mistaken = edited(EDUCATION_FILE, "EIT-7.3", MeasureColumn.STATE, "");
		MvcResult sent = this.mvc.perform(upload(link(EDUCATION), mistaken).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		String feedback = PageText.href(sent, "/feedback/");
		String id = feedback.substring(feedback.lastIndexOf('/') + 1);

		this.mvc.perform(get(link(AUDIT) + "/feedback/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/upload/not-a-real-link/feedback/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get(feedback)).andExpect(status().isOk());
	}

	private String link(String division) throws Exception {
		return WebPageSupport.link(this.mvc, division);
	}

	private List<String> boardRow(String division) throws Exception {
		return WebPageSupport.boardRow(this.mvc, division);
	}

	private static Path edited(String sample, String measure, MeasureColumn column, String value) throws IOException {
		return WebPageSupport.edited(folder, sample, measure, column, value);
	}

	private static Path input() {
		return WebPageSupport.input(folder);
	}

	private static Path input(String name) {
		return input().resolve(name);
	}

}
