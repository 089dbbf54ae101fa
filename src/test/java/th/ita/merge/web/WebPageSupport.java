package th.ita.merge.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.unit.DataSize;

import th.ita.merge.Fixtures;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.plan.PlanLayout;
import th.ita.merge.merge.MergeOutputs;

/**
 * What the MockMvc tests of the office's web page share: the application as {@code serve} runs it
 * (the properties of {@link WebServer#properties}, on folders of the test's own), the samples'
 * plan in its input folder, the officer signed in, a division's link as the officer copies it
 * from the division's page, and copies of the samples with a clerk's changes. How a page is read
 * is {@link PageText}'s.
 */
public final class WebPageSupport {

	public static final String FINANCE = "FINANCE";

	public static final String WORKS = "WORKS";

	/** กองคลัง's template's name: the name its accepted upload gets in the input folder. */
	public static final String FINANCE_FILE = "ita-2566-รอบ1-กองคลัง.xlsx";

	public static final String WORKS_FILE = "ita-2566-รอบ1-กองช่าง.xlsx";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Pattern LINK = Pattern.compile("id=\"link\"[^>]*value=\"[^\"]*(/upload/[^\"]+)\"");

	/** The application with its web page on, served to MockMvc; its own context, closed after the class. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@SpringBootTest(properties = { "spring.main.web-application-type=servlet", "spring.autoconfigure.exclude=" })
	@AutoConfigureMockMvc
	@DirtiesContext
	public @interface Context {

	}

	private WebPageSupport() {
	}

	/**
	 * The properties {@code serve} starts with, on {@code folder}'s {@code input} (holding the
	 * samples' plan) and {@code output}, the history in a database of the test's own.
	 */
	public static void serve(DynamicPropertyRegistry registry, Path folder, DataSize cap) throws IOException {
		Path input = Files.createDirectories(input(folder));
		Files.copy(Fixtures.SAMPLES.resolve("plan.xlsx"), input.resolve("plan.xlsx"));
		WebServer.Settings settings = new WebServer.Settings(input, output(folder), 0, cap);
		Path work = settings.output().resolve(MergeOutputs.WORK_FOLDER);
		for (String property : WebServer.properties(settings, work, cap.toBytes(), folder.resolve("ita-merge.log"))) {
			String name = property.substring(0, property.indexOf('='));
			String value = property.substring(property.indexOf('=') + 1);
			if (!name.startsWith("logging.")) {
				registry.add(name, () -> value);
			}
		}
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:web-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	public static Path input(Path folder) {
		return folder.resolve("input");
	}

	public static Path output(Path folder) {
		return folder.resolve("output");
	}

	public static Path sample(String name) {
		return Fixtures.SAMPLES.resolve(name);
	}

	/** The legal officer, signed in. */
	public static RequestPostProcessor officer() {
		return user("officer").roles("OFFICER");
	}

	/** A division's upload form sent with {@code file}, under the name it has on the division's PC. */
	public static MockMultipartHttpServletRequestBuilder upload(String link, Path file) throws IOException {
		return upload(link, file.getFileName().toString(), Files.readAllBytes(file));
	}

	public static MockMultipartHttpServletRequestBuilder upload(String link, String name, byte[] content) {
		return multipart(link).file(new MockMultipartFile("file", name, XLSX, content));
	}

	/** The plan form of the board, sent with {@code plan}. */
	public static MockMultipartHttpServletRequestBuilder planForm(Path plan) throws IOException {
		return multipart("/officer/plan").file(new MockMultipartFile("file", plan.getFileName().toString(), XLSX,
				Files.readAllBytes(plan)));
	}

	/**
	 * A copy of the samples' plan, in {@code folder}, with one setting of the organization sheet
	 * (found by its label) changed.
	 */
	public static Path plan(Path folder, String label, String value) throws IOException {
		Path plan = Files.createDirectories(folder).resolve("plan.xlsx");
		Files.copy(Fixtures.SAMPLES.resolve("plan.xlsx"), plan, StandardCopyOption.REPLACE_EXISTING);
		WorkbookEdits.edit(plan, (workbook) -> {
			for (Row row : workbook.getSheet(PlanLayout.ORGANIZATION_SHEET)) {
				if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
					row.getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
				}
			}
		});
		return plan;
	}

	/**
	 * A copy of a division's sample, under the sample's name in a new folder of {@code folder},
	 * with one cell of a measure changed as a clerk would ("" empties it).
	 */
	public static Path edited(Path folder, String sample, String measure, MeasureColumn column, String value)
			throws IOException {
		Path copy = Files.createTempDirectory(folder, "edited").resolve(sample);
		Files.copy(sample(sample), copy);
		WorkbookEdits.setMeasureCell(copy, measure, column, value);
		return copy;
	}

	/**
	 * A division's row on the officer's board: name, file received, errors, warnings, files
	 * superseded, link, template.
	 */
	public static List<String> boardRow(MockMvc mvc, String division) throws Exception {
		return PageText.rows(mvc.perform(get("/officer").with(officer())).andReturn()).stream()
			.filter((cells) -> cells.get(0).equals(division))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row of " + division + " on the board"));
	}

	/** The division's link ("/upload/…") as its page shows it to the officer. */
	public static String link(MockMvc mvc, String division) throws Exception {
		String page = PageText.html(mvc.perform(get("/officer/division/" + division).with(officer())).andReturn());
		Matcher link = LINK.matcher(page);
		if (!link.find()) {
			throw new AssertionError("No link on the page of " + division + ":\n" + page);
		}
		return link.group(1);
	}

}
