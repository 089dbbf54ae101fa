package th.ita.merge.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;

import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.io.AtomicFiles;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.ErrorLog;
import th.ita.merge.problem.Problem;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * Writes the consolidated workbook: the printable report first, then the measures register, the
 * risk register, heat map and risk-assessment report, the submissions and the errors. Sheets are
 * streamed (SXSSF), so a run of hundreds of files needs no more memory than a run of ten, and the
 * file is moved into place only once it is complete.
 */
public final class ConsolidatedWorkbookWriter {

	public static final String REGISTER_SHEET = "ทะเบียนมาตรการ";

	public static final String RISK_REGISTER_SHEET = "ทะเบียนความเสี่ยงการทุจริต";

	public static final String HEAT_MAP_SHEET = "แผนภูมิความเสี่ยง";

	public static final String RISK_REPORT_SHEET = "รายงานประเมินความเสี่ยง";

	public static final String SUBMISSIONS_SHEET = "การส่งไฟล์";

	public static final String ERRORS_SHEET = "ข้อผิดพลาด";

	static final List<String> REGISTER_HEADERS = List.of("รหัสมาตรการ", "ด้าน", "ตัวชี้วัดที่",
			"ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน", "สำนัก/กอง", "สถานะ", "ผลการดำเนินการ", "หมายเหตุ", "ลิงก์หลักฐาน", "ไฟล์",
			"ชีต", "เซลล์");

	static final List<String> SUBMISSION_HEADERS = List.of("สำนัก/กอง", "ไฟล์", "บันทึกเมื่อ", "แถวที่อ่าน",
			"แถวที่รับ", "แถวที่ไม่รับ", "สถานะ", "แทนที่ด้วยไฟล์");

	/** The column of the errors sheet that holds the cell, linked to the feedback copy. */
	private static final int CELL_COLUMN = ErrorLog.HEADERS.indexOf("เซลล์ (cell)");

	private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.systemDefault());

	private final Plan plan;

	private final Digits digits;

	public ConsolidatedWorkbookWriter(Plan plan, Digits digits) {
		this.plan = plan;
		this.digits = digits;
	}

	/** The printable report's sheet name, e.g. "รายงานรอบ ๖ เดือน". */
	public static String reportSheetName(Plan plan, Digits digits) {
		return "รายงานรอบ " + digits.format(plan.period().months()) + " เดือน";
	}

	public void write(Path target, MergeRecords records) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			ThaiStyles styles = new ThaiStyles(workbook);
			new ReportSheet(workbook.createSheet(reportSheetName(this.plan, this.digits)), styles, this.plan, this.digits)
				.write(records);
			writeRegister(workbook.createSheet(REGISTER_SHEET), styles, records);
			new RiskRegisterSheet(workbook.createSheet(RISK_REGISTER_SHEET), styles, this.plan).write(records);
			new HeatMapSheet(workbook.createSheet(HEAT_MAP_SHEET), styles, this.plan, this.digits).write(records);
			new RiskReportSheet(workbook.createSheet(RISK_REPORT_SHEET), styles, this.plan, this.digits).write(records);
			writeSubmissions(workbook.createSheet(SUBMISSIONS_SHEET), styles, records);
			writeErrors(workbook.createSheet(ERRORS_SHEET), styles, records);
			AtomicFiles.write(target, workbook::write);
		}
		finally {
			workbook.close();
		}
	}

	private void writeRegister(Sheet sheet, ThaiStyles styles, MergeRecords records) {
		SheetWriter out = new SheetWriter(sheet, styles, 12, 6, 8, 40, 20, 18, 45, 25, 25, 30, 14, 8);
		header(out, REGISTER_HEADERS);
		Map<String, Measure> measures = this.plan.measures().stream()
			.collect(Collectors.toMap(Measure::id, Function.identity()));
		Map<String, String> divisions = this.plan.divisions().stream()
			.collect(Collectors.toMap(Division::code, Division::name));
		records.forEachReport((report) -> {
			Measure measure = measures.get(report.measureId());
			out.cells(List.of(report.measureId(), measure.tool().name(), Integer.toString(measure.indicator()),
					measure.weakness(), divisions.getOrDefault(report.divisionCode(), report.divisionCode()),
					report.state().thai(), report.result(), report.remark(), report.evidenceLink(), report.file(),
					report.sheet(), report.cell()), Look.CELL);
		});
		finish(out, REGISTER_HEADERS.size());
	}

	private void writeSubmissions(Sheet sheet, ThaiStyles styles, MergeRecords records) {
		SheetWriter out = new SheetWriter(sheet, styles, 28, 40, 17, 10, 10, 10, 30, 40);
		header(out, SUBMISSION_HEADERS);
		records.forEachSubmission((summary) -> {
			boolean received = !summary.file().isEmpty();
			List<String> values = new ArrayList<>(List.of(summary.divisionName(), summary.file(),
					(summary.savedAt() != null) ? SAVED_AT.format(summary.savedAt()) : "", "", "", "",
					summary.status().thai(), summary.supersededBy()));
			Row row = out.cells(values, Look.CELL);
			if (received) {
				row.getCell(3).setCellValue(summary.rowsRead());
				row.getCell(4).setCellValue(summary.rowsAccepted());
				row.getCell(5).setCellValue(summary.rowsRejected());
			}
		});
		finish(out, SUBMISSION_HEADERS.size());
	}

	private void writeErrors(Sheet sheet, ThaiStyles styles, MergeRecords records) {
		SheetWriter out = new SheetWriter(sheet, styles, 10, 24, 36, 16, 8, 24, 30, 80);
		header(out, ErrorLog.HEADERS);
		Sheet errors = out.sheet();
		records.forEachProblem((problem) -> {
			Row row = out.cells(ErrorLog.values(problem), Look.CELL);
			if (!problem.cell().isEmpty()) {
				linkToFeedbackCopy(row.getCell(CELL_COLUMN), problem, styles, errors);
			}
		});
		finish(out, ErrorLog.HEADERS.size());
	}

	/** Links a problem's cell to the same cell in the division's feedback copy beside the workbook. */
	private static void linkToFeedbackCopy(Cell cell, Problem problem, ThaiStyles styles, Sheet sheet) {
		XSSFHyperlink link = (XSSFHyperlink) sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
		link.setAddress(FeedbackCopy.relativeUri(problem.file()));
		link.setLocation("'" + problem.sheet().replace("'", "''") + "'!" + problem.cell());
		cell.setHyperlink(link);
		cell.setCellStyle(styles.get(Look.LINK));
	}

	static void header(SheetWriter out, List<String> headers) {
		out.cells(headers, Look.TABLE_HEADER);
		out.sheet().createFreezePane(0, 1);
	}

	static void finish(SheetWriter out, int columns) {
		int last = Math.max(out.nextRow() - 1, 1);
		out.sheet().setAutoFilter(new CellRangeAddress(0, last, 0, columns - 1));
		out.sheet().setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		out.landscape();
	}

}
