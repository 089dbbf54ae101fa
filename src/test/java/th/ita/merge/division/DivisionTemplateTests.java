package th.ita.merge.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.OutputWorkbook;
import th.ita.merge.measure.MeasureColumn;
import th.ita.merge.measure.MeasureSheet;
import th.ita.merge.merge.Features;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;

/**
 * {@code templates} on the sample plan: one workbook per division, pre-filled with its measures,
 * with the state dropdown, everything but the division's cells locked, instructions first and a
 * very hidden sheet that identifies the template.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DivisionTemplateTests {

	@TempDir
	private static Path folder;

	private Plan plan;

	private List<Path> written;

	@BeforeAll
	void writeTemplates() throws Exception {
		this.plan = PlanReader.read(Path.of("samples", "plan.xlsx"));
		this.written = TemplateGenerator.generate(this.plan, Features.of(this.plan).sheets(), folder, TemplateGenerator.DEFAULT_SHEET_PASSWORD);
	}

	@Test
	void writesOneWorkbookPerDivision() {
		assertThat(this.written).extracting((file) -> file.getFileName().toString())
			.containsExactly("ita-2566-รอบ1-สำนักปลัด.xlsx", "ita-2566-รอบ1-กองคลัง.xlsx", "ita-2566-รอบ1-กองช่าง.xlsx",
					"ita-2566-รอบ1-กองการศึกษา ศาสนาและวัฒนธรรม.xlsx", "ita-2566-รอบ1-หน่วยตรวจสอบภายใน.xlsx");
	}

	@Test
	void preFillsTheDivisionsMeasuresInPlanOrder() throws Exception {
		Division finance = this.plan.division("FINANCE").orElseThrow();
		try (OutputWorkbook workbook = OutputWorkbook.open(template("กองคลัง"))) {
			List<List<String>> rows = workbook.rows(MeasureSheet.NAME, MeasureColumn.values().length);
			assertThat(rows.get(MeasureSheet.HEADER_ROW - 1)).isEqualTo(MeasureColumn.headers());
			List<String> ids = rows.subList(MeasureSheet.HEADER_ROW, rows.size()).stream().map((row) -> row.get(0)).toList();
			assertThat(ids).isEqualTo(this.plan.measuresOf(finance).stream().map((m) -> m.id()).toList());
			assertThat(ids).startsWith("IIT-4.1", "IIT-4.2").doesNotContain("EIT-7.1");
			List<String> first = rows.get(MeasureSheet.HEADER_ROW);
			assertThat(first.get(MeasureColumn.RESPONSIBLE.ordinal())).isEqualTo("กองคลัง");
			assertThat(first.get(MeasureColumn.STATE.ordinal())).isEmpty();
			assertThat(rows.get(1).get(0)).contains("องค์การบริหารส่วนตำบลขามสะแกแสง").contains("๒๕๖๖");
		}
	}

	@Test
	void offersTheThreeStatesAsADropdownOnEveryMeasureRow() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(template("สำนักปลัด"))) {
			XSSFSheet sheet = (XSSFSheet) workbook.sheet(MeasureSheet.NAME);
			List<? extends DataValidation> validations = sheet.getDataValidations();
			assertThat(validations).hasSize(1);
			DataValidation state = validations.get(0);
			assertThat(state.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
			assertThat(state.getValidationConstraint().getFormula1()).isEqualTo(MeasureSheet.STATES_NAME);
			var range = state.getRegions().getCellRangeAddress(0);
			assertThat(range.getFirstColumn()).isEqualTo(MeasureColumn.STATE.ordinal());
			assertThat(range.getFirstRow()).isEqualTo(MeasureSheet.HEADER_ROW);
			assertThat(range.getLastRow()).isEqualTo(sheet.getLastRowNum());
			var name = workbook.workbook().getName(MeasureSheet.STATES_NAME);
			assertThat(name.getRefersToFormula()).isEqualTo("'ita_template'!$D$1:$D$3");
			XSSFSheet identity = (XSSFSheet) workbook.sheet(DivisionWorkbook.IDENTITY_SHEET);
			assertThat(List.of(0, 1, 2).stream().map((r) -> identity.getRow(r).getCell(3).getStringCellValue()))
				.containsExactly("อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว", "ยังไม่ดำเนินการ");
		}
	}

	@Test
	void locksEverythingButTheCellsTheDivisionFillsIn() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(template("สำนักปลัด"))) {
			for (String name : List.of(DivisionWorkbook.INSTRUCTIONS_SHEET, MeasureSheet.NAME,
					DivisionWorkbook.IDENTITY_SHEET)) {
				assertThat(((XSSFSheet) workbook.sheet(name)).getProtect()).as(name).isTrue();
			}
			XSSFSheet sheet = (XSSFSheet) workbook.sheet(MeasureSheet.NAME);
			for (int r = MeasureSheet.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				for (MeasureColumn column : MeasureColumn.values()) {
					assertThat(row.getCell(column.ordinal()).getCellStyle().getLocked())
						.as(column + " row " + (r + 1))
						.isEqualTo(!column.editable());
				}
			}
			assertThat(sheet.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
		}
	}

	@Test
	void identifiesTheTemplateOnAVeryHiddenSheet() throws Exception {
		try (OutputWorkbook workbook = OutputWorkbook.open(template("หน่วยตรวจสอบภายใน"))) {
			var book = workbook.workbook();
			assertThat(book.getSheetName(0)).isEqualTo(DivisionWorkbook.INSTRUCTIONS_SHEET);
			assertThat(book.getSheetVisibility(book.getSheetIndex(DivisionWorkbook.IDENTITY_SHEET)))
				.isEqualTo(SheetVisibility.VERY_HIDDEN);
			List<List<String>> rows = workbook.rows(DivisionWorkbook.IDENTITY_SHEET, 2);
			assertThat(rows.subList(0, 8)).containsExactly(List.of("template_version", "1"),
					List.of("organization", "องค์การบริหารส่วนตำบลขามสะแกแสง"), List.of("organization_code", ""),
					List.of("fiscal_year", "2566"), List.of("round", "1"), List.of("division_code", "AUDIT"),
					List.of("division_name", "หน่วยตรวจสอบภายใน"), List.of("plan_fingerprint", this.plan.fingerprint()));
			List<List<String>> instructions = workbook.rows(DivisionWorkbook.INSTRUCTIONS_SHEET, 1);
			assertThat(instructions.stream().map((row) -> row.get(0))).anyMatch((line) -> line.contains("เลือกจากรายการ"));
		}
	}

	private Path template(String division) {
		return folder.resolve("ita-2566-รอบ1-" + division + ".xlsx");
	}

}
