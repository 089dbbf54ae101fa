package th.ita.merge.problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemCode} and {@link Problem}: every code a user can cause has its Thai
 * text, and the text is filled in with the value found and the details.
 */
class ProblemCodeTests {

	private static final String THAI_LETTER = ".*[\\u0E01-\\u0E2E].*";

	@Test
	void everyProblemCodeHasAThaiMessage() {
		for (ProblemCode code : ProblemCode.values()) {
			// when
			String template = code.template();

			// then
			assertThat(template).as("Thai message of %s", code).isNotBlank().matches(THAI_LETTER);
		}
	}

	@Test
	void everyProblemCodeHasAThaiTitleOfItsOwn() {
		// when
		List<String> titles = Arrays.stream(ProblemCode.values()).map(ProblemCode::title).toList();

		// then
		assertThat(titles).allSatisfy((title) -> assertThat(title).isNotBlank().matches(THAI_LETTER));
		assertThat(titles).as("each kind of problem can be told apart by its title").doesNotHaveDuplicates();
		assertThat(ProblemCode.STATE_UNKNOWN.title()).isEqualTo("สถานะไม่ถูกต้อง");
	}

	@Test
	void everyMessageInThePropertiesBelongsToACodeOrIsAPhrase() throws IOException {
		// given
		Properties messages = new Properties();
		try (InputStream in = ProblemCode.class.getResourceAsStream("/problems_th.properties")) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> codes = Arrays.stream(ProblemCode.values()).map(Enum::name).toList();

		// then
		assertThat(messages.stringPropertyNames())
			.allSatisfy((key) -> assertThat(codes.contains(key) || key.startsWith("FILE_KIND.") || key.startsWith("INPUT_KIND.")
					|| (key.startsWith("TITLE.") && codes.contains(key.substring("TITLE.".length())))).as(key).isTrue());
	}

	/**
	 * No message a user reads is written inline: a problem is made from its code, and any detail
	 * handed to it is data (a value, a sheet name), never Thai words of a message.
	 */
	@Test
	void noProblemIsMadeWithThaiTextWrittenInTheCode() throws IOException {
		Pattern call = Pattern.compile("(Problem\\.of\\(|problems\\.add\\(ProblemCode)[^;]*;");
		Pattern thaiLiteral = Pattern.compile("\"[^\"]*[\\u0E01-\\u0E5B][^\"]*\"");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher calls = call.matcher(Files.readString(file));
				while (calls.find()) {
					if (thaiLiteral.matcher(calls.group()).find()) {
						found.add(file.getFileName() + ": " + calls.group());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void fillsValueFoundAndDetailsIntoTheMessage() {
		// given
		Location where = Location.ofFile("กองคลัง.xlsx").at("ระบุแบบรายงาน", "B3", "ปีงบประมาณ");

		// when
		Problem problem = Problem.of(ProblemCode.OTHER_FISCAL_YEAR, where, "2565", "2566");

		// then
		assertThat(problem.message()).contains("ปีงบประมาณ 2565")
			.contains("ปีงบประมาณ 2566")
			.doesNotContain("{value}")
			.doesNotContain("{0}");
		assertThat(problem.value()).isEqualTo("2565");
	}

	@Test
	void fillsEveryOccurrenceOfADetail() {
		// when
		Problem problem = Problem.of(ProblemCode.OTHER_ORGANIZATION, Location.ofFile("กองช่าง.xlsx"),
				"เทศบาลตำบลขามสะแกแสง", "องค์การบริหารส่วนตำบลขามสะแกแสง");

		// then
		assertThat(problem.message()).contains("\"เทศบาลตำบลขามสะแกแสง\"").doesNotContain("{0}");
		assertThat(problem.message().split("\"องค์การบริหารส่วนตำบลขามสะแกแสง\"", -1)).hasSize(3);
	}

	@Test
	void fillsSecondDetail() {
		// when
		Problem problem = Problem.of(ProblemCode.HEADER_MISSING, Location.ofFile("กองช่าง.xlsx"), "",
				"ผลการดำเนินการ", "มาตรการ");

		// then
		assertThat(problem.message()).contains("\"ผลการดำเนินการ\"").contains("\"มาตรการ\"").doesNotContain("{1}");
	}

	@Test
	void takesPlaceAndSeverityFromLocationAndCode() {
		// given
		Location where = Location.ofFile("กองคลัง.xlsx").at("มาตรการ", "F7", "สถานะ");

		// when
		Problem problem = Problem.of(ProblemCode.STATE_TYPED, where, "ดำเนินการ แล้ว", "OIT-10.1");

		// then
		assertThat(problem).extracting(Problem::severity, Problem::code, Problem::file, Problem::sheet, Problem::cell,
				Problem::field)
			.containsExactly(Severity.WARNING, ProblemCode.STATE_TYPED, "กองคลัง.xlsx", "มาตรการ", "F7", "สถานะ");
		assertThat(problem.isError()).isFalse();
	}

	@Test
	void readsMissingValueAsEmpty() {
		// when
		Problem problem = Problem.of(ProblemCode.MEASURE_UNKNOWN, Location.ofFile("กองคลัง.xlsx"), null);

		// then
		assertThat(problem.value()).isEmpty();
		assertThat(problem.message()).contains("รหัส \"\"").doesNotContain("{value}").doesNotContain("null");
		assertThat(problem.isError()).isTrue();
	}

}
