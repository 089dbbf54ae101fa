package th.ita.merge.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import th.ita.merge.io.AtomicFiles;
import th.ita.merge.merge.MergeOutputs;

/** The files a merge wrote that the officer downloads: those that exist, in the order the page lists them. */
final class OutputFiles {

	/** The feedback copies of a run, in one zip. */
	static final String FEEDBACK_ZIP = "feedback.zip";

	private OutputFiles() {
	}

	/** A file as the merge page lists it: what it is, in Thai, and its name. */
	record Listed(String label, String name) {
	}

	/** What each output is, for an officer who does not read file names. */
	static Listed listed(Path file) {
		String name = file.getFileName().toString();
		String label;
		if (name.endsWith("-risk-report.docx") || name.endsWith("-risk-report.pdf")) {
			label = "รายงานผลการประเมินความเสี่ยงการทุจริต" + (name.endsWith(".pdf") ? " (PDF)" : " (Word)");
		}
		else if (name.endsWith("-report.docx") || name.endsWith("-report.pdf")) {
			label = "รายงานผลการดำเนินการตามมาตรการ" + (name.endsWith(".pdf") ? " (PDF)" : " (Word)");
		}
		else if (name.equals(FEEDBACK_ZIP)) {
			label = "ไฟล์แจ้งกลับของทุกสำนัก/กอง (zip)";
		}
		else if (name.endsWith("-errors.csv")) {
			label = "บันทึกข้อผิดพลาด (CSV เปิดด้วย Excel)";
		}
		else {
			label = "รายงานรวม (Excel)";
		}
		return new Listed(label, name);
	}

	static List<Path> of(MergeOutputs outputs) {
		List<Path> files = new ArrayList<>();
		files.add(outputs.workbook());
		for (Path document : outputs.documents()) {
			files.add(document);
			files.add(MergeOutputs.pdfOf(document));
		}
		files.add(outputs.errorLog());
		return files.stream().filter(Files::isRegularFile).toList();
	}

	/** The feedback copies in a folder, zipped; nothing is written when there are none. */
	static void zipFeedback(Path folder, Path zip) throws IOException {
		List<Path> copies = feedbackCopies(folder);
		if (copies.isEmpty()) {
			Files.deleteIfExists(zip);
			return;
		}
		AtomicFiles.write(zip, (out) -> zip(copies, out));
	}

	static List<Path> feedbackCopies(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	/** Zips files under their own names (UTF-8, which Windows' own unzip reads since Windows 10). */
	static void zip(List<Path> files, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		for (Path file : files) {
			zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
			Files.copy(file, zip);
			zip.closeEntry();
		}
		zip.finish();
	}

}
