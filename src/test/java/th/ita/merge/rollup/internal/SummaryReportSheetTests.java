package th.ita.merge.rollup.internal;

import static th.ita.merge.rollup.internal.SummarySheets.number;
import static th.ita.merge.rollup.internal.SummarySheets.sheet;
import static th.ita.merge.rollup.internal.SummarySheets.written;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.ita.merge.value.Digits;

/**
 * Tests for {@link SummaryReportSheet}, written into a streaming workbook as the roll-up writes it
 * and read back: what a provincial officer checks before signing the summary.
 */
class SummaryReportSheetTests {

	@Test
	void titleNamesTheProvinceTheFiscalYearAndTheRound() throws IOException {
		// when
		List<List<String>> rows = written(Summaries.of(3, 8));

		// then
		assertThat(rows.get(0).get(0)).isEqualTo("รายงานสรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส");
		assertThat(rows.get(1).get(0))
			.isEqualTo("และการประเมินความเสี่ยงการทุจริต ขององค์กรปกครองส่วนท้องถิ่นในจังหวัดนครราชสีมา");
		assertThat(rows.get(2).get(0))
			.isEqualTo("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน (ตั้งแต่เดือนตุลาคม ๒๕๖๕ - เดือนมีนาคม ๒๕๖๖)");
	}

	@Test
	void listsEveryOrganizationUnderItsDistrictWithItsFigures() throws IOException {
		// given
		ProvinceSummary summary = Summaries.of(3, 8);

		// when
		Map<String, List<List<String>>> districts = byDistrict(written(summary));

		// then
		assertThat(districts).containsOnlyKeys("อำเภอขามสะแกแสง (อปท. ๘ แห่ง)", "อำเภอโนนสูง (อปท. ๘ แห่ง)",
				"อำเภอปักธงชัย (อปท. ๘ แห่ง)");
		for (OrganizationProgress organization : summary.organizations()) {
			assertThat(districts.get("อำเภอ" + organization.district() + " (อปท. ๘ แห่ง)"))
				.as(organization.name())
				.anySatisfy((row) -> assertThat(row.get(1)).isEqualTo(organization.name()));
		}
	}

	@Test
	void printsAnOrganizationsFiguresAndWhenItSent() throws IOException {
		// when
		Map<String, List<List<String>>> districts = byDistrict(written(Summaries.of(3, 8)));

		// then the 1st: 5 done, none in progress, 1 not started; 1 risk very high
		assertThat(row(districts, "เทศบาลตำบลหนองหัวฟาน")).map(SummaryReportSheetTests::afterNumber).hasValue(List.of("เทศบาลตำบลหนองหัวฟาน",
				"๒/๔/๒๕๖๖", "๕", "๐", "๑", "๘๓.๓", "๑"));
		// the 2nd: 6 done, 1 in progress; 1 risk high
		assertThat(row(districts, "องค์การบริหารส่วนตำบลเมืองนาท")).map(SummaryReportSheetTests::afterNumber)
			.hasValue(List.of("องค์การบริหารส่วนตำบลเมืองนาท", "๓/๔/๒๕๖๖", "๖", "๑", "๐", "๘๕.๗", "๑"));
	}

	@Test
	void showsAnOrganizationThatSentNothingAsNotYetSent() throws IOException {
		// when
		Map<String, List<List<String>>> districts = byDistrict(written(Summaries.of(3, 8)));

		// then the 4th of the roster sent nothing
		assertThat(row(districts, "องค์การบริหารส่วนตำบลชีวึก")).map(SummaryReportSheetTests::afterNumber)
			.hasValue(List.of("องค์การบริหารส่วนตำบลชีวึก",
				"ยังไม่ส่ง", "-", "-", "-", "-", "-"));
	}

	@Test
	void subtotalsAddUpTheirDistrictAndTheTotalAddsUpTheProvince() throws IOException {
		// given
		List<List<String>> rows = written(Summaries.of(3, 8));

		// when
		Map<String, List<List<String>>> districts = byDistrict(rows);

		// then
		int[] province = new int[8];
		for (List<List<String>> district : districts.values()) {
			List<String> subtotal = district.get(district.size() - 1);
			assertThat(subtotal.get(1)).startsWith("รวมอำเภอ");
			assertThat(subtotal.get(2)).isEqualTo("ส่ง ๖ จาก ๘");
			for (int column : new int[] { 3, 4, 5, 7 }) {
				int sum = district.subList(0, district.size() - 1).stream()
					.filter((row) -> !row.get(column).equals("-"))
					.mapToInt((row) -> number(row.get(column)))
					.sum();
				assertThat(number(subtotal.get(column))).as("%s, column %d", subtotal.get(1), column).isEqualTo(sum);
				province[column] += sum;
			}
			int measures = number(subtotal.get(3)) + number(subtotal.get(4)) + number(subtotal.get(5));
			assertThat(subtotal.get(6)).isEqualTo(SummaryOutline.percent(number(subtotal.get(3)), measures, Digits.THAI));
		}
		List<String> total = rows.stream().filter((row) -> row.size() > 1 && row.get(1).equals("รวมทั้งจังหวัดนครราชสีมา"))
			.findFirst().orElseThrow();
		assertThat(total.get(2)).isEqualTo("ส่ง ๑๘ จาก ๒๔");
		for (int column : new int[] { 3, 4, 5, 7 }) {
			assertThat(number(total.get(column))).as("province, column %d", column).isEqualTo(province[column]);
		}
	}

	@Test
	void saysInOneParagraphHowManySentAndHowFarTheirMeasuresCame() throws IOException {
		// when
		List<List<String>> rows = written(Summaries.of(3, 8));

		// then
		assertThat(rows).anySatisfy((row) -> assertThat(row.get(0)).contains(
				"องค์กรปกครองส่วนท้องถิ่นในจังหวัดนครราชสีมา ๒๔ แห่ง ส่งรายงานแล้ว ๑๘ แห่ง (ร้อยละ ๗๕.๐) ยังไม่ส่ง ๖ แห่ง",
				"ดำเนินการแล้ว"));
	}

	@Test
	void endsWithTheSignOffOfTheProvincialOfficer() throws IOException {
		// when
		List<String> texts = written(Summaries.of(3, 8)).stream().flatMap(List::stream).filter((text) -> !text.isEmpty())
			.toList();

		// then
		assertThat(texts.subList(texts.size() - 7, texts.size())).containsExactly("ณ วันที่ ๓๐ เมษายน พ.ศ. ๒๕๖๖",
				"(ลงชื่อ)......................................................ผู้จัดทำ", "(นายสมชาย ตั้งใจ)",
				"นักวิเคราะห์นโยบายและแผนชำนาญการ",
				"(ลงชื่อ)......................................................ผู้อนุมัติ", "(นายสมศักดิ์ รักษ์ถิ่น)",
				"ท้องถิ่นจังหวัดนครราชสีมา");
	}

	@Test
	void leavesThePreparersBlockToFillByHandWhenNobodyIsNamed() throws IOException {
		// when
		List<String> texts = written(Summaries.of(1, 4, Optional.empty())).stream().flatMap(List::stream)
			.filter((text) -> !text.isEmpty()).toList();

		// then
		assertThat(texts.get(texts.size() - 4)).startsWith("ณ วันที่ ....");
		assertThat(texts.subList(texts.size() - 3, texts.size())).containsExactly(
				"(ลงชื่อ)......................................................ผู้จัดทำ",
				"(......................................................)",
				"ตำแหน่ง ......................................................");
	}

	@Test
	void printsOnA4LandscapeWithItsHeaderOnEveryPage() throws IOException {
		// when
		try (XSSFWorkbook workbook = sheet(Summaries.of(1, 40))) {
			Sheet sheet = workbook.getSheet(SummaryReportSheet.SHEET);

			// then
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getRepeatingRows()).isNotNull();
			assertThat(sheet.getRow(sheet.getRepeatingRows().getFirstRow()).getCell(1).getStringCellValue())
				.isEqualTo("ชื่อ อปท.");
			assertThat(sheet.getRowBreaks()).isNotEmpty();
			assertThat(sheet.getFooter().getCenter()).contains("&P");
		}
	}

	@Test
	void numbersTheOrganizationsOfEachDistrictFromOneInThaiOrder() throws IOException {
		// when
		Map<String, List<List<String>>> districts = byDistrict(written(Summaries.of(3, 8)));

		// then
		for (List<List<String>> district : districts.values()) {
			assertThat(district.subList(0, 8)).extracting((row) -> row.get(0))
				.containsExactly("๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘");
		}
	}

	@Test
	void keepsTheSignaturesWithTheTotalsWhenTheyWouldStandAloneOnTheLastPage() throws IOException {
		// given forty organizations in one district: the page breaks just before the signatures
		try (XSSFWorkbook workbook = sheet(Summaries.of(1, 40))) {
			Sheet sheet = workbook.getSheet(SummaryReportSheet.SHEET);
			int total = 0;
			while (!"รวมทั้งจังหวัดนครราชสีมา".equals(text(sheet, total, 1))) {
				total++;
			}

			// then the last break stands before the last organization, none after the total
			int[] breaks = sheet.getRowBreaks();
			assertThat(breaks[breaks.length - 1]).isEqualTo(total - 3);
			assertThat(text(sheet, total - 2, 1)).startsWith("องค์การบริหารส่วนตำบล");
		}
	}

	private static String text(Sheet sheet, int row, int column) {
		Row found = sheet.getRow(row);
		return (found == null || found.getCell(column) == null) ? "" : found.getCell(column).getStringCellValue();
	}

	private static List<String> afterNumber(List<String> row) {
		return row.subList(1, row.size());
	}

	private static Optional<List<String>> row(Map<String, List<List<String>>> districts, String name) {
		return districts.values().stream().flatMap(List::stream).filter((row) -> row.get(1).equals(name)).findFirst();
	}

	/** The rows of the table by district heading, each district's rows up to and with its subtotal. */
	private static Map<String, List<List<String>>> byDistrict(List<List<String>> rows) {
		Map<String, List<List<String>>> districts = new LinkedHashMap<>();
		List<List<String>> current = null;
		for (List<String> row : rows) {
			if (row.get(0).startsWith("อำเภอ")) {
				current = new ArrayList<>();
				districts.put(row.get(0), current);
			}
			else if (current != null && row.size() > 1 && !row.get(1).isEmpty()) {
				current.add(row);
				if (row.get(1).startsWith("รวม")) {
					current = null;
				}
			}
		}
		return districts;
	}

}
