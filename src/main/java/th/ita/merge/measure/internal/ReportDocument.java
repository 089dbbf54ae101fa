package th.ita.merge.measure.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.docx.Link;
import th.ita.merge.docx.SignaturePlacement;
import th.ita.merge.docx.ThaiDocument;
import th.ita.merge.docx.ThaiTable;
import th.ita.merge.docx.TableCell;
import th.ita.merge.docx.CellLine;
import th.ita.merge.docx.ThaiText;
import th.ita.merge.measure.MeasureChanges;
import th.ita.merge.measure.MeasureReports;
import th.ita.merge.measure.Movement;
import th.ita.merge.plan.Indicator;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.Tool;
import th.ita.merge.value.Digits;

/**
 * The report (รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส) as a Word document, in
 * the form of the published one: the three-line title; per tool its section heading
 * (๑. ด้าน IIT); in it each indicator's heading and narrative, then the section's table with two
 * header rows repeated on every page, the topic headings as bold rows and the measures numbered
 * ๑, ๒, … within each indicator, the result text in the column of its state; then the signature
 * block. The lines are the sheet's: {@link MeasureConsolidation} makes both.
 */
public final class ReportDocument {

	private final Plan plan;

	private final Digits digits;

	/** The day of the run: the report's date when the plan names none. */
	private final LocalDate runDate;

	public ReportDocument(Plan plan, Digits digits, LocalDate runDate) {
		this.runDate = runDate;
		this.plan = plan;
		this.digits = digits;
	}

	public void write(OutputStream out, MeasureReports records, ReportLines lines, SignaturePlacement signatures,
			Optional<MeasureChanges> changes) throws IOException {
		List<String> title = ReportOutline.title(this.plan, this.digits);
		try (ThaiDocument document = new ThaiDocument(String.join(" ", title), this.digits)) {
			document.title(title);
			int[] widths = lines.documentWidths();
			int section = 0;
			for (Tool tool : Tool.values()) {
				List<Indicator> indicators = ReportOutline.indicatorsOf(this.plan, tool);
				if (indicators.isEmpty()) {
					continue;
				}
				document.heading(this.digits.format(++section) + ". " + tool.sectionTitle());
				if (changes.isPresent()) {
					document.paragraph(movement(changes.get(), tool));
				}
				for (Indicator indicator : indicators) {
					document.heading(heading(indicator));
					for (String paragraph : indicator.narrative().split("\n")) {
						if (!paragraph.isBlank()) {
							document.paragraph(paragraph.strip());
						}
					}
				}
				table(document, indicators, records, widths);
			}
			document.signOff(this.plan.signOff().lines(this.digits, this.runDate), signatures);
			document.write(out);
		}
	}

	/**
	 * "เทียบกับรอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖: มาตรการก้าวหน้า ๓ มาตรการ, คงเดิม ๒ มาตรการ": how the
	 * tool's measures moved since the round before, for the officer to keep or delete.
	 */
	private String movement(MeasureChanges changes, Tool tool) {
		Map<Movement, Integer> counts = changes.countsOf(tool);
		List<String> parts = new ArrayList<>();
		for (Movement movement : Movement.values()) {
			if (counts.containsKey(movement)) {
				parts.add(movement.thai() + " " + this.digits.format(counts.get(movement)) + " มาตรการ");
			}
		}
		return "เทียบกับ" + changes.since() + ": " + String.join(", ", parts);
	}

	private String heading(Indicator indicator) {
		return "ตัวชี้วัดที่ " + this.digits.format(indicator.number()) + " " + indicator.name();
	}

	/**
	 * The section's table. Where a section holds several indicators and one starts without a topic
	 * heading, its heading stands in the table, so its numbering from ๑ is not taken for a mistake.
	 */
	private void table(ThaiDocument document, List<Indicator> indicators, MeasureReports records, int[] widths) {
		ThaiTable table = document.table(ThaiText.POINTS, widths);
		table.header(ReportOutline.HEADER_TOP, ReportOutline.HEADER_BOTTOM);
		for (Indicator indicator : indicators) {
			List<Measure> measures = ReportOutline.measuresOf(this.plan, indicator);
			if (indicators.size() > 1 && measures.get(0).topic().isEmpty()) {
				table.span(TableCell.of(heading(indicator)).asBold(), true);
			}
			String topic = "";
			int number = 0;
			for (Measure measure : measures) {
				if (!measure.topic().isEmpty() && !measure.topic().equals(topic)) {
					topic = measure.topic();
					table.span(TableCell.of(topic).asBold(), true);
				}
				table.row(cells(++number, ReportOutline.line(this.plan, measure, records)));
			}
		}
	}

	private List<TableCell> cells(int number, ConsolidatedMeasure line) {
		String prefix = this.digits.format(number) + ". ";
		List<TableCell> cells = new ArrayList<>(List.of(TableCell.of(prefix + line.measure().weakness()),
				TableCell.of(prefix + line.measure().guideline()), TableCell.of(line.measure().responsible()), TableCell.of(""),
				TableCell.of(""), TableCell.of(""), remark(line)));
		TableCell result = TableCell.of(line.result());
		cells.set(ReportOutline.FIRST_STATE + line.state().ordinal(),
				line.result().equals(MeasureConsolidation.STATE_MARK) ? result.asCentred() : result);
		return cells;
	}

	/** The remark: the divisions' remarks, the evidence as short links, who is still to be chased. */
	static TableCell remark(ConsolidatedMeasure line) {
		List<CellLine> lines = new ArrayList<>();
		if (!line.remarks().isEmpty()) {
			lines.addAll(CellLine.split(line.remarks()));
		}
		List<ConsolidatedMeasure.Evidence> evidence = line.evidence();
		if (evidence.size() > 1) {
			lines.add(CellLine.text("หลักฐาน:"));
		}
		for (ConsolidatedMeasure.Evidence link : evidence) {
			String label = link.division().isEmpty() ? "" : link.division() + ": ";
			lines.add(CellLine.link(new Link((evidence.size() == 1) ? "หลักฐาน: " + label : label, link.link())));
		}
		if (!line.followUp().isEmpty()) {
			lines.addAll(CellLine.split(line.followUp()));
		}
		return TableCell.of(lines);
	}

}
