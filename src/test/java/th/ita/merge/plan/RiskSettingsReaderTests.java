package th.ita.merge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.problem.Problem;
import th.ita.merge.samples.SeedData;

/** The risk settings sheets of the plan: optional, and checked when they are there. */
class RiskSettingsReaderTests {

	@TempDir
	Path folder;

	@Test
	void givesThePlanWithoutRiskSheetsTheDefaults() throws Exception {
		Path plan = plan((workbook) -> {
			for (String sheet : new String[] { PlanLayout.CATEGORIES_SHEET, PlanLayout.SCALES_SHEET,
					PlanLayout.BANDS_SHEET, PlanLayout.STATUSES_SHEET }) {
				workbook.removeSheetAt(workbook.getSheetIndex(sheet));
			}
		});
		assertThat(PlanReader.read(plan).risk()).isEqualTo(RiskSettings.defaults());
	}

	@Test
	void readsBandColoursByThaiNameAndMarksTheTopTwoBandsWhenTreatmentIsLeftBlank() throws Exception {
		Path plan = plan((workbook) -> {
			var bands = workbook.getSheet(PlanLayout.BANDS_SHEET);
			bands.getRow(4).getCell(3).setCellValue("สีแดง");
			for (int r = 1; r <= 4; r++) {
				bands.getRow(r).getCell(4).setBlank();
			}
		});
		RiskSettings risk = PlanReader.read(plan).risk();
		assertThat(risk.bands().get(3).colour()).isEqualTo("FF0000");
		assertThat(risk.bands()).extracting(RiskBand::treatmentRequired).containsExactly(false, false, true, true);
	}

	@Test
	void refusesBandsThatLeaveAScoreOut() throws Exception {
		Path plan = plan((workbook) -> workbook.getSheet(PlanLayout.BANDS_SHEET).getRow(2).getCell(2).setCellValue("7"));
		assertThatExceptionOfType(InvalidPlanException.class).isThrownBy(() -> PlanReader.read(plan))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Problem::message)
				.anyMatch((message) -> message.contains("คะแนน 8 ไม่อยู่ในระดับความเสี่ยงใด")));
	}

	private Path plan(Consumer<XSSFWorkbook> change) throws Exception {
		Path written = this.folder.resolve("written.xlsx");
		PlanWriter.write(SeedData.plan(), written);
		Path plan = this.folder.resolve("plan.xlsx");
		try (InputStream in = Files.newInputStream(written); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			change.accept(workbook);
			try (OutputStream out = Files.newOutputStream(plan)) {
				workbook.write(out);
			}
		}
		return plan;
	}

}
