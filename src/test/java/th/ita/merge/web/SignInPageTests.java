package th.ita.merge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.ita.merge.web.PageText.text;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.unit.DataSize;

/**
 * The officer's first password and signing in: the password is set once, only from the office PC
 * itself, at least 8 characters typed the same twice; then the sign-in form takes it and nothing
 * else. Every test starts with no password set.
 */
@WebPageSupport.Context
class SignInPageTests {

	private static final String PASSWORD = "ลับเฉพาะ2566";

	/** An address of another computer (a documentation address: no traffic goes anywhere). */
	private static final String ANOTHER_COMPUTER = "192.0.2.10";

	@TempDir
	static Path folder;

	@DynamicPropertySource
	static void serve(DynamicPropertyRegistry registry) throws IOException {
		WebPageSupport.serve(registry, folder, DataSize.ofMegabytes(20));
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void noPasswordYet() {
		this.jdbc.sql("DELETE FROM ITA_WEB_OFFICER").update();
	}

	@Test
	void asksForTheFirstPasswordOnThisComputerOnly() throws Exception {
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/officer"));
		this.mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));

		for (String here : new String[] { "127.0.0.1", "0:0:0:0:0:0:0:1" }) {
			MvcResult setup = this.mvc.perform(get("/setup").with(from(here))).andExpect(status().isOk()).andReturn();
			assertThat(text(setup)).contains("ตั้งรหัสผ่านของนิติกร").contains("อย่างน้อย 8 ตัวอักษร");
		}
		MvcResult elsewhere = this.mvc.perform(get("/setup").with(from(ANOTHER_COMPUTER)))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(text(elsewhere)).contains("ยังไม่ได้ตั้งรหัสผ่านของนิติกร")
			.contains("ตั้งรหัสผ่านได้จากเครื่องที่เปิดโปรแกรม ITA Merge เท่านั้น")
			.doesNotContain("พิมพ์รหัสผ่านอีกครั้ง");
	}

	@Test
	void refusesToSetThePasswordFromAnotherComputer() throws Exception {
		MvcResult refused = this.mvc.perform(setup(PASSWORD, PASSWORD).with(from(ANOTHER_COMPUTER)))
			.andExpect(status().isForbidden())
			.andReturn();

		assertThat(text(refused)).contains("ตั้งรหัสผ่านได้จากเครื่องที่เปิดโปรแกรม ITA Merge เท่านั้น");
		this.mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
		this.mvc.perform(formLogin("/login").user("officer").password(PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void refusesAPasswordShorterThanEightCharacters() throws Exception {
		MvcResult refused = this.mvc.perform(setup("1234567", "1234567")).andExpect(status().isBadRequest()).andReturn();

		assertThat(text(refused)).contains("รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร").contains("ตั้งรหัสผ่านของนิติกร");
		this.mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
	}

	@Test
	void refusesTwoPasswordsThatDiffer() throws Exception {
		MvcResult refused = this.mvc.perform(setup(PASSWORD, PASSWORD + "x")).andExpect(status().isBadRequest()).andReturn();

		assertThat(text(refused)).contains("รหัสผ่านทั้งสองช่องไม่ตรงกัน ให้พิมพ์ใหม่");
		this.mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
	}

	@Test
	void setsThePasswordAndSignsInWithItThroughThePagesOwnForms() throws Exception {
		MockHttpSession browser = new MockHttpSession();
		MvcResult setupPage = this.mvc.perform(get("/setup").session(browser)).andReturn();
		this.mvc.perform(post(PageText.formAction(setupPage, "/setup")).session(browser)
			.param("password", PASSWORD)
			.param("again", PASSWORD)
			.param("_csrf", PageText.csrfToken(setupPage))).andExpect(redirectedUrl("/login?ready"));

		MvcResult loginPage = this.mvc.perform(get("/login?ready").session(browser)).andExpect(status().isOk()).andReturn();
		assertThat(text(loginPage)).contains("ตั้งรหัสผ่านแล้ว ให้เข้าสู่ระบบด้วยรหัสผ่านนั้น");
		assertThat(this.jdbc.sql("SELECT PASSWORD_HASH FROM ITA_WEB_OFFICER").query(String.class).single())
			.startsWith("$2").doesNotContain(PASSWORD);
		MvcResult signedIn = this.mvc.perform(post(PageText.formAction(loginPage, "/login")).session(browser)
			.param("username", "officer")
			.param("password", PASSWORD)
			.param("_csrf", PageText.csrfToken(loginPage)))
			.andExpect(redirectedUrl("/officer"))
			.andExpect(authenticated().withUsername("officer").withRoles("OFFICER"))
			.andReturn();
		MvcResult board = this.mvc.perform(get("/officer").session(session(signedIn)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(text(board)).contains("การส่งไฟล์ของสำนัก/กอง").contains("กองคลัง").contains("ออกจากระบบ");
	}

	@Test
	void keepsTheFirstPasswordWhenSetupIsTriedAgain() throws Exception {
		this.mvc.perform(setup(PASSWORD, PASSWORD)).andExpect(redirectedUrl("/login?ready"));

		this.mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(setup("another-password", "another-password")).andExpect(redirectedUrl("/login"));

		this.mvc.perform(formLogin("/login").user("officer").password("another-password"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user("officer").password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		this.mvc.perform(setup(PASSWORD, PASSWORD)).andExpect(redirectedUrl("/login?ready"));

		this.mvc.perform(formLogin("/login").user("officer").password("ลับเฉพาะ2565"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user("admin").password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		assertThat(text(this.mvc.perform(get("/login?error")).andExpect(status().isOk()).andReturn()))
			.contains("รหัสผ่านไม่ถูกต้อง ให้พิมพ์ใหม่");
	}

	@Test
	void signsOut() throws Exception {
		this.mvc.perform(setup(PASSWORD, PASSWORD)).andExpect(redirectedUrl("/login?ready"));
		MockHttpSession session = session(
				this.mvc.perform(formLogin("/login").user("officer").password(PASSWORD)).andReturn());

		this.mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?out"));

		assertThat(text(this.mvc.perform(get("/login?out")).andReturn())).contains("ออกจากระบบแล้ว");
		assertThat(this.mvc.perform(get("/officer").session(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void refusesTheSetupFormWithoutItsCsrfToken() throws Exception {
		this.mvc.perform(post("/setup").param("password", PASSWORD).param("again", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/denied"));

		this.mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
	}

	private static MockHttpServletRequestBuilder setup(String password, String again) {
		return post("/setup").param("password", password).param("again", again).with(csrf());
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static MockHttpSession session(MvcResult result) {
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
