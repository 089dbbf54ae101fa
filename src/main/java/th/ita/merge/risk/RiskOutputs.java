package th.ita.merge.risk;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;

import th.ita.merge.docx.SignaturePlacement;
import th.ita.merge.plan.Plan;
import th.ita.merge.risk.internal.HeatMapSheet;
import th.ita.merge.risk.internal.RiskRegisterSheet;
import th.ita.merge.risk.internal.RiskReportDocument;
import th.ita.merge.risk.internal.RiskReportSheet;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.XlsxFile;

/**
 * The risks' outputs: in the consolidated workbook the register of every risk, the 5×5 heat map
 * and the printable risk-assessment report; and that report as a Word document to sign and
 * publish.
 */
public final class RiskOutputs {

	public static final String REGISTER_SHEET = "ทะเบียนความเสี่ยงการทุจริต";

	public static final String HEAT_MAP_SHEET = "แผนภูมิความเสี่ยง";

	public static final String REPORT_SHEET = "รายงานประเมินความเสี่ยง";

	private final Plan plan;

	private final Digits digits;

	private final LocalDate runDate;

	/** {@code runDate} dates the printed report when the plan gives no date. */
	public RiskOutputs(Plan plan, Digits digits, LocalDate runDate) {
		this.plan = plan;
		this.digits = digits;
		this.runDate = runDate;
	}

	/** Adds the register, the heat map and the report, in that order. */
	public void write(Workbook workbook, ThaiStyles styles, RiskRecords risks) {
		new RiskRegisterSheet(workbook.createSheet(REGISTER_SHEET), styles, this.plan).write(risks);
		new HeatMapSheet(workbook.createSheet(HEAT_MAP_SHEET), styles, this.plan, this.digits).write(risks);
		new RiskReportSheet(workbook.createSheet(REPORT_SHEET), styles, this.plan, this.digits, this.runDate)
			.write(risks);
	}

	/** Writes the risk-assessment report as a Word document. */
	public void writeDocument(OutputStream out, RiskRecords risks, SignaturePlacement signatures) throws IOException {
		new RiskReportDocument(this.plan, this.digits, this.runDate).write(out, risks, signatures);
	}

	/** The risks of the register of an earlier round's consolidated workbook; none if it has no register. */
	public static List<PreviousRisk> readRegister(XlsxFile workbook) throws IOException {
		Optional<SheetInfo> sheet = workbook.sheet(REGISTER_SHEET);
		return sheet.isPresent() ? RiskRegisterSheet.read(workbook, sheet.get()) : List.of();
	}

}
