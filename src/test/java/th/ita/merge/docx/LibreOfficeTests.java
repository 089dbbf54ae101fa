package th.ita.merge.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Tests for {@link LibreOffice}: where it is looked for on Windows and Linux, and what a path
 * given that leads nowhere finds.
 */
class LibreOfficeTests {

	@Test
	void looksOnThePathThenInProgramFilesAndPerUserInstallsOnWindows() {
		// given
		Map<String, String> environment = Map.of("Path", "C:\\Windows;\"C:\\Tools\\LibreOffice\\program\"",
				"ProgramFiles", "C:\\Program Files", "ProgramFiles(x86)", "C:\\Program Files (x86)", "LOCALAPPDATA",
				"C:\\Users\\somchai\\AppData\\Local");

		// when
		List<String> candidates = LibreOffice.candidates(environment, "Windows 11")
			.stream()
			.map((path) -> path.toString().replace('\\', '/'))
			.toList();

		// then
		assertThat(candidates).containsSubsequence("C:/Windows/soffice.com", "C:/Tools/LibreOffice/program/soffice.com",
				"C:/Program Files/LibreOffice/program/soffice.com", "C:/Program Files (x86)/LibreOffice/program/soffice.com",
				"C:/Users/somchai/AppData/Local/Programs/LibreOffice/program/soffice.com");
		assertThat(candidates).contains("C:/Program Files/LibreOffice/program/soffice.exe");
	}

	@Test
	void looksOnThePathThenInThePackagesFoldersOnLinux() {
		// when
		List<String> candidates = LibreOffice.candidates(Map.of("PATH", "/home/somchai/bin:/usr/bin"), "Linux")
			.stream()
			.map(Path::toString)
			.toList();

		// then
		assertThat(candidates).containsSubsequence("/home/somchai/bin/soffice", "/usr/bin/soffice",
				"/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/snap/bin/libreoffice");
	}

	@Test
	void findsNothingWhereTheGivenPathLeadsNowhere() {
		assertThat(LibreOffice.find("/nowhere/soffice")).isEmpty();
	}

	@Test
	void namesEachPdfAfterItsDocument() {
		assertThat(LibreOffice.pdfName(Path.of("out", "ita-2566-round1-risk-report.docx")))
			.isEqualTo("ita-2566-round1-risk-report.pdf");
	}

	@Test
	void drawsDigitsByTheirTextsLanguageOnlyForAReportInThaiDigits() {
		assertThat(LibreOffice.settings(true)).contains("CTLTextNumerals").contains("<value>3</value>");
		assertThat(LibreOffice.settings(false)).contains("<value>0</value>");
	}

}
