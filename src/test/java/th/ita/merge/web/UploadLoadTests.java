package th.ita.merge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import th.ita.merge.OutputWorkbook;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.bench.MergeBenchmark;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.plan.PlanReader;

/**
 * The bounded load test of the web page, on loopback only: twenty divisions upload their second
 * file at once while the officer's merge runs. Every upload is answered, none is lost: each
 * waits for the merge, then lands whole in the input folder, and the next merge reads it.
 */
class UploadLoadTests {

	private static final int DIVISIONS = 20;

	private static final String WAITING = "ขณะนี้นิติกรกำลังรวมไฟล์ ไฟล์นี้จะเข้ารวมในครั้งถัดไป";

	private static final Pattern CODE = Pattern.compile("/officer/division/(D\\d{4})\"");

	private static final Pattern RESULT = Pattern.compile("id=\"last-result\"[^>]*>([^<]*)<");

	@TempDir
	private Path work;

	/** What one division sent, and what it was answered. */
	private record Answer(String code, int status, String page, long millis) {
	}

	@Test
	@Timeout(value = 110, unit = TimeUnit.SECONDS)
	void twentyDivisionsUploadAtOnceWhileAMergeRunsAndNothingIsLost() throws Exception {
		Path made = MergeBenchmark.divisionFiles(DIVISIONS, this.work.resolve("made"));
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path second = Files.createDirectories(this.work.resolve("second"));
		String measure = PlanReader.read(made.resolve("plan.xlsx")).measures().get(0).id();
		Map<String, Path> resent = new LinkedHashMap<>();
		for (int n = 1; n <= DIVISIONS; n++) {
			String name = "ita-2566-รอบ1-กองที่ " + n + ".xlsx";
			Files.copy(made.resolve(name), input.resolve(name));
			Path again = Files.copy(made.resolve(name), second.resolve(name));
			WorkbookEdits.setMeasureCell(again, measure, MeasureColumn.RESULT, resultOf(code(n)));
			resent.put(code(n), again);
		}
		Files.copy(made.resolve("plan.xlsx"), input.resolve("plan.xlsx"));
		Path output = this.work.resolve("output");
		WebServer.Settings settings = new WebServer.Settings(input, output, 0, DataSize.ofMegabytes(20));
		try (ConfigurableApplicationContext server = HttpBrowser.startOnLoopback(settings, this.work.resolve("web.log"))) {
			String base = HttpBrowser.base(server);
			HttpBrowser officer = new HttpBrowser(base);
			officer.signInAsOfficer();
			Map<String, String> tokens = tokens(officer.get("/officer").body());
			assertThat(tokens).hasSize(DIVISIONS);

			long start = System.nanoTime();
			List<Answer> answers = uploadAtOnceDuringAMerge(officer, base, tokens, resent);
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			String first = lastResult(officer);
			System.out.printf("%d uploads answered %d ms after the merge started (slowest %d ms), statuses %s, "
					+ "waiting %d; %s%n", answers.size(), millis, answers.stream().mapToLong(Answer::millis).max().orElse(0),
					answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting())),
					answers.stream().filter((answer) -> answer.page().contains(WAITING)).count(), first);

			assertThat(answers).hasSize(DIVISIONS).allSatisfy((answer) -> {
				assertThat(answer.status()).as("answer to %s", answer.code()).isEqualTo(200);
				assertThat(answer.page()).as("answer to %s", answer.code()).contains("รับไฟล์แล้ว");
			});
			assertThat(answers).as("uploads that arrived while the merge ran")
				.anySatisfy((answer) -> assertThat(answer.page()).contains(WAITING));
			assertThat(first).startsWith("รวมเสร็จ: " + DIVISIONS + " ไฟล์");

			for (Map.Entry<String, Path> sent : resent.entrySet()) {
				Path landed = input.resolve(sent.getValue().getFileName());
				assertThat(landed).as("%s in the input folder", sent.getKey()).hasSameBinaryContentAs(sent.getValue());
			}
			Map<String, String> rows = boardRows(officer.get("/officer").body());
			assertThat(rows).hasSize(DIVISIONS);
			rows.forEach((code, row) -> assertThat(row).as("board row of %s", code)
				.contains(senderOf(code))
				.doesNotContain("รอการรวมครั้งถัดไป"));

			startMerge(officer);
			assertThat(lastResult(officer)).startsWith("รวมเสร็จ: " + DIVISIONS + " ไฟล์");
			String merged = textOf(output.resolve("ita-2566-round1.xlsx"));
			assertThat(resent.keySet()).allSatisfy((code) -> assertThat(merged).contains(resultOf(code)));
		}
	}

	/** Starts the merge, then lets every division send its file at the same moment. */
	private static List<Answer> uploadAtOnceDuringAMerge(HttpBrowser officer, String base,
			Map<String, String> tokens, Map<String, Path> files) throws Exception {
		CountDownLatch gate = new CountDownLatch(1);
		ExecutorService divisions = Executors.newFixedThreadPool(DIVISIONS);
		try {
			List<Future<Answer>> answers = new ArrayList<>();
			for (Map.Entry<String, String> link : tokens.entrySet()) {
				String code = link.getKey();
				answers.add(divisions.submit(() -> {
					HttpBrowser division = new HttpBrowser(base);
					String action = HttpBrowser.firstMatch("action=\"(/upload/[^\"]+)\"",
							division.get("/upload/" + link.getValue()).body()).replace("&amp;", "&");
					gate.await();
					long start = System.nanoTime();
					HttpResponse<String> answer = division.postFile(action, senderOf(code), files.get(code));
					return new Answer(code, answer.statusCode(), answer.body(),
							TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
				}));
			}
			startMerge(officer);
			gate.countDown();
			List<Answer> answered = new ArrayList<>();
			for (Future<Answer> answer : answers) {
				answered.add(answer.get(60, TimeUnit.SECONDS));
			}
			return answered;
		}
		finally {
			divisions.shutdownNow();
		}
	}

	/** Presses "merge now": the merge page it leads to says no reason why it did not start. */
	private static void startMerge(HttpBrowser officer) throws IOException, InterruptedException {
		String page = officer.get("/officer/merge").body();
		HttpResponse<String> started = officer.postForm("/officer/merge", Map.of("_csrf", HttpBrowser.csrf(page)));
		assertThat(started.statusCode()).isEqualTo(200);
		assertThat(started.body()).doesNotContain("class=\"alert\"");
	}

	/** Polls the merge page until it shows how the merge ended. */
	private static String lastResult(HttpBrowser officer) throws IOException, InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < until) {
			HttpResponse<String> answer = officer.get("/officer/merge");
			assertThat(answer.statusCode()).as("the merge page").isEqualTo(200);
			String page = answer.body();
			Matcher result = RESULT.matcher(page);
			if (!page.contains("id=\"progress\"") && result.find()) {
				return result.group(1).strip();
			}
			Thread.sleep(5);
		}
		throw new AssertionError("the merge did not end within 60 s");
	}

	private static Map<String, String> tokens(String board) {
		Map<String, String> tokens = new LinkedHashMap<>();
		boardRows(board).forEach(
				(code, row) -> tokens.put(code, HttpBrowser.firstMatch("value=\"[^\"]*/upload/([\\w-]+)\"", row)));
		return tokens;
	}

	/** Each division's row of the board, by its code. */
	private static Map<String, String> boardRows(String board) {
		Map<String, String> rows = new LinkedHashMap<>();
		for (String row : board.split("<tr")) {
			Matcher code = CODE.matcher(row);
			if (code.find()) {
				rows.put(code.group(1), row);
			}
		}
		return rows;
	}

	/** Every cell's text of every sheet of a workbook, one line each. */
	private static String textOf(Path workbook) throws IOException {
		DataFormatter formatter = new DataFormatter();
		StringBuilder text = new StringBuilder();
		try (OutputWorkbook opened = OutputWorkbook.open(workbook)) {
			for (Sheet sheet : opened.workbook()) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(formatter.formatCellValue(cell)).append('\n');
					}
				}
			}
		}
		return text.toString();
	}

	private static String code(int n) {
		return String.format("D%04d", n);
	}

	private static String senderOf(String code) {
		return "ผู้ส่งรอบสอง " + code;
	}

	private static String resultOf(String code) {
		return "ผลการดำเนินงานฉบับส่งซ้ำของ " + code;
	}

}
