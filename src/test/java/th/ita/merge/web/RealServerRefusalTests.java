package th.ita.merge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import th.ita.merge.Fixtures;

/**
 * What only the real server answers, which a mock cannot reach: a file over the size cap is
 * stopped by the servlet container before any page reads it, yet the division still gets the
 * Thai page saying so (the CSRF token rides in the form's address, since a body over the cap is
 * never parsed); a form without its token, an unknown link and an unknown page get Thai pages
 * from the container's own error dispatch.
 */
class RealServerRefusalTests {

	private static final String FINANCE_FILE = "ita-2566-รอบ1-กองคลัง.xlsx";

	@TempDir
	Path work;

	@Test
	void aFileOverTheCapIsAnsweredWithTheThaiPageAndKeptNowhere() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Files.delete(input.resolve(FINANCE_FILE));
		Path big = this.work.resolve("big.xlsx");
		Files.write(big, new byte[3 * 1024 * 1024]);
		WebServer.Settings settings = new WebServer.Settings(input, this.work.resolve("output"), 0,
				DataSize.ofMegabytes(1));
		try (ConfigurableApplicationContext server = HttpBrowser.startOnLoopback(settings, this.work.resolve("web.log"))) {
			HttpBrowser officer = new HttpBrowser(HttpBrowser.base(server));
			officer.signInAsOfficer();
			String link = HttpBrowser.firstMatch("value=\"[^\"]*(/upload/[\\w-]+)\"[^>]*aria-label=\"ลิงก์ของ กองคลัง\"",
					officer.get("/officer").body());
			HttpBrowser division = new HttpBrowser(HttpBrowser.base(server));
			String page = division.get(link).body();
			String action = HttpBrowser.firstMatch("action=\"(/upload/[^\"]+)\"", page).replace("&amp;", "&");

			HttpResponse<String> tooLarge = division.postFile(action, "สมศรี", big);

			assertThat(tooLarge.statusCode()).isEqualTo(413);
			assertThat(tooLarge.body()).contains("ไม่รับไฟล์นี้").contains("ไฟล์ใหญ่เกิน 1 MB");
			assertThat(input.resolve(FINANCE_FILE)).doesNotExist();
			assertThat(division.get(link).body()).as("no upload recorded").doesNotContain("ไฟล์ล่าสุดที่ส่ง");

			HttpResponse<String> withinCap = division.postFile(action, "สมศรี",
					Fixtures.SAMPLES.resolve(FINANCE_FILE));
			assertThat(withinCap.statusCode()).as("the next file is taken as usual").isEqualTo(200);
			assertThat(input.resolve(FINANCE_FILE)).hasSameBinaryContentAs(Fixtures.SAMPLES.resolve(FINANCE_FILE));
		}
	}

	@Test
	void theContainersOwnRefusalsAreThaiPages() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		WebServer.Settings settings = new WebServer.Settings(input, this.work.resolve("output"), 0,
				DataSize.ofMegabytes(20));
		try (ConfigurableApplicationContext server = HttpBrowser.startOnLoopback(settings, this.work.resolve("web.log"))) {
			HttpBrowser officer = new HttpBrowser(HttpBrowser.base(server));
			officer.signInAsOfficer();

			HttpResponse<String> noToken = officer.postForm("/officer/merge", Map.of());
			assertThat(noToken.statusCode()).isEqualTo(403);
			assertThat(noToken.body()).contains("ทำรายการนี้ไม่ได้").contains("โหลดหน้าใหม่");
			assertThat(officer.get("/officer/merge").body()).as("no merge started").doesNotContain("รวมเสร็จ");

			HttpResponse<String> unknownLink = officer.get("/upload/no-such-link");
			assertThat(unknownLink.statusCode()).isEqualTo(404);
			assertThat(unknownLink.body()).contains("ลิงก์ส่งไฟล์นี้ใช้ไม่ได้");

			HttpResponse<String> unknownDivision = officer.get("/officer/division/NO-SUCH");
			assertThat(unknownDivision.statusCode()).isEqualTo(404);
			assertThat(unknownDivision.body()).contains("ไม่พบหน้านี้");
		}
	}

}
