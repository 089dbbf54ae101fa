package th.ita.merge.risk.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import th.ita.merge.plan.FollowUpStatus;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.risk.RejectedRisk;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.PreviousRisk;
import th.ita.merge.risk.RiskEntry;
import th.ita.merge.risk.RiskRecords;
import th.ita.merge.xlsx.RegisterRows;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The consolidated risk register (ทะเบียนความเสี่ยงการทุจริต): every accepted risk of every division,
 * the highest score first, its level in its band's colour and its status in its traffic light,
 * with the file, sheet and cell it came from. Numbers are numbers, so the officer can filter and
 * sort.
 */
public final class RiskRegisterSheet {

	static final List<String> HEADERS = List.of("ลำดับ", "สำนัก/กอง", "ประเภทความเสี่ยง", "กระบวนงาน/ขั้นตอน",
			"เหตุการณ์ความเสี่ยง", "ปัจจัยเสี่ยง", "การควบคุมที่มีอยู่", "โอกาส", "ผลกระทบ", "คะแนน", "ระดับความเสี่ยง",
			"มาตรการป้องกัน", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะการติดตาม", "ไฟล์", "ชีต", "เซลล์", "ผลการตรวจ");

	/** The level column of a risk sent but not counted. */
	static final String NOT_COUNTED = "ไม่นับ";

	/** The division, then the category, the process, the event, the factors and the controls. */
	private static final int DIVISION = 1;

	static final int LIKELIHOOD = 7;

	static final int LEVEL = 10;

	static final int STATUS = 14;

	private final Plan plan;

	private final ThaiStyles styles;

	private final SheetWriter out;

	public RiskRegisterSheet(Sheet sheet, ThaiStyles styles, Plan plan) {
		this.plan = plan;
		this.styles = styles;
		this.out = new SheetWriter(sheet, styles, 7, 20, 30, 22, 32, 26, 26, 8, 9, 8, 12, 32, 18, 16, 12, 34, 16, 8,
				40);
	}

	public void write(RiskRecords records) {
		this.out.header(HEADERS);
		RiskSettings settings = this.plan.risk();
		Map<String, FollowUpStatus> statuses = settings.statuses()
			.stream()
			.collect(Collectors.toMap(FollowUpStatus::name, Function.identity()));
		int[] number = { 0 };
		records.forEachRisk((risk) -> {
			Row row = this.out.cells(values(risk), Look.CELL);
			row.getCell(0).setCellValue(++number[0]);
			row.getCell(LIKELIHOOD).setCellValue(risk.likelihood());
			row.getCell(LIKELIHOOD + 1).setCellValue(risk.impact());
			row.getCell(LIKELIHOOD + 2).setCellValue(risk.score());
			for (int column : new int[] { 0, LIKELIHOOD, LIKELIHOOD + 1, LIKELIHOOD + 2 }) {
				row.getCell(column).setCellStyle(this.styles.get(Look.CELL_CENTRED));
			}
			row.getCell(LEVEL).setCellStyle(this.styles.filled(Look.CELL_CENTRED, colour(settings, risk)));
			FollowUpStatus status = statuses.get(risk.status());
			if (status != null) {
				row.getCell(STATUS).setCellStyle(this.styles.filled(Look.CELL_CENTRED, status.colour()));
			}
		});
		records.forEachRejectedRisk((risk) -> {
			Row row = this.out.cells(values(risk), Look.CELL);
			row.getCell(0).setCellValue(++number[0]);
			row.getCell(0).setCellStyle(this.styles.get(Look.CELL_CENTRED));
			row.getCell(LEVEL).setCellStyle(this.styles.get(Look.CELL_BOLD));
		});
		this.out.finishRegister(HEADERS.size());
	}

	/** The colour of a risk's level, as the office's bands set it. */
	static String colour(RiskSettings settings, RiskEntry risk) {
		return settings.bandNamed(risk.level()).map(RiskBand::colour).orElse("");
	}

	private List<String> values(RiskEntry risk) {
		return List.of("", this.plan.divisionName(risk.divisionCode()), risk.category(), risk.process(), risk.event(),
				risk.factors(), risk.controls(), "", "", "", risk.level(), risk.measure(), risk.owner(), risk.timeline(), risk.status(),
				risk.file(), risk.sheet(), risk.cell(), "");
	}

	/** A risk sent but not counted: what the division wrote, marked, with why. */
	private List<String> values(RejectedRisk risk) {
		return List.of("", this.plan.divisionName(risk.divisionCode()), risk.written(RiskColumn.CATEGORY),
				risk.written(RiskColumn.PROCESS), risk.written(RiskColumn.EVENT), risk.written(RiskColumn.FACTORS),
				risk.written(RiskColumn.CONTROLS), risk.written(RiskColumn.LIKELIHOOD), risk.written(RiskColumn.IMPACT),
				risk.written(RiskColumn.SCORE), NOT_COUNTED, risk.written(RiskColumn.MEASURE), risk.written(RiskColumn.OWNER),
				risk.written(RiskColumn.TIMELINE), risk.written(RiskColumn.STATUS), risk.file(), risk.sheet(), risk.cell(),
				"ไม่นับ: " + risk.reasons());
	}

	/** The risks of a register written by {@link #write}, read back by its headers. */
	public static List<PreviousRisk> read(XlsxFile workbook, SheetInfo sheet) throws IOException {
		List<PreviousRisk> risks = new ArrayList<>();
		RegisterRows.read(workbook, sheet, (cells) -> {
			Function<Integer, String> value = (column) -> cells.apply(HEADERS.get(column));
			String level = value.apply(LEVEL);
			risks.add(new PreviousRisk(value.apply(DIVISION), value.apply(DIVISION + 1), value.apply(DIVISION + 2),
					value.apply(DIVISION + 3), value.apply(DIVISION + 4), value.apply(DIVISION + 5), value.apply(LIKELIHOOD),
					value.apply(LIKELIHOOD + 1), level, value.apply(LEVEL + 1), value.apply(LEVEL + 2), value.apply(LEVEL + 3),
					value.apply(STATUS), !level.equals(NOT_COUNTED)));
		});
		return risks;
	}

}
