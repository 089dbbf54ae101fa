package th.ita.merge.rollup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An organization's own consolidated workbook as the province would check it by hand: its
 * identity sheet, and per measure the states its divisions reported, and its risks per level, read
 * with POI's workbook model, independently of the roll-up's streaming reader.
 */
record OwnWorkbook(Map<String, String> identity, Map<String, List<String>> statesByMeasure,
		Map<String, Integer> risksByLevel, int risks) {

	static OwnWorkbook read(Path file) throws IOException {
		DataFormatter format = new DataFormatter();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Map<String, String> identity = new HashMap<>();
			for (Row row : workbook.getSheet("ita_consolidated")) {
				identity.put(format.formatCellValue(row.getCell(0)), format.formatCellValue(row.getCell(1)));
			}
			Map<String, List<String>> states = new LinkedHashMap<>();
			Sheet register = workbook.getSheet("ทะเบียนมาตรการ");
			for (Row row : register) {
				if (row.getRowNum() > 0 && !format.formatCellValue(row.getCell(0)).isEmpty()) {
					states.computeIfAbsent(format.formatCellValue(row.getCell(0)), (id) -> new ArrayList<>())
						.add(format.formatCellValue(row.getCell(5)));
				}
			}
			Map<String, Integer> levels = new HashMap<>();
			int risks = 0;
			Sheet riskRegister = workbook.getSheet("ทะเบียนความเสี่ยงการทุจริต");
			for (Row row : riskRegister) {
				if (row.getRowNum() > 0 && !format.formatCellValue(row.getCell(1)).isEmpty()) {
					risks++;
					String level = format.formatCellValue(row.getCell(10));
					if (!level.isEmpty()) {
						levels.merge(level, 1, Integer::sum);
					}
				}
			}
			return new OwnWorkbook(identity, states, levels, risks);
		}
	}

	String organization() {
		return this.identity.get("organization");
	}

	int measures(String stateThai) {
		return Integer.parseInt(this.identity.get("measures." + stateThai));
	}

}
