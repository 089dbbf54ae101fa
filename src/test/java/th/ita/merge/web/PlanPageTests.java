package th.ita.merge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.ita.merge.web.PageText.rows;
import static th.ita.merge.web.PageText.text;
import static th.ita.merge.web.WebPageSupport.officer;
import static th.ita.merge.web.WebPageSupport.planForm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.unit.DataSize;

import th.ita.merge.Fixtures;
import th.ita.merge.plan.PlanLayout;

/**
 * The plan, from the board: the first plan taken, a new plan replacing the one before, and a plan
 * that cannot be used refused with the command's Thai problem list while the plan before stays in
 * use. Each test leaves the samples' plan in place.
 */
@WebPageSupport.Context
class PlanPageTests {

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void serve(DynamicPropertyRegistry registry) throws IOException {
		WebPageSupport.serve(registry, folder, DataSize.ofMegabytes(20));
	}

	@Autowired
	private MockMvc mvc;

	@Test
	void takesTheFirstPlanOfTheYear() throws Exception {
		Files.delete(planFile());
		MvcResult empty = board();
		assertThat(text(empty)).contains("ยังไม่มีแผนของปีนี้").contains("ส่งแผน").doesNotContain("เปลี่ยนแผน");
		assertThat(rows(empty)).isEmpty();
		this.mvc.perform(get("/officer/templates").with(officer())).andExpect(status().isNotFound());
		assertThat(text(this.mvc.perform(get("/officer/merge").with(officer())).andReturn()))
			.contains("ยังไม่มีแผนที่ใช้ได้").doesNotContain("รวมไฟล์ทั้งหมดตอนนี้");
		this.mvc.perform(post("/officer/merge").with(officer()).with(csrf()))
			.andExpect(redirectedUrl("/officer/merge"))
			.andExpect(flash().attribute("problem", "ยังไม่มีแผนที่ใช้ได้ ให้ส่งไฟล์แผนที่หน้าหลักก่อน"));

		this.mvc.perform(planForm(Fixtures.SAMPLES.resolve("plan.xlsx")).with(officer()).with(csrf()))
			.andExpect(redirectedUrl("/officer?plan"));

		MvcResult taken = this.mvc.perform(get("/officer?plan").with(officer())).andReturn();
		assertThat(text(taken)).contains("รับแผนแล้ว").contains("เปลี่ยนแผน").doesNotContain("ยังไม่มีแผนของปีนี้");
		assertThat(rows(taken)).hasSize(5);
		assertThat(planFile()).hasSameBinaryContentAs(Fixtures.SAMPLES.resolve("plan.xlsx"));
	}

	@Test
	void replacesThePlanWithANewOne() throws Exception {
		Path renamed = WebPageSupport.plan(folder.resolve("renamed"), PlanLayout.ORGANIZATION_NAME, "เทศบาลตำบลทดสอบ");

		this.mvc.perform(planForm(renamed).with(officer()).with(csrf())).andExpect(redirectedUrl("/officer?plan"));

		try {
			assertThat(planFile()).hasSameBinaryContentAs(renamed);
			assertThat(text(board())).contains("เทศบาลตำบลทดสอบ อำเภอขามสะแกแสง")
				.doesNotContain("องค์การบริหารส่วนตำบลขามสะแกแสง");
		}
		finally {
			this.mvc.perform(planForm(Fixtures.SAMPLES.resolve("plan.xlsx")).with(officer()).with(csrf()))
				.andExpect(redirectedUrl("/officer?plan"));
		}
		assertThat(text(board())).contains("องค์การบริหารส่วนตำบลขามสะแกแสง");
	}

	@Test
	void refusesAPlanWithAMistakeNamingItsCellAndKeepsThePlanBefore() throws Exception {
		byte[] before = Files.readAllBytes(planFile());
		Path wrongRound = WebPageSupport.plan(folder.resolve("wrong-round"), PlanLayout.ROUND, "รอบแรก");

		MvcResult refused = this.mvc.perform(planForm(wrongRound).with(officer()).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn();

		assertThat(text(refused)).contains("ใช้ไฟล์แผนนี้ไม่ได้ ให้แก้ไขตามรายการต่อไปนี้แล้วส่งใหม่ (แผนเดิมยังใช้อยู่)");
		List<List<String>> rows = rows(refused);
		assertThat(rows).anySatisfy((cells) -> {
			assertThat(cells.subList(0, 3)).containsExactly(PlanLayout.ORGANIZATION_SHEET, "B7", "รอบแรก");
			assertThat(cells.get(3)).startsWith("รอบการรายงาน \"รอบแรก\" ไม่ถูกต้อง");
		});
		assertThat(rows).as("the divisions of the plan before are still listed")
			.anySatisfy((cells) -> assertThat(cells.get(0)).isEqualTo("กองคลัง"));
		assertThat(planFile()).hasBinaryContent(before);
		assertThat(text(board())).contains("รอบ 6 เดือน ประจำปีงบประมาณ พ.ศ. 2566").doesNotContain("ใช้ไฟล์แผนนี้ไม่ได้");
	}

	@Test
	void showsTheMistakesOfAPlanCopiedIntoTheInputFolder() throws Exception {
		Path wrongRound = WebPageSupport.plan(folder.resolve("copied"), PlanLayout.ROUND, "รอบแรก");
		Files.copy(wrongRound, planFile(), StandardCopyOption.REPLACE_EXISTING);
		// a time of its own, however coarse the file system's clock: the pages read the plan again when it changes
		Files.setLastModifiedTime(planFile(), FileTime.from(Instant.now().plusSeconds(60)));
		try {
			MvcResult board = board();

			assertThat(text(board)).contains("ไฟล์แผนใน " + planFile() + " ใช้ไม่ได้ ให้แก้ไขตามรายการต่อไปนี้แล้วส่งใหม่");
			assertThat(rows(board)).singleElement()
				.satisfies((cells) -> assertThat(cells.subList(0, 3)).containsExactly(PlanLayout.ORGANIZATION_SHEET, "B7",
						"รอบแรก"));
			MvcResult link = this.mvc.perform(get("/upload/any-link")).andExpect(status().isNotFound()).andReturn();
			assertThat(text(link)).contains("หากนิติกรยังไม่ได้ส่งแผนของปีนี้เข้าระบบ ลิงก์จะยังใช้ไม่ได้");
		}
		finally {
			this.mvc.perform(planForm(Fixtures.SAMPLES.resolve("plan.xlsx")).with(officer()).with(csrf()))
				.andExpect(redirectedUrl("/officer?plan"));
		}
		assertThat(rows(board())).hasSize(5);
	}

	@Test
	void refusesAFileThatIsNoPlan() throws Exception {
		byte[] before = Files.readAllBytes(planFile());

		Path hostile = Path.of("src/test/resources/validation");
		for (Path notAPlan : List.of(Fixtures.SAMPLES.resolve(WebPageSupport.FINANCE_FILE), textFile(),
				hostile.resolve("zipBomb.xlsx"), hostile.resolve("billionLaughs.xlsx"))) {
			MvcResult refused = this.mvc.perform(planForm(notAPlan).with(officer()).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andReturn();

			assertThat(text(refused)).as(notAPlan.getFileName().toString()).contains("ใช้ไฟล์แผนนี้ไม่ได้");
			assertThat(rows(refused)).anySatisfy((cells) -> assertThat(cells).hasSize(4)
				.satisfies((problem) -> assertThat(problem.get(3)).isNotBlank()));
		}
		assertThat(planFile()).hasBinaryContent(before);
	}

	@Test
	void asksForAPlanWhenNoFileWasChosen() throws Exception {
		MvcResult empty = this.mvc.perform(MockMvcRequestBuilders.multipart("/officer/plan")
			.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
			.with(officer())
			.with(csrf())).andExpect(status().isBadRequest()).andReturn();

		assertThat(text(empty)).contains("ยังไม่ได้เลือกไฟล์แผน ให้กดเลือกไฟล์ plan.xlsx แล้วกดส่ง");
		assertThat(planFile()).hasSameBinaryContentAs(Fixtures.SAMPLES.resolve("plan.xlsx"));
	}

	private MvcResult board() throws Exception {
		return this.mvc.perform(get("/officer").with(officer())).andExpect(status().isOk()).andReturn();
	}

	private static Path textFile() throws IOException {
		Path text = Files.createDirectories(folder.resolve("text")).resolve("plan.xlsx");
		return Files.writeString(text, "รหัสสำนัก/กอง,ชื่อสำนัก/กอง\nFINANCE,กองคลัง\n", StandardCharsets.UTF_8);
	}

	private static Path planFile() {
		return WebPageSupport.input(folder).resolve("plan.xlsx");
	}

}
