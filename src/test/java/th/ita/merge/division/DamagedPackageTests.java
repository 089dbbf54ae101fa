package th.ita.merge.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.ReadSubmission;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/**
 * A workbook whose zip lists a sheet but lacks its part, as a broken download or a bad repair
 * tool leaves it, is reported as unreadable instead of stopping the run.
 */
class DamagedPackageTests {

	@TempDir
	private Path folder;

	@Test
	void reportsASheetMissingFromThePackageAsUnreadable() throws Exception {
		Path damaged = this.folder.resolve("sheetPartMissing.xlsx");
		copyWithout(Path.of("samples", "ita-2566-รอบ1-กองคลัง.xlsx"), damaged, "xl/worksheets/sheet2.xml");

		ReadSubmission submission = Fixtures.read(PlanReader.read(Path.of("samples", "plan.xlsx")), damaged);

		assertThat(submission.problems()).extracting(Problem::code).containsExactly(ProblemCode.FILE_UNREADABLE);
		assertThat(submission.problems().get(0).file()).isEqualTo("sheetPartMissing.xlsx");
		assertThat(submission.submission().identified()).isFalse();
	}

	private static void copyWithout(Path source, Path target, String entryName) throws IOException {
		try (InputStream in = Files.newInputStream(source); ZipInputStream zip = new ZipInputStream(in);
				OutputStream out = Files.newOutputStream(target); ZipOutputStream copy = new ZipOutputStream(out)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (!entry.getName().equals(entryName)) {
					copy.putNextEntry(new ZipEntry(entry.getName()));
					zip.transferTo(copy);
					copy.closeEntry();
				}
			}
		}
	}

}
