package th.ita.merge.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.Fixtures;
import th.ita.merge.WorkbookEdits;
import th.ita.merge.cli.ItaMergeCommand;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Organization;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.samples.SeedData;

/**
 * The province's roll-up end to end, on consolidated workbooks made by the real merge: the samples'
 * organization (no code), a เทศบาล that sent twice (the later made with more measures done), an
 * อบต. of another district, that อบต.'s workbook of another year, and the samples' plan, which is no
 * consolidated workbook, with the province's roster, on which one organization sent nothing. Every count of the provincial workbook is checked against the
 * organizations' own workbooks, read independently.
 */
class RollupEndToEndTests {

	private static final Organization NON_SUNG = new Organization("เทศบาลตำบลโนนสูง", "โนนสูง", "นครราชสีมา", "5300201");

	/** หนองสาหร่าย's กองคลัง sends nothing: two measures are its alone, five it shares with every division. */
	private static final String SILENT = "FINANCE";

	private static final Organization NONG_SARAI = new Organization("องค์การบริหารส่วนตำบลหนองสาหร่าย", "ปากช่อง",
			"นครราชสีมา", "5300301");

	private static final ReportingPeriod ROUND = new ReportingPeriod(2566, 1);

	@TempDir
	static Path work;

	static Path input;

	static Path output;

	static int status;

	static final Map<String, OwnWorkbook> own = new HashMap<>();

	static XSSFWorkbook province;

	@BeforeAll
	static void rollUp() throws Exception {
		input = Files.createDirectories(work.resolve("province"));
		output = work.resolve("out");
		Path samples = Fixtures.copySamples(work.resolve("samples/input"));
		assertThat(ItaMergeCommand.execute("merge", "--input", samples.toString(), "--output",
				work.resolve("samples/output").toString())).isIn(0, 2);
		send(work.resolve("samples/output/ita-2566-round1.xlsx"), "ขามสะแกแสง รอบ 6 เดือน.xlsx");
		send(ConsolidatedWorkbooks.merged(work.resolve("nonsung1"), NON_SUNG, ROUND, false), "nonsung-first.xlsx");
		send(ConsolidatedWorkbooks.merged(work.resolve("nonsung2"), NON_SUNG, ROUND, true), "โนนสูง (แก้ไข).xlsx");
		send(ConsolidatedWorkbooks.merged(work.resolve("nongsarai"), NONG_SARAI, ROUND, true, Set.of(SILENT)),
				"5300301.xlsx");
		send(ConsolidatedWorkbooks.merged(work.resolve("nongsarai-2565"), NONG_SARAI, new ReportingPeriod(2565, 1), false),
				"หนองสาหร่าย 2565.xlsx");
		Files.copy(Fixtures.SAMPLES.resolve("plan.xlsx"), input.resolve("แผน.xlsx"));
		Path roster = roster(work.resolve("ทะเบียน.xlsx"));
		status = ItaMergeCommand.execute("rollup", "--input", input.toString(), "--output", output.toString(),
				"--roster", roster.toString());
		try (InputStream in = Files.newInputStream(output.resolve("ita-2566-round1-province.xlsx"))) {
			province = new XSSFWorkbook(in);
		}
	}

	/**
	 * The province's roster: the samples' organization (whose workbook has no code) under its code,
	 * the two others, and one that sends nothing.
	 */
	private static Path roster(Path file) throws IOException {
		ProvinceRoster.writeTemplate(file);
		List<List<String>> rows = List.of(List.of("5301501", "องค์การบริหารส่วนตำบลขามสะแกแสง", "อบต.", "ขามสะแกแสง"),
				List.of(NON_SUNG.code(), NON_SUNG.name(), "เทศบาล", "โนนสูง"),
				List.of(NONG_SARAI.code(), NONG_SARAI.name(), "", "ปากช่อง"),
				List.of("5300401", "องค์การบริหารส่วนตำบลหนองไม่ส่ง", "อบต.", "สีคิ้ว"));
		WorkbookEdits.edit(file, (workbook) -> {
			Sheet sheet = workbook.getSheet("ทะเบียน อปท.");
			for (int i = 0; i < rows.size(); i++) {
				for (int c = 0; c < 4; c++) {
					sheet.getRow(2 + i).getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(rows.get(i).get(c));
				}
			}
			workbook.getSheet("ตั้งค่า").getRow(2).getCell(1).setCellValue("นางสาวจังหวัด ทดสอบ");
		});
		return file;
	}

	private static void send(Path workbook, String name) throws IOException {
		Files.copy(workbook, input.resolve(name));
		own.put(name, OwnWorkbook.read(workbook));
	}

	@Test
	void saysFilesWereRefusedByItsExitStatus() {
		assertThat(status).isEqualTo(2);
	}

	@Test
	void summarisesEachOrganizationReceivedWithItsOwnFigures() {
		Map<String, List<String>> rows = rows(province.getSheet("สรุปราย อปท."), 2);
		assertThat(rows.keySet()).contains("องค์การบริหารส่วนตำบลขามสะแกแสง", NON_SUNG.name(), NONG_SARAI.name());
		checkSummary(rows.get("องค์การบริหารส่วนตำบลขามสะแกแสง"), "ขามสะแกแสง รอบ 6 เดือน.xlsx");
		checkSummary(rows.get(NON_SUNG.name()), "โนนสูง (แก้ไข).xlsx");
		checkSummary(rows.get(NONG_SARAI.name()), "5300301.xlsx");
		assertThat(rows.get(NON_SUNG.name()).subList(0, 2)).containsExactly("โนนสูง", "5300201");
		assertThat(rows.get("องค์การบริหารส่วนตำบลขามสะแกแสง").get(1)).as("the roster's code").isEqualTo("5301501");
		assertThat(rows.get("องค์การบริหารส่วนตำบลหนองไม่ส่ง").subList(0, 5)).containsExactly("สีคิ้ว", "5300401",
				"องค์การบริหารส่วนตำบลหนองไม่ส่ง", "อบต.", "ยังไม่ส่ง");
		assertThat(rows.get("รวมทั้งจังหวัดนครราชสีมา").get(4)).isEqualTo("ส่ง 3 จาก 4");
	}

	@Test
	void printsTheProvincialSummaryWithTheRostersSignatory() throws IOException {
		Sheet sheet = province.getSheet("รายงานสรุปจังหวัด");
		assertThat(province.getSheetIndex(sheet)).as("the printable summary comes first").isZero();
		StringBuilder text = new StringBuilder();
		sheet.forEach((row) -> cells(row).forEach((cell) -> text.append(cell).append('\n')));
		assertThat(text).contains("จังหวัดนครราชสีมา", "นางสาวจังหวัด ทดสอบ", "องค์การบริหารส่วนตำบลหนองไม่ส่ง", "ยังไม่ส่ง");
		try (InputStream in = Files.newInputStream(output.resolve("ita-2566-round1-province-report.docx"));
				XWPFDocument document = new XWPFDocument(in)) {
			String words = new XWPFWordExtractor(document).getText();
			assertThat(words).contains("จังหวัดนครราชสีมา", "นางสาวจังหวัด ทดสอบ", NON_SUNG.name());
		}
	}

	private static void checkSummary(List<String> row, String file) {
		OwnWorkbook workbook = own.get(file);
		int done = workbook.measures(ProgressState.DONE.thai());
		int inProgress = workbook.measures(ProgressState.IN_PROGRESS.thai());
		int notStarted = workbook.measures(ProgressState.NOT_STARTED.thai());
		assertThat(row.get(4)).isEqualTo("ส่งแล้ว");
		assertThat(row.get(5)).isEqualTo(file);
		assertThat(row.subList(7, 11)).containsExactly(Integer.toString(done + inProgress + notStarted),
				Integer.toString(done), Integer.toString(inProgress), Integer.toString(notStarted));
		assertThat(Double.parseDouble(row.get(11))).isCloseTo(100.0 * done / (done + inProgress + notStarted),
				offset(0.05));
		List<String> levels = List.of("ต่ำ", "ปานกลาง", "สูง", "สูงมาก");
		for (int i = 0; i < levels.size(); i++) {
			assertThat(row.get(12 + i)).as(levels.get(i))
				.isEqualTo(Integer.toString(workbook.risksByLevel().getOrDefault(levels.get(i), 0)));
		}
		assertThat(row.get(16)).isEqualTo(Integer.toString(workbook.risksByLevel().getOrDefault("สูง", 0)
				+ workbook.risksByLevel().getOrDefault("สูงมาก", 0)));
		assertThat(row.get(17)).isEqualTo(workbook.identity().get("errors"));
	}

	@Test
	void listsEveryMeasureOfEveryOrganizationWithTheStateItsOwnReportGives() {
		Map<String, List<List<String>>> byOrganization = grouped(province.getSheet("มาตรการทุก อปท."), 2);
		for (String file : List.of("ขามสะแกแสง รอบ 6 เดือน.xlsx", "โนนสูง (แก้ไข).xlsx", "5300301.xlsx")) {
			OwnWorkbook workbook = own.get(file);
			List<List<String>> measures = byOrganization.get(workbook.organization());
			assertThat(measures).extracting((row) -> row.get(3))
				.containsExactlyElementsOf(SeedData.plan().measures().stream().map(Measure::id).toList());
			for (List<String> row : measures) {
				assertThat(row.get(8)).as(file + " " + row.get(3)).isEqualTo(stateInReport(file, row.get(3)));
			}
			for (ProgressState state : ProgressState.values()) {
				assertThat(measures.stream().filter((row) -> row.get(8).equals(state.thai())).count())
					.as(file + " " + state.thai())
					.isEqualTo(workbook.measures(state.thai()));
			}
		}
		Map<String, List<String>> nongSarai = byOrganization.get(NONG_SARAI.name())
			.stream()
			.collect(Collectors.toMap((row) -> row.get(3), Function.identity()));
		assertThat(nongSarai.get("IIT-4.1").subList(7, 9)).containsExactly("", ProgressState.NOT_STARTED.thai());
		assertThat(nongSarai.get("IIT-5.2").get(7)).doesNotContain("กองคลัง").contains("สำนักปลัด");
		assertThat(nongSarai.get("IIT-5.2").get(8)).isEqualTo(ProgressState.IN_PROGRESS.thai());
	}

	@Test
	void listsEveryRiskOfEveryOrganizationAndCountsThemOnTheProvinceHeatMap() {
		Map<String, List<List<String>>> byOrganization = grouped(province.getSheet("ความเสี่ยงทุก อปท."), 2);
		int counted = 0;
		for (String file : List.of("ขามสะแกแสง รอบ 6 เดือน.xlsx", "โนนสูง (แก้ไข).xlsx", "5300301.xlsx")) {
			OwnWorkbook workbook = own.get(file);
			assertThat(byOrganization.get(workbook.organization())).hasSize(workbook.risks());
			counted += workbook.risksByLevel().values().stream().mapToInt(Integer::intValue).sum();
		}
		Sheet heatMap = province.getSheet("แผนภูมิความเสี่ยงจังหวัด");
		assertThat(text(heatMap.getRow(1), 0)).isEqualTo("ทั้งจังหวัด (" + counted + " ความเสี่ยง)");
		int sum = 0;
		for (int r = 3; r <= 7; r++) {
			for (int c = 1; c <= 5; c++) {
				String count = text(heatMap.getRow(r), c);
				sum += count.isEmpty() ? 0 : Integer.parseInt(count);
			}
		}
		assertThat(sum).isEqualTo(counted);
	}

	@Test
	void givesEachOrganizationsShareDonePerIndicator() {
		Sheet sheet = province.getSheet("ร้อยละรายตัวชี้วัด");
		List<String> headers = cells(sheet.getRow(0));
		List<String> row = rows(sheet, 2).get(NONG_SARAI.name());
		OwnWorkbook workbook = own.get("5300301.xlsx");
		Map<String, int[]> tally = new HashMap<>();
		for (Measure measure : SeedData.plan().measures()) {
			String id = measure.id();
			String indicator = id.substring(0, id.indexOf('.')).replace("-", " ตัวชี้วัดที่ ");
			int[] counts = tally.computeIfAbsent(indicator, (key) -> new int[2]);
			counts[0] += stateInReport("5300301.xlsx", id).equals(ProgressState.DONE.thai()) ? 1 : 0;
			counts[1]++;
		}
		tally.forEach((indicator, counts) -> assertThat(Double.parseDouble(row.get(headers.indexOf(indicator))))
			.as(indicator)
			.isCloseTo(100.0 * counts[0] / counts[1], offset(0.05)));
	}

	@Test
	void setsAsideTheOlderCopyTheOtherYearAndWhatIsNoConsolidatedWorkbookAndSaysWhyInThai() throws IOException {
		String log = Files.readString(output.resolve("ita-2566-round1-province-log.csv"), StandardCharsets.UTF_8);
		assertThat(log).contains("ROLLUP_SUPERSEDED,nonsung-first.xlsx")
			.contains("ถูกแทนด้วยไฟล์ โนนสูง (แก้ไข).xlsx")
			.contains("ROLLUP_OTHER_PERIOD,หนองสาหร่าย 2565.xlsx")
			.contains("เป็นรายงานรอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ไม่ใช่รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ที่รวบรวม")
			.contains("ROLLUP_NOT_CONSOLIDATED,แผน.xlsx")
			.contains("ROLLUP_NOT_RECEIVED,,,,,5300401");
		Map<String, List<String>> missing = rows(province.getSheet("ยังไม่ส่งและไม่ได้รวม"), 1);
		assertThat(missing.keySet()).contains("nonsung-first.xlsx", "หนองสาหร่าย 2565.xlsx", "แผน.xlsx");
		assertThat(missing.get("แผน.xlsx").get(0)).isEqualTo("ไม่ใช่รายงานรวมของ อปท.");
	}

	@Test
	void neverTouchesTheFilesItWasGiven() throws IOException {
		try (var files = Files.list(input)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder(
					"ขามสะแกแสง รอบ 6 เดือน.xlsx", "nonsung-first.xlsx", "โนนสูง (แก้ไข).xlsx", "5300301.xlsx",
					"หนองสาหร่าย 2565.xlsx", "แผน.xlsx");
		}
	}

	/**
	 * A measure's state as the organization's own report gives it, worked out by hand from its
	 * register: not started when no division reported or none started; done when every division
	 * responsible for it reported it done; else in progress.
	 */
	private static String stateInReport(String file, String measureId) {
		List<String> states = own.get(file).statesByMeasure().getOrDefault(measureId, List.of());
		Plan plan = SeedData.plan();
		Measure measure = plan.measures().stream().filter((m) -> m.id().equals(measureId)).findFirst().orElseThrow();
		int responsible = plan.divisionsResponsibleFor(measure).size();
		if (states.stream().allMatch(ProgressState.NOT_STARTED.thai()::equals)) {
			return ProgressState.NOT_STARTED.thai();
		}
		return (states.size() == responsible && states.stream().allMatch(ProgressState.DONE.thai()::equals))
				? ProgressState.DONE.thai() : ProgressState.IN_PROGRESS.thai();
	}

	/** The rows of a sheet below its header, by the text of one column (the first row of each). */
	private static Map<String, List<String>> rows(Sheet sheet, int keyColumn) {
		Map<String, List<String>> rows = new HashMap<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0) {
				rows.putIfAbsent(text(row, keyColumn), cells(row));
			}
		}
		return rows;
	}

	private static Map<String, List<List<String>>> grouped(Sheet sheet, int keyColumn) {
		Map<String, List<List<String>>> rows = new HashMap<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0) {
				rows.computeIfAbsent(text(row, keyColumn), (key) -> new ArrayList<>()).add(cells(row));
			}
		}
		return rows;
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			cells.add(text(row, c));
		}
		return cells;
	}

	private static String text(Row row, int column) {
		return (row == null) ? "" : new DataFormatter().formatCellValue(row.getCell(column)).replace(",", "");
	}

}
