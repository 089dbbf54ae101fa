package th.ita.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.measure.MeasureOutputs;

/**
 * The merge started with no locale at all ({@code env -i}, as a scheduled task or a service may
 * start it), where the JVM would read every Thai file name as question marks: it runs itself again
 * in a UTF-8 locale, so the samples merge whole, under their own names, with a Thai console.
 */
class Utf8LocaleTests {

	@TempDir
	private Path work;

	@Test
	void mergesTheSamplesUnderTheirThaiNamesWhenStartedWithoutALocale() throws Exception {
		Path input = Fixtures.copySamples(this.work.resolve("input"));
		Path output = this.work.resolve("output");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder merge = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				ItaMergeApplication.class.getName(), "merge", "--input", input.toString(), "--output", output.toString())
			.redirectErrorStream(true);
		merge.environment().clear();
		merge.environment().put("PATH", System.getenv("PATH"));

		Process process = merge.start();
		String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(console).isZero();
		assertThat(console).contains("อ่านไฟล์ 2/5: ita-2566-รอบ1-กองคลัง.xlsx").contains("รวม 5 ไฟล์").doesNotContain("??");
		try (OutputWorkbook workbook = OutputWorkbook.open(output.resolve("ita-2566-round1.xlsx"))) {
			List<List<String>> register = workbook.rows(MeasureOutputs.REGISTER_SHEET, 12);
			assertThat(register.subList(1, register.size())).extracting((row) -> row.get(9))
				.contains("ita-2566-รอบ1-กองคลัง.xlsx", "ita-2566-รอบ1-หน่วยตรวจสอบภายใน.xlsx")
				.noneMatch((name) -> name.contains("?"));
		}
	}

}
