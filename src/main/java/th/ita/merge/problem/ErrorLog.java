package th.ita.merge.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import th.ita.merge.io.AtomicFiles;

/**
 * The error log: one row per problem, and the columns of the errors sheet of the workbook, which
 * shows the same rows. The log's first eight columns are stable, read by position by other
 * programs, with the severity and the code as codes; the severity and the kind of problem in Thai
 * follow them. The sheet, which people read, shows the Thai first and the code beside it.
 * Written as UTF-8 with a byte-order mark so Excel opens the Thai intact, and with text that would
 * start a formula guarded so Excel shows it as text.
 */
public final class ErrorLog {

	/** The columns of the error log: the stable eight, then the severity and the kind in Thai. */
	public static final List<String> HEADERS = List.of("ระดับ (severity)", "รหัส (code)", "ไฟล์ (file)",
			"ชีต (sheet)", "เซลล์ (cell)", "ช่องข้อมูล (field)", "ค่าที่พบ (value)", "สิ่งที่ต้องแก้ไข (message)",
			"ระดับ (ภาษาไทย)", "ประเภทปัญหา (kind)");

	/** The columns of the errors sheet: the severity in Thai, the kind in Thai beside its code, the place. */
	public static final List<String> SHEET_HEADERS = List.of("ระดับ (severity)", "ประเภทปัญหา (kind)", "รหัส (code)",
			"ไฟล์ (file)", "ชีต (sheet)", "เซลล์ (cell)", "ช่องข้อมูล (field)", "ค่าที่พบ (value)",
			"สิ่งที่ต้องแก้ไข (message)");

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private ErrorLog() {
	}

	/** The values of one problem, in the order of {@link #HEADERS}. */
	public static List<String> values(Problem problem) {
		return List.of(problem.severity().code(), problem.code().name(), problem.file(), problem.sheet(),
				problem.cell(), problem.field(), problem.value(), problem.message(), problem.severity().thai(),
				problem.code().title());
	}

	/** The values of one problem on the errors sheet, in the order of {@link #SHEET_HEADERS}. */
	public static List<String> sheetValues(Problem problem) {
		return List.of(problem.severity().thai(), problem.code().title(), problem.code().name(), problem.file(),
				problem.sheet(), problem.cell(), problem.field(), problem.value(), problem.message());
	}

	/** Writes the log atomically; {@code problems} hands over the problems one at a time. */
	public static void write(Path target, Consumer<Consumer<Problem>> problems) throws IOException {
		AtomicFiles.write(target, (out) -> write(out, problems));
	}

	static void write(OutputStream out, Consumer<Consumer<Problem>> problems) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(BYTE_ORDER_MARK);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADERS.toArray(String[]::new)).get());
		IOException[] failure = new IOException[1];
		problems.accept((problem) -> {
			if (failure[0] == null) {
				try {
					printer.printRecord(values(problem).stream().map(ErrorLog::asText).toList());
				}
				catch (IOException ex) {
					failure[0] = ex;
				}
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		printer.flush();
	}

	/** Keeps a value that starts like a formula from being run as one when Excel opens the log. */
	static String asText(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
