package th.ita.merge.risk.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.ita.merge.docx.SignaturePlacement;
import th.ita.merge.docx.ThaiDocument;
import th.ita.merge.docx.ThaiTable;
import th.ita.merge.docx.TableCell;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.RiskBand;
import th.ita.merge.plan.RiskSettings;
import th.ita.merge.plan.ScaleLevel;
import th.ita.merge.risk.RiskColumn;
import th.ita.merge.risk.RiskCounts;
import th.ita.merge.risk.RiskEntry;
import th.ita.merge.risk.RiskRecords;
import th.ita.merge.risk.RiskScore;
import th.ita.merge.value.Digits;

/**
 * The corruption-risk assessment report (รายงานผลการประเมินความเสี่ยงการทุจริต) as a Word document,
 * in the form offices publish: the title with the organization, fiscal year and how many risks
 * were counted; per category its risks as {@link RiskReportRows} words them (event with process,
 * risk factors, existing controls, likelihood, impact, score, level in its band's colour, measure,
 * owner and timeline); the 5×5 matrix of likelihood and impact with the bands; the risks sent but
 * not counted, with why; and the signature block. An organization's risks are held while the
 * document is written, to share the page's width among the columns by their text.
 */
public final class RiskReportDocument {

	/** The risk tables' text size: eleven columns across the page. */
	static final int TABLE_POINTS = 14;

	private final Plan plan;

	private final Digits digits;

	/** The day of the run: the report's date when the plan names none. */
	private final LocalDate runDate;

	public RiskReportDocument(Plan plan, Digits digits, LocalDate runDate) {
		this.runDate = runDate;
		this.plan = plan;
		this.digits = digits;
	}

	public void write(OutputStream out, RiskRecords records, SignaturePlacement signatures) throws IOException {
		RiskSettings settings = this.plan.risk();
		RiskCounts counts = records.riskCounts();
		List<String> title = List.of("รายงานผลการประเมินความเสี่ยงการทุจริต",
				"ของ" + this.plan.organizationAndYear(this.digits));
		try (ThaiDocument document = new ThaiDocument(String.join(" ", title), this.digits)) {
			List<String> lines = new ArrayList<>(title);
			lines.add(RiskReportSheet.counted(counts.total(), records.rejectedRisks(), this.digits).replace(
					" (ดูเหตุผลในชีตทะเบียนความเสี่ยงการทุจริต)", ""));
			document.title(lines);
			Map<String, List<RiskEntry>> risks = RiskReportRows.byCategory(this.plan, records);
			int[] widths = RiskReportRows.widths(ThaiDocument.columns(TABLE_POINTS), this.plan, this.digits, risks);
			int section = 0;
			for (Map.Entry<String, List<RiskEntry>> category : risks.entrySet()) {
				document.heading(this.digits.format(++section) + ". " + category.getKey());
				ThaiTable table = document.table(TABLE_POINTS, widths);
				table.header(RiskReportRows.HEADER_TOP, RiskReportRows.HEADER_BOTTOM);
				List<RiskEntry> inCategory = category.getValue();
				for (int number = 1; number <= inCategory.size(); number++) {
					table.row(cells(number, inCategory.get(number - 1), settings));
				}
				if (inCategory.isEmpty()) {
					table.span(TableCell.of("ไม่พบความเสี่ยงในประเภทนี้").asCentred(), false);
				}
			}
			new RiskMatrix(document, settings, this.digits).write(counts);
			notCounted(document, records);
			document.signOff(this.plan.signOff().lines(this.digits, this.runDate), signatures);
			document.write(out);
		}
	}

	/** The risk's row as {@link RiskReportRows} words it, the level in its band's colour. */
	private List<TableCell> cells(int number, RiskEntry risk, RiskSettings settings) {
		List<String> texts = RiskReportRows.texts(this.plan, this.digits, number, risk);
		List<TableCell> cells = new ArrayList<>();
		for (int column = 0; column < texts.size(); column++) {
			TableCell cell = TableCell.of(texts.get(column));
			cell = RiskReportRows.CENTRED.contains(column) ? cell.asCentred() : cell;
			cells.add((column == RiskReportRows.LEVEL) ? cell.withFill(RiskRegisterSheet.colour(settings, risk)) : cell);
		}
		return cells;
	}

	/** The risks sent but not counted, each with its division and why, after the matrix. */
	private void notCounted(ThaiDocument document, RiskRecords records) {
		if (records.rejectedRisks() == 0) {
			return;
		}
		document.heading("ความเสี่ยงที่ส่งมาแต่ไม่นำมาประเมิน เพราะข้อมูลไม่ครบหรือไม่ถูกต้อง");
		ThaiTable table = document.table(TABLE_POINTS, 6, 24, 50, 70);
		table.header(List.of("ที่", "สำนัก/กอง", "ความเสี่ยงที่ส่งมา", "เหตุที่ไม่นับ"));
		int[] number = { 0 };
		records.forEachRejectedRisk((risk) -> {
			String event = risk.written(RiskColumn.EVENT).isEmpty() ? risk.written(RiskColumn.PROCESS)
					: risk.written(RiskColumn.EVENT);
			table.row(List.of(TableCell.of(this.digits.format(++number[0])).asCentred(),
					TableCell.of(this.plan.divisionName(risk.divisionCode())), TableCell.of(event), TableCell.of(risk.reasons())));
		});
	}

	/** The 5×5 matrix and the bands, after the categories. */
	private record RiskMatrix(ThaiDocument document, RiskSettings settings, Digits digits) {

		void write(RiskCounts counts) {
			this.document.heading("แผนภูมิความเสี่ยงการทุจริต (โอกาส × ผลกระทบ)");
			int size = RiskSettings.SCALE_MAX;
			int[] weights = new int[size + 2];
			weights[0] = 8;
			weights[1] = 16;
			for (int i = 0; i < size; i++) {
				weights[2 + i] = 15;
			}
			ThaiTable table = this.document.table(TABLE_POINTS, weights);
			for (int likelihood = size; likelihood >= 1; likelihood--) {
				ScaleLevel level = this.settings.likelihood().get(likelihood - 1);
				List<TableCell> cells = new ArrayList<>();
				cells.add(TableCell.of((likelihood == size) ? "โอกาส" : "").asBold().asCentred());
				cells.add(TableCell.of(this.digits.format(likelihood) + " " + level.name()).asBold());
				for (int impact = 1; impact <= size; impact++) {
					RiskBand band = new RiskScore(likelihood, impact).band(this.settings);
					cells.add(TableCell.of(this.digits.format(counts.at(likelihood, impact))).asBold().asCentred()
						.withFill(band.colour()));
				}
				table.row(cells);
				table.keepLastRowWithNext();
			}
			List<TableCell> names = new ArrayList<>(List.of(TableCell.of(""), TableCell.of("")));
			for (int impact = 1; impact <= size; impact++) {
				names.add(TableCell.of(this.digits.format(impact) + " " + this.settings.impact().get(impact - 1).name())
					.asBold().asCentred());
			}
			table.row(names);
			table.keepLastRowWithNext();
			table.span(TableCell.of("ผลกระทบ").asBold().asCentred(), false);
			this.document.heading("เกณฑ์ระดับความเสี่ยง (คะแนน = โอกาส × ผลกระทบ)");
			ThaiTable bands = this.document.table(TABLE_POINTS, 20, 30, 100);
			List<RiskBand> all = this.settings.bands();
			for (int i = 0; i < all.size(); i++) {
				RiskBand band = all.get(i);
				bands.row(List.of(TableCell.of(band.name()).asBold().asCentred().withFill(band.colour()),
						TableCell.of("คะแนน " + this.digits.format(band.from()) + " - " + this.digits.format(band.to())),
						TableCell.of(band.treatmentRequired() ? "ต้องมีมาตรการป้องกัน ผู้รับผิดชอบ และระยะเวลา" : "")));
				if (i < all.size() - 1) {
					bands.keepLastRowWithNext();
				}
			}
		}

	}

}
