package th.ita.merge.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.Fixtures;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskSheet;

/**
 * Rebuilds the risk-sheet scenario workbooks in {@code src/test/resources/risk/}, each named after
 * what it breaks: กองคลัง's sample file (its measures reported, its asset-lending risk on row 6,
 * likelihood ๔ × impact ๓ = ๑๒ สูง) with one thing changed as a division clerk might change it. Run
 * after changing the template:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) th.ita.merge.samples.RiskFixtureGenerator}
 */
public final class RiskFixtureGenerator {

	public static final Path FOLDER = Path.of("src/test/resources/risk");

	public static final String DIVISION = "FINANCE";

	private RiskFixtureGenerator() {
	}

	/** Each case: how it changes the risk sheet of the sample file. */
	static Map<String, Consumer<XSSFWorkbook>> cases() {
		Map<String, Consumer<XSSFWorkbook>> cases = new LinkedHashMap<>();
		cases.put("levelsTypedByHand", risk(RiskColumn.LIKELIHOOD, "๔", RiskColumn.IMPACT, "ปานกลาง"));
		cases.put("likelihoodOutsideOneToFive", risk(RiskColumn.LIKELIHOOD, "7"));
		cases.put("impactNotALevel", risk(RiskColumn.IMPACT, "มาก"));
		cases.put("scoreTypedOverTheProduct", risk(RiskColumn.SCORE, "20"));
		cases.put("levelNotPerTheBands", risk(RiskColumn.LEVEL, "ต่ำ"));
		cases.put("highRiskWithoutMeasureOwnerOrTimeline",
				risk(RiskColumn.MEASURE, "", RiskColumn.OWNER, "", RiskColumn.TIMELINE, ""));
		cases.put("blankCategory", risk(RiskColumn.CATEGORY, ""));
		cases.put("unknownCategory", risk(RiskColumn.CATEGORY, "ความเสี่ยงด้านอื่น ๆ"));
		cases.put("blankEvent", risk(RiskColumn.EVENT, ""));
		cases.put("unknownStatus", risk(RiskColumn.STATUS, "สีม่วง"));
		cases.put("duplicateRisk", (workbook) -> {
			Sheet sheet = workbook.getSheet(RiskSheet.NAME);
			for (RiskColumn column : RiskColumn.values()) {
				if (column.input()) {
					var cell = sheet.getRow(RiskSheet.HEADER_ROW).getCell(column.ordinal());
					TemplateFiller.setRisk(sheet, 1, column, cell.getStringCellValue());
				}
			}
		});
		cases.put("riskSheetMissing",
				(workbook) -> workbook.removeSheetAt(workbook.getSheetIndex(RiskSheet.NAME)));
		return cases;
	}

	/** Sets cells of the first risk row: column, value, column, value… */
	private static Consumer<XSSFWorkbook> risk(Object... columnsAndValues) {
		return (workbook) -> {
			Sheet sheet = workbook.getSheet(RiskSheet.NAME);
			for (int i = 0; i < columnsAndValues.length; i += 2) {
				TemplateFiller.setRisk(sheet, 0, (RiskColumn) columnsAndValues[i], (String) columnsAndValues[i + 1]);
			}
		};
	}

	public static void main(String[] args) throws IOException {
		Plan plan = SeedData.plan();
		Division division = plan.division(DIVISION).orElseThrow();
		Path work = Files.createTempDirectory("ita-risk-fixtures");
		Path template = work.resolve("template.xlsx");
		Path filled = work.resolve("filled.xlsx");
		Fixtures.writeTemplate(plan, division, template);
		List<SampleRisks.Risk> lending = SampleRisks.of(DIVISION).subList(0, 1);
		TemplateFiller.fill(template, filled, SeedData.reports().stream()
			.filter((report) -> report.divisionCode().equals(DIVISION)).toList(), lending);
		Files.createDirectories(FOLDER);
		for (Map.Entry<String, Consumer<XSSFWorkbook>> scenario : cases().entrySet()) {
			try (InputStream in = Files.newInputStream(filled); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				scenario.getValue().accept(workbook);
				try (OutputStream out = Files.newOutputStream(FOLDER.resolve(scenario.getKey() + ".xlsx"))) {
					workbook.write(out);
				}
			}
		}
		Files.delete(template);
		Files.delete(filled);
		Files.delete(work);
	}

}
