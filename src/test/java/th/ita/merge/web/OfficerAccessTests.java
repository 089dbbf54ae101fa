package th.ita.merge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.ita.merge.web.PageText.text;
import static th.ita.merge.web.WebPageSupport.officer;
import static th.ita.merge.web.WebPageSupport.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;

import th.ita.merge.Fixtures;
import th.ita.merge.plan.PlanLayout;

/**
 * Who may open what: every officer's page sends a visitor who has not signed in to the sign-in
 * page; every form sent without its CSRF token, signed in or not, is refused with the Thai 403 page
 * and changes nothing; an address that is no page of the application is opened by nobody; and
 * errors are answered with the Thai error pages (rendered here through {@code /error} as the
 * server forwards there: MockMvc does not forward).
 */
@WebPageSupport.Context
class OfficerAccessTests {

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void serve(DynamicPropertyRegistry registry) throws IOException {
		WebPageSupport.serve(registry, folder, DataSize.ofMegabytes(20));
	}

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/officer", "/officer/merge", "/officer/runs", "/officer/templates",
			"/officer/templates/FINANCE", "/officer/division/FINANCE", "/officer/uploads/any/file",
			"/officer/uploads/any/feedback", "/officer/outputs/ita-2566-round1.xlsx", "/officer/outputs/feedback.zip",
			"/officer/runs/1/ita-2566-round1.xlsx" })
	void sendsToTheSignInPageFromEveryOfficersPage(String page) throws Exception {
		MvcResult visit = this.mvc.perform(get(page)).andExpect(status().isFound()).andReturn();

		assertThat(visit.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(visit.getResponse().getContentAsByteArray()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/officer/merge", "/officer/division/FINANCE/reissue" })
	void sendsToTheSignInPageFromEveryOfficersForm(String form) throws Exception {
		MvcResult sent = this.mvc.perform(post(form).with(csrf())).andExpect(status().isFound()).andReturn();

		assertThat(sent.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void sendsToTheSignInPageFromThePlanFormAndKeepsThePlan() throws Exception {
		byte[] plan = Files.readAllBytes(planFile());

		MvcResult sent = this.mvc.perform(planForm().with(csrf())).andExpect(status().isFound()).andReturn();

		assertThat(sent.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(planFile()).hasBinaryContent(plan);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/officer/merge", "/officer/division/FINANCE/reissue", "/logout" })
	void refusesTheOfficersFormsWithoutTheirCsrfToken(String form) throws Exception {
		String link = WebPageSupport.link(this.mvc, "FINANCE");

		for (MvcResult refused : new MvcResult[] { this.mvc.perform(post(form).with(officer())).andReturn(),
				this.mvc.perform(post(form)).andReturn() }) {
			assertThat(refused.getResponse().getStatus()).isEqualTo(403);
			assertThat(refused.getResponse().getForwardedUrl()).isEqualTo("/denied");
		}
		assertThat(WebPageSupport.link(this.mvc, "FINANCE")).as("the link is not reissued").isEqualTo(link);
		assertThat(text(this.mvc.perform(get("/officer/merge").with(officer())).andReturn()))
			.as("no merge started").contains("ยังไม่มี").doesNotContain("กำลังรวมไฟล์…");
	}

	@Test
	void refusesThePlanFormWithoutItsCsrfTokenAndKeepsThePlan() throws Exception {
		byte[] plan = Files.readAllBytes(planFile());

		this.mvc.perform(planForm().with(officer()))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/denied"));

		assertThat(planFile()).hasBinaryContent(plan);
	}

	@Test
	void refusesADivisionsUploadWithoutItsCsrfToken() throws Exception {
		Path input = WebPageSupport.input(folder);
		Map<String, String> before = Fixtures.hashes(input);

		this.mvc.perform(upload(WebPageSupport.link(this.mvc, "FINANCE"), WebPageSupport.sample(WebPageSupport.FINANCE_FILE)))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/denied"));

		assertThat(Fixtures.hashes(input)).isEqualTo(before);
		assertThat(text(this.mvc.perform(get("/officer/division/FINANCE").with(officer())).andReturn()))
			.contains("ยังไม่ได้ส่งไฟล์");
	}

	@Test
	void saysInThaiWhyAFormWasRefused() throws Exception {
		MvcResult denied = this.mvc.perform(get("/denied")).andExpect(status().isForbidden()).andReturn();

		assertThat(text(denied)).contains("ทำรายการนี้ไม่ได้")
			.contains("หน้าเว็บหมดอายุหรือไม่ได้เปิดจากหน้านี้โดยตรง")
			.contains("กลับหน้าหลักของนิติกร");
	}

	@ParameterizedTest
	@CsvSource({ "404, ไม่พบหน้านี้, ที่อยู่นี้ไม่มีในระบบ", "403, ไม่มีสิทธิ์เปิดหน้านี้, หน้านี้สำหรับนิติกรเท่านั้น",
			"500, ระบบทำรายการนี้ไม่สำเร็จ, รายละเอียดทางเทคนิคบันทึกไว้ในไฟล์ ita-merge.log",
			"400, ทำรายการนี้ไม่ได้, คำขอนี้ไม่ถูกต้อง" })
	void answersErrorsWithThaiPages(int code, String heading, String advice) throws Exception {
		MvcResult error = this.mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/officer/somewhere")).andReturn();

		assertThat(error.getResponse().getStatus()).isEqualTo(code);
		assertThat(text(error)).contains(heading).contains(advice).doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/h2-console", "/actuator", "/officers", "/admin" })
	void opensNoOtherAddressToAnyone(String address) throws Exception {
		MvcResult visitor = this.mvc.perform(get(address)).andExpect(status().isFound()).andReturn();
		assertThat(visitor.getResponse().getRedirectedUrl()).endsWith("/login");

		this.mvc.perform(get(address).with(officer()))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/denied"));
	}

	@Test
	void servesTheStyleSheetToAnyone() throws Exception {
		MvcResult css = this.mvc.perform(get("/ita.css")).andExpect(status().isOk()).andReturn();

		assertThat(css.getResponse().getContentType()).startsWith("text/css");
		assertThat(css.getResponse().getContentAsString()).isNotBlank();
	}

	/** The plan form with a plan that could be taken: another organization's name. */
	private static MockMultipartHttpServletRequestBuilder planForm() throws IOException {
		Path plan = WebPageSupport.plan(folder.resolve("other-plan"), PlanLayout.ORGANIZATION_NAME, "เทศบาลตำบลทดสอบ");
		return WebPageSupport.planForm(plan);
	}

	private static Path planFile() {
		return WebPageSupport.input(folder).resolve("plan.xlsx");
	}

}
