package th.ita.merge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.ita.merge.web.PageText.problems;
import static th.ita.merge.web.PageText.rows;
import static th.ita.merge.web.PageText.savedAs;
import static th.ita.merge.web.PageText.text;
import static th.ita.merge.web.WebPageSupport.FINANCE_FILE;
import static th.ita.merge.web.WebPageSupport.officer;
import static th.ita.merge.web.WebPageSupport.sample;
import static th.ita.merge.web.WebPageSupport.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.unit.DataSize;

import th.ita.merge.Fixtures;
import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureSheet;

/**
 * The officer's pages about the round, signed in: the board with a row for every division of the
 * plan, the templates (all in one zip, or one), a division's page with its link and its files, and
 * a new link for a division when its link leaked, after which the old one is refused.
 */
@WebPageSupport.Context
class OfficerPageTests {

	private static final List<String> DIVISIONS = List.of("สำนักปลัด", "กองคลัง", "กองช่าง",
			"กองการศึกษา ศาสนาและวัฒนธรรม", "หน่วยตรวจสอบภายใน");

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void serve(DynamicPropertyRegistry registry) throws IOException {
		WebPageSupport.serve(registry, folder, DataSize.ofMegabytes(20));
	}

	@Autowired
	private MockMvc mvc;

	@Test
	void listsEveryDivisionOfThePlanOnTheBoard() throws Exception {
		MvcResult board = this.mvc.perform(get("/officer").with(officer())).andExpect(status().isOk()).andReturn();

		assertThat(text(board)).contains("การส่งไฟล์ของสำนัก/กอง")
			.contains("องค์การบริหารส่วนตำบลขามสะแกแสง อำเภอขามสะแกแสง จังหวัดนครราชสีมา · รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2566")
			.contains("ดาวน์โหลดแบบรายงานทุกสำนัก/กอง (zip)");
		List<List<String>> rows = rows(board);
		assertThat(rows).extracting((cells) -> cells.get(0)).containsExactlyInAnyOrderElementsOf(DIVISIONS);
		assertThat(PageText.html(board)).contains("/officer/templates/WORKS").contains("/officer/division/AUDIT");
		for (String division : List.of("PALAD", "WORKS", "EDUCATION", "AUDIT")) {
			assertThat(PageText.html(board)).as("the board shows the link of " + division)
				.contains(WebPageSupport.link(this.mvc, division));
		}
		assertThat(rows).filteredOn((cells) -> List.of("สำนักปลัด", "กองช่าง").contains(cells.get(0)))
			.as("divisions no test here sends a file for").hasSize(2)
			.allSatisfy((cells) -> assertThat(cells.subList(1, 5)).containsExactly("ยังไม่ได้ส่ง", "", "", "0"));
	}

	@Test
	void givesEveryDivisionsTemplateInOneZip() throws Exception {
		MvcResult zip = this.mvc.perform(get("/officer/templates").with(officer())).andExpect(status().isOk()).andReturn();

		assertThat(zip.getResponse().getContentType()).isEqualTo("application/zip");
		assertThat(savedAs(zip)).isEqualTo("แบบรายงาน-2566-รอบ1.zip");
		List<String> names = new ArrayList<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				names.add(entry.getName());
				try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(entries.readAllBytes()))) {
					assertThat(template.getSheet(MeasureSheet.NAME)).as(entry.getName()).isNotNull();
				}
			}
		}
		assertThat(names).containsExactlyInAnyOrderElementsOf(
				DIVISIONS.stream().map((name) -> "ita-2566-รอบ1-" + name + ".xlsx").toList());
	}

	@Test
	void givesOneDivisionsTemplate() throws Exception {
		MvcResult template = this.mvc.perform(get("/officer/templates/FINANCE").with(officer()))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(template.getResponse().getContentType()).contains("spreadsheetml.sheet");
		assertThat(savedAs(template)).isEqualTo(FINANCE_FILE);
		try (OutputWorkbook workbook = PageText.workbook(template)) {
			assertThat(workbook.rows(MeasureSheet.NAME, 1)).extracting((cells) -> cells.get(0))
				.contains("IIT-4.1", "OIT-10.1");
		}
		this.mvc.perform(get("/officer/templates/NOBODY").with(officer())).andExpect(status().isNotFound());
	}

	@Test
	void showsADivisionsPageWithItsLinkAndWhatItSent() throws Exception {
		MvcResult before = this.mvc.perform(get("/officer/division/AUDIT").with(officer()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(text(before)).contains("หน่วยตรวจสอบภายใน").contains("ยังไม่ได้ส่งไฟล์");
		Path mistaken = WebPageSupport.edited(folder, "ita-2566-รอบ1-หน่วยตรวจสอบภายใน.xlsx", "EIT-7.3",
				MeasureColumn.STATE, "");
		String cell = WorkbookEdits.cellOf(mistaken, "EIT-7.3", MeasureColumn.STATE);
		this.mvc.perform(upload(WebPageSupport.link(this.mvc, "AUDIT"), mistaken).param("sender", "นางสาวตรวจ สอบดี")
			.with(csrf())).andExpect(status().isOk());

		MvcResult after = this.mvc.perform(get("/officer/division/AUDIT").with(officer())).andReturn();

		assertThat(text(after)).contains("โดย นางสาวตรวจ สอบดี (ใช้ในการรวมครั้งถัดไป)");
		assertThat(problems(after)).anySatisfy((problem) -> assertThat(problem.subList(1, 4))
			.containsExactly("ข้อผิดพลาด", MeasureSheet.NAME, cell));
		MvcResult file = this.mvc.perform(get(PageText.href(after, "/file")).with(officer()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(Files.readAllBytes(mistaken));
		MvcResult feedback = this.mvc.perform(get(PageText.href(after, "/feedback")).with(officer()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(savedAs(feedback)).isEqualTo("แจ้งกลับ-" + mistaken.getFileName());
		try (OutputWorkbook copy = PageText.workbook(feedback)) {
			assertThat(copy.rows("ข้อผิดพลาด", 7)).anySatisfy((cells) -> assertThat(cells).contains(cell));
		}
		assertThat(WebPageSupport.boardRow(this.mvc, "หน่วยตรวจสอบภายใน").subList(1, 3)).satisfies((cells) -> {
			assertThat(cells.get(0)).contains("โดย นางสาวตรวจ สอบดี");
			assertThat(cells.get(1)).as("errors").isEqualTo("1");
		});
	}

	@Test
	void answersADivisionOrUploadThatIsNotThereWithNotFound() throws Exception {
		this.mvc.perform(get("/officer/division/NOBODY").with(officer())).andExpect(status().isNotFound());
		this.mvc.perform(post("/officer/division/NOBODY/reissue").with(officer()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/officer/uploads/no-such-upload/file").with(officer())).andExpect(status().isNotFound());
		this.mvc.perform(get("/officer/uploads/no-such-upload/feedback").with(officer())).andExpect(status().isNotFound());
	}

	@Test
	void revokesALinkAndIssuesANewOne() throws Exception {
		String old = WebPageSupport.link(this.mvc, "FINANCE");
		this.mvc.perform(get(old)).andExpect(status().isOk());

		MvcResult reissued = this.mvc.perform(post("/officer/division/FINANCE/reissue").with(officer()).with(csrf()))
			.andExpect(redirectedUrl("/officer/division/FINANCE"))
			.andExpect(flash().attribute("reissued", true))
			.andReturn();

		MvcResult page = this.mvc.perform(get("/officer/division/FINANCE").with(officer())
			.flashAttrs(reissued.getFlashMap())).andReturn();
		assertThat(text(page)).contains("ออกลิงก์ใหม่แล้ว ลิงก์เดิมใช้ไม่ได้อีก");
		String renewed = WebPageSupport.link(this.mvc, "FINANCE");
		assertThat(renewed).isNotEqualTo(old);
		Map<String, String> before = Fixtures.hashes(WebPageSupport.input(folder));
		for (MvcResult refused : List.of(this.mvc.perform(get(old)).andReturn(),
				this.mvc.perform(upload(old, sample(FINANCE_FILE)).with(csrf())).andReturn())) {
			assertThat(refused.getResponse().getStatus()).isEqualTo(403);
			assertThat(text(refused)).contains("นิติกรยกเลิกลิงก์นี้แล้วและออกลิงก์ใหม่ให้สำนัก/กองของท่าน");
		}
		assertThat(Fixtures.hashes(WebPageSupport.input(folder))).isEqualTo(before);
		assertThat(text(this.mvc.perform(upload(renewed, sample(FINANCE_FILE)).with(csrf()))
			.andExpect(status().isOk()).andReturn())).contains("ส่งแบบรายงาน: กองคลัง").contains("รับไฟล์แล้ว");
		assertThat(WebPageSupport.input(folder).resolve(FINANCE_FILE)).hasSameBinaryContentAs(sample(FINANCE_FILE));
	}

}
