package th.ita.merge.plan;

import static th.ita.merge.plan.PlanLayout.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.risk.RiskSettings;
import th.ita.merge.risk.RiskSettingsReader;
import th.ita.merge.value.CellValues;
import th.ita.merge.xlsx.RawCell;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.Table;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Reads the plan workbook (see {@link PlanLayout}) and checks that it is complete and consistent:
 * every responsible unit maps to a division, every measure's indicator is in the plan. All
 * problems are collected, each with its sheet and cell, before the plan is refused. The risk
 * settings sheets are optional and read by {@link RiskSettingsReader}.
 */
public final class PlanReader {

	/** A list number typed before a weakness or guideline; the report numbers rows itself. */
	private static final Pattern LIST_NUMBER = Pattern.compile("^[0-9๐-๙]{1,3}\\s*[.)]\\s*");

	private final List<Problem> problems = new ArrayList<>();

	private final Location file;

	private PlanReader(Path path) {
		this.file = Location.ofFile(path.getFileName().toString());
	}

	public static Plan read(Path path) throws InvalidPlanException {
		return new PlanReader(path).readPlan(path);
	}

	private Plan readPlan(Path path) throws InvalidPlanException {
		if (!Files.isRegularFile(path)) {
			throw new InvalidPlanException(List.of(Problem.of(ProblemCode.PLAN_INVALID, this.file, path.toString(),
					"ไม่พบไฟล์แผน ให้ระบุตำแหน่งไฟล์ด้วย --plan")));
		}
		try (XlsxFile workbook = XlsxFile.open(path)) {
			Map<String, Setting> settings = readSettings(workbook);
			List<Division> divisions = readDivisions(workbook);
			List<Indicator> indicators = readIndicators(workbook);
			List<Measure> measures = readMeasures(workbook, divisions, indicators);
			RiskSettings risk = RiskSettingsReader.read(workbook, this.file, this.problems);
			Plan plan = this.problems.isEmpty() ? assemble(settings, divisions, indicators, measures, risk) : null;
			if (!this.problems.isEmpty()) {
				throw new InvalidPlanException(this.problems);
			}
			return plan;
		}
		catch (IOException ex) {
			throw new InvalidPlanException(List.of(Problem.of(ProblemCode.FILE_UNREADABLE, this.file, "")));
		}
	}

	private Optional<SheetInfo> sheet(XlsxFile workbook, String name) {
		Optional<SheetInfo> sheet = workbook.sheet(name);
		if (sheet.isEmpty()) {
			this.problems.add(Problem.of(ProblemCode.SHEET_MISSING, this.file, "", name));
		}
		return sheet;
	}

	private record Setting(String value, String cell) {
	}

	private Map<String, Setting> readSettings(XlsxFile workbook) throws IOException {
		Map<String, Setting> settings = new HashMap<>();
		Optional<SheetInfo> sheet = sheet(workbook, ORGANIZATION_SHEET);
		if (sheet.isPresent()) {
			workbook.readRows(sheet.get(), (row) -> {
				String label = CellValues.words(row.value(0)).replace(" ", "");
				for (String wanted : ORGANIZATION_LABELS) {
					if (wanted.replace(" ", "").equals(label)) {
						settings.put(wanted, new Setting(CellValues.text(row.value(1)), RawCell.reference(row.number(), 1)));
					}
				}
			});
		}
		return settings;
	}

	private List<Division> readDivisions(XlsxFile workbook) throws IOException {
		List<Division> divisions = new ArrayList<>();
		Optional<SheetInfo> sheet = sheet(workbook, DIVISIONS_SHEET);
		if (sheet.isEmpty()) {
			return divisions;
		}
		Set<String> codes = new LinkedHashSet<>();
		Table table = Table.read(workbook, sheet.get(), DIVISION_HEADERS, (row) -> {
			if (row.isBlank(DIVISION_HEADERS)) {
				return;
			}
			String code = row.text(DIVISION_CODE);
			String name = CellValues.words(row.text(DIVISION_NAME));
			if (code.isEmpty() || name.isEmpty()) {
				invalid(DIVISIONS_SHEET, row.reference(code.isEmpty() ? DIVISION_CODE : DIVISION_NAME), "",
						"ทุกแถวต้องมีทั้งรหัสและชื่อสำนัก/กอง");
			}
			else if (!codes.add(code)) {
				invalid(DIVISIONS_SHEET, row.reference(DIVISION_CODE), code, "รหัสสำนัก/กองซ้ำกัน ให้ใช้รหัสที่ไม่ซ้ำ");
			}
			else {
				divisions.add(new Division(code, name, ResponsibleUnits.parse(row.text(DIVISION_UNITS))));
			}
		});
		checkHeaders(table, DIVISIONS_SHEET);
		if (table.found() && divisions.isEmpty()) {
			invalid(DIVISIONS_SHEET, "A" + (table.headerRow() + 1), "", "ยังไม่มีรายชื่อสำนัก/กอง ให้กรอกอย่างน้อยหนึ่งแถว");
		}
		return divisions;
	}

	private List<Indicator> readIndicators(XlsxFile workbook) throws IOException {
		List<Indicator> indicators = new ArrayList<>();
		Optional<SheetInfo> sheet = sheet(workbook, INDICATORS_SHEET);
		if (sheet.isEmpty()) {
			return indicators;
		}
		Table table = Table.read(workbook, sheet.get(), INDICATOR_HEADERS, (row) -> {
			if (row.isBlank(INDICATOR_HEADERS)) {
				return;
			}
			OptionalInt number = indicatorNumber(INDICATORS_SHEET, row, INDICATOR_NUMBER);
			if (number.isPresent()) {
				indicators.add(new Indicator(Tool.ofIndicator(number.getAsInt()), number.getAsInt(),
						row.text(INDICATOR_NAME), row.text(INDICATOR_NARRATIVE)));
			}
		});
		checkHeaders(table, INDICATORS_SHEET);
		return indicators;
	}

	private List<Measure> readMeasures(XlsxFile workbook, List<Division> divisions, List<Indicator> indicators)
			throws IOException {
		List<Measure> measures = new ArrayList<>();
		Optional<SheetInfo> sheet = sheet(workbook, MEASURES_SHEET);
		if (sheet.isEmpty()) {
			return measures;
		}
		Set<String> ids = new LinkedHashSet<>();
		Table table = Table.read(workbook, sheet.get(), MEASURE_HEADERS, (row) -> {
			if (row.isBlank(MEASURE_HEADERS)) {
				return;
			}
			String id = row.text(MEASURE_ID);
			if (id.isEmpty() || !ids.add(id)) {
				invalid(MEASURES_SHEET, row.reference(MEASURE_ID), id,
						"ทุกมาตรการต้องมีรหัสมาตรการที่ไม่ซ้ำกัน");
				return;
			}
			OptionalInt number = indicatorNumber(MEASURES_SHEET, row, MEASURE_INDICATOR);
			if (number.isEmpty()) {
				return;
			}
			if (indicators.stream().noneMatch((indicator) -> indicator.number() == number.getAsInt())) {
				invalid(MEASURES_SHEET, row.reference(MEASURE_INDICATOR), row.text(MEASURE_INDICATOR),
						"ตัวชี้วัดนี้ยังไม่มีในชีต \"" + INDICATORS_SHEET + "\" ให้เพิ่มตัวชี้วัดพร้อมคำอธิบาย");
			}
			String responsible = CellValues.words(row.text(MEASURE_RESPONSIBLE));
			List<String> units = ResponsibleUnits.parse(responsible);
			for (String unit : units) {
				boolean known = ResponsibleUnits.EVERY_DIVISION.equals(unit)
						|| divisions.stream().anyMatch((division) -> division.reportsFor(unit));
				if (!known) {
					invalid(MEASURES_SHEET, row.reference(MEASURE_RESPONSIBLE), unit, "ไม่มีสำนัก/กองใดรายงานแทนหน่วย \""
							+ unit + "\" ให้เพิ่มหน่วยนี้ในคอลัมน์ \"" + DIVISION_UNITS + "\" ของชีต \"" + DIVISIONS_SHEET + "\"");
				}
			}
			if (units.isEmpty()) {
				invalid(MEASURES_SHEET, row.reference(MEASURE_RESPONSIBLE), "", "ทุกมาตรการต้องมีผู้รับผิดชอบ");
			}
			measures.add(new Measure(id, Tool.ofIndicator(number.getAsInt()), number.getAsInt(),
					row.text(MEASURE_TOPIC), unnumbered(row.text(MEASURE_WEAKNESS)),
					unnumbered(row.text(MEASURE_GUIDELINE)), responsible, units));
		});
		checkHeaders(table, MEASURES_SHEET);
		if (table.found() && measures.isEmpty() && ids.isEmpty()) {
			invalid(MEASURES_SHEET, "A" + (table.headerRow() + 1), "", "ยังไม่มีมาตรการ ให้กรอกอย่างน้อยหนึ่งแถว");
		}
		return measures;
	}

	private OptionalInt indicatorNumber(String sheet, Table.Row row, String header) {
		OptionalInt number = CellValues.wholeNumber(row.text(header));
		if (number.isEmpty() || number.getAsInt() < 1 || number.getAsInt() > 10) {
			invalid(sheet, row.reference(header), row.text(header), "ตัวชี้วัดต้องเป็นตัวเลข ๑ ถึง ๑๐");
			return OptionalInt.empty();
		}
		return number;
	}

	private static String unnumbered(String text) {
		return LIST_NUMBER.matcher(text).replaceFirst("");
	}

	private void checkHeaders(Table table, String sheet) {
		for (String header : table.missingHeaders()) {
			this.problems.add(Problem.of(ProblemCode.HEADER_MISSING, this.file.at(sheet, "", header), "", header, sheet));
		}
	}

	private void invalid(String sheet, String cell, String value, String what) {
		this.problems.add(Problem.of(ProblemCode.PLAN_INVALID, this.file.at(sheet, cell, ""), value, what));
	}

	private Plan assemble(Map<String, Setting> settings, List<Division> divisions, List<Indicator> indicators,
			List<Measure> measures, RiskSettings risk) {
		String name = required(settings, ORGANIZATION_NAME);
		OptionalInt year = CellValues.buddhistYear(required(settings, FISCAL_YEAR));
		OptionalInt round = CellValues.wholeNumber(required(settings, ROUND));
		if (!settings.getOrDefault(FISCAL_YEAR, new Setting("", "")).value().isEmpty() && year.isEmpty()) {
			Setting setting = settings.get(FISCAL_YEAR);
			invalid(ORGANIZATION_SHEET, setting.cell(), setting.value(), "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น ๒๕๖๖");
		}
		if (round.isPresent() && round.getAsInt() != 1 && round.getAsInt() != 2) {
			Setting setting = settings.get(ROUND);
			invalid(ORGANIZATION_SHEET, setting.cell(), setting.value(), "รอบการรายงานต้องเป็น 1 (๖ เดือน) หรือ 2 (๑๒ เดือน)");
		}
		String preparer = required(settings, PREPARER_NAME);
		String position = required(settings, PREPARER_POSITION);
		if (!this.problems.isEmpty() || name.isEmpty() || year.isEmpty() || round.isEmpty()) {
			return null;
		}
		Organization organization = new Organization(name, optional(settings, DISTRICT), optional(settings, PROVINCE),
				optional(settings, ORGANIZATION_CODE));
		return new Plan(organization, new ReportingPeriod(year.getAsInt(), round.getAsInt()),
				new Preparer(preparer, position), divisions, indicators, measures, risk);
	}

	private String required(Map<String, Setting> settings, String label) {
		Setting setting = settings.get(label);
		if (setting == null || setting.value().isEmpty()) {
			invalid(ORGANIZATION_SHEET, (setting != null) ? setting.cell() : "", "",
					"ยังไม่ได้กรอก \"" + label + "\" ให้กรอกในคอลัมน์ B ของแถวนี้");
			return "";
		}
		return setting.value();
	}

	private static String optional(Map<String, Setting> settings, String label) {
		Setting setting = settings.get(label);
		return (setting != null) ? setting.value() : "";
	}

}
