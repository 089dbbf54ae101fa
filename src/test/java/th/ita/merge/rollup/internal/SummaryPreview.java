package th.ita.merge.rollup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * Not a check but a way to look, so not a test: writes the provincial summary of three districts
 * of eight organizations, of one district of forty, and one unsigned, as a workbook and a Word
 * document with its PDF (when LibreOffice is installed) into the folder given, to be looked at page
 * by page: {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)"
 * th.ita.merge.rollup.internal.SummaryPreview DIR}.
 */
public final class SummaryPreview {

	private SummaryPreview() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Files.createDirectories(Path.of(args[0]));
		write(Summaries.of(3, 8), folder.resolve("three-districts"));
		write(Summaries.of(1, 40), folder.resolve("forty"));
		write(Summaries.of(2, 6, Optional.empty()), folder.resolve("unsigned"));
	}

	private static void write(ProvinceSummary summary, Path stem) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try (OutputStream out = Files.newOutputStream(Path.of(stem + ".xlsx"))) {
			SummaryReportSheet.write(workbook, new ThaiStyles(workbook), summary, Digits.THAI);
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
		Path docx = Path.of(stem + "-doc.docx");
		ProvinceReportDocument.write(summary, Digits.THAI, docx);
		ProvinceReportDocument.writePdf(summary, Digits.THAI, docx, "", Duration.ofMinutes(2),
				docx.resolveSibling("work"));
	}

}
