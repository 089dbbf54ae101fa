package th.ita.merge.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.ita.merge.io.AtomicFiles;
import th.ita.merge.plan.internal.ExamplePlan;
import th.ita.merge.plan.internal.InstructionsSheet;
import th.ita.merge.plan.internal.PlanSheets;
import th.ita.merge.xlsx.ThaiStyles;

/**
 * Writes a {@link Plan} as the plan workbook a legal officer fills in (see {@link PlanLayout}), the
 * one writer of that shape: what it writes, {@link PlanReader} reads back as the same plan. Each
 * file appears whole or not at all.
 */
public final class PlanWriter {

	/** The first sheet of a new plan: how to fill in the others. */
	public static final String INSTRUCTIONS_SHEET = "วิธีกรอกแผน";

	/** The fill of the example values and rows of a new plan, a light orange. */
	public static final String EXAMPLE_FILL = "FCE4D6";

	/**
	 * A column of notes on the measures sheet for the officer, such as a measure's state last
	 * year: under a header of its own, which the plan reader does not look for, so it is not read.
	 * A measure without a note gets an empty cell.
	 */
	public record MeasureNotes(String header, Map<String, String> byMeasure) {

		public MeasureNotes {
			byMeasure = Map.copyOf(byMeasure);
		}

		public String text(String measureId) {
			return this.byMeasure.getOrDefault(measureId, "");
		}

	}

	private PlanWriter() {
	}

	public static void write(Plan plan, Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			new PlanSheets(workbook, new ThaiStyles(workbook)).write(plan);
			AtomicFiles.write(target, workbook::write);
		}
	}

	/** The plan with a column of notes on its measures sheet, and a line above its table that says what it is. */
	public static void write(Plan plan, MeasureNotes notes, String banner, Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			new PlanSheets(workbook, new ThaiStyles(workbook)).notes(notes)
				.banner(PlanLayout.MEASURES_SHEET, banner)
				.write(plan);
			AtomicFiles.write(target, workbook::write);
		}
	}

	/**
	 * A plan for an office starting from scratch: a first sheet of instructions, then every sheet
	 * of the plan with its headers and example rows, filled in colour and valid as they stand, so
	 * the plan can be tried at once; the risk settings carry the defaults.
	 */
	public static void writeNew(int fiscalYear, Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			ThaiStyles styles = new ThaiStyles(workbook);
			InstructionsSheet.write(workbook.createSheet(INSTRUCTIONS_SHEET), styles, fiscalYear);
			String replace = "ให้เขียนทับด้วยข้อมูลของหน่วยงาน แล้วลบแถวตัวอย่างที่ไม่ใช้ทิ้งทั้งแถว (ดูชีต " + INSTRUCTIONS_SHEET + ")";
			PlanSheets sheets = new PlanSheets(workbook, styles).examplesFilled(EXAMPLE_FILL)
				.banner(PlanLayout.ORGANIZATION_SHEET, "ช่องสีส้มเป็นตัวอย่าง ให้เขียนทับด้วยข้อมูลของหน่วยงาน (ดูชีต "
						+ INSTRUCTIONS_SHEET + ")");
			for (String sheet : new String[] { PlanLayout.DIVISIONS_SHEET, PlanLayout.INDICATORS_SHEET,
					PlanLayout.MEASURES_SHEET }) {
				sheets.banner(sheet, "แถวสีส้มเป็นตัวอย่าง " + replace);
			}
			sheets.write(ExamplePlan.of(fiscalYear));
			workbook.setActiveSheet(0);
			AtomicFiles.write(target, workbook::write);
		}
	}

}
