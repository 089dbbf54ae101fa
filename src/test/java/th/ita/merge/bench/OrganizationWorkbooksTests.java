package th.ita.merge.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.division.DivisionWorkbook;
import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.XlsxFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-up benchmark's workbooks must be ones the tool and Excel's other readers accept, each
 * naming its own organization, or the benchmark would time the reading of something else.
 */
class OrganizationWorkbooksTests {

	@TempDir
	Path directory;

	@Test
	void eachWorkbookNamesItsOwnOrganizationAndKeepsItsRegisters() throws IOException {
		List<Path> files = OrganizationWorkbooks.generate(3, this.directory);
		List<ProvinceOrganizations.Organization> organizations = ProvinceOrganizations.of(3);

		assertThat(files).hasSize(3);
		for (int i = 0; i < files.size(); i++) {
			ProvinceOrganizations.Organization organization = organizations.get(i);
			try (XlsxFile workbook = XlsxFile.open(files.get(i))) {
				Map<String, String> identity = rows(workbook, DivisionWorkbook.CONSOLIDATED_SHEET);
				assertThat(identity).containsAllEntriesOf(OrganizationWorkbooks.identity(organization))
					.containsEntry("format_version", "2")
					.containsKeys("made_by", "measures.ดำเนินการแล้ว", "risks.สูง");
				assertThat(workbook.sheet(DivisionWorkbook.CONSOLIDATED_SHEET).orElseThrow().visibility())
					.isEqualTo(SheetInfo.Visibility.VERY_HIDDEN);
				assertThat(count(workbook, MeasureOutputs.REGISTER_SHEET)).isBetween(40, 50);
				assertThat(count(workbook, RiskOutputs.REGISTER_SHEET)).isBetween(10, 16);
			}
		}
		assertThat(organizations).extracting(ProvinceOrganizations.Organization::code).doesNotHaveDuplicates();
		assertThat(organizations.get(0).type()).isEqualTo("อบจ.");
	}

	@Test
	void poiOpensTheCopyAsExcelWould() throws Exception {
		Path file = OrganizationWorkbooks.generate(2, this.directory).get(1);

		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
			int identity = workbook.getSheetIndex(DivisionWorkbook.CONSOLIDATED_SHEET);
			assertThat(workbook.getSheetVisibility(identity)).isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(workbook.getSheetAt(identity).getRow(1).getCell(1).getStringCellValue())
				.isEqualTo(ProvinceOrganizations.of(2).get(1).name());
		}
	}

	private static Map<String, String> rows(XlsxFile workbook, String sheet) throws IOException {
		Map<String, String> values = new HashMap<>();
		workbook.readRows(workbook.sheet(sheet).orElseThrow(), (row) -> values.put(row.value(0), row.value(1)));
		return values;
	}

	/** Rows below the header. */
	private static int count(XlsxFile workbook, String sheet) throws IOException {
		int[] rows = { 0 };
		workbook.readRows(workbook.sheet(sheet).orElseThrow(), (row) -> rows[0]++);
		return rows[0] - 1;
	}

}
