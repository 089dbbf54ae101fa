package th.ita.merge.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import th.ita.merge.measure.MeasureOutputs;
import th.ita.merge.measure.PreviousAnswers;
import th.ita.merge.measure.PreviousReport;
import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.Organization;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.risk.PreviousRisk;
import th.ita.merge.risk.RiskOutputs;
import th.ita.merge.value.CellValues;
import th.ita.merge.value.Digits;
import th.ita.merge.xlsx.XlsxFile;

/**
 * An earlier round's consolidated workbook, read back (streamed, never opened whole): which
 * organization, fiscal year and round it reports, what each division reported on each measure,
 * and its risks. Round 2's templates start from round 1's answers, a merge shows what changed
 * since the round before, and next year's plan carries over the measures it left undone.
 */
public record PreviousRound(Path file, String organization, String organizationCode, ReportingPeriod period,
		List<PreviousReport> reports, List<PreviousRisk> risks) {

	/** Reads the workbook, or says in Thai why it is not an earlier round's consolidated workbook. */
	public static PreviousRound read(Path file) throws PreviousRoundException {
		if (!Files.isRegularFile(file)) {
			throw refusal(ProblemCode.PREVIOUS_UNREADABLE, file, null, "ไม่พบไฟล์");
		}
		try (XlsxFile workbook = XlsxFile.open(file)) {
			Optional<ConsolidatedIdentity.Read> identity = ConsolidatedIdentity.read(workbook);
			if (identity.isEmpty()) {
				throw refusal(ProblemCode.PREVIOUS_NOT_CONSOLIDATED, file, null);
			}
			if (identity.get().newerThanThisTool()) {
				throw refusal(ProblemCode.PREVIOUS_NEWER_FORMAT, file, null, ConsolidatedIdentity.TOOL_VERSION);
			}
			if (identity.get().period().isEmpty()) {
				throw refusal(ProblemCode.PREVIOUS_NOT_CONSOLIDATED, file, null);
			}
			return new PreviousRound(file, identity.get().organization(), identity.get().code(),
					identity.get().period().get(), MeasureOutputs.readRegister(workbook), RiskOutputs.readRegister(workbook));
		}
		catch (IOException | RuntimeException ex) {
			throw refusal(ProblemCode.PREVIOUS_UNREADABLE, file, ex, "ไฟล์เสียหรือไม่ใช่ไฟล์ Excel");
		}
	}

	/**
	 * The consolidated workbook of the round before the plan's in the output folder, if there:
	 * round 1's of the same year for round 2, last year's round 2 for round 1.
	 */
	public static Optional<Path> findIn(Path outputFolder, Plan plan) {
		ReportingPeriod period = plan.period();
		ReportingPeriod before = (period.round() == 2) ? new ReportingPeriod(period.fiscalYear(), 1)
				: new ReportingPeriod(period.fiscalYear() - 1, 2);
		Path file = outputFolder.resolve(MergeOutputs.workbookName(before));
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/**
	 * Refuses, in Thai, a workbook of another organization than the plan's, or of a round that is
	 * not earlier than the plan's.
	 */
	public PreviousRound checkPrecedes(Plan plan) throws PreviousRoundException {
		if (!isOf(plan.organization())) {
			throw refusal(ProblemCode.PREVIOUS_OTHER_ORGANIZATION, this.file, null, this.organization,
					plan.organization().name());
		}
		ReportingPeriod now = plan.period();
		boolean earlier = this.period.fiscalYear() < now.fiscalYear()
				|| (this.period.fiscalYear() == now.fiscalYear() && this.period.round() < now.round());
		if (!earlier) {
			throw refusal(ProblemCode.PREVIOUS_NOT_EARLIER, this.file, null, this.period.title(Digits.THAI), now.title(Digits.THAI));
		}
		return this;
	}

	/**
	 * Whether this workbook is the organization's: by its code when both have one, else by its
	 * name, spaces aside.
	 */
	public boolean isOf(Organization organization) {
		if (!this.organizationCode.isEmpty() && this.organizationCode.equals(organization.code())) {
			return true;
		}
		return CellValues.words(this.organization).equals(CellValues.words(organization.name()));
	}

	/** The measure's state across the divisions that reported it; empty when it was not reported. */
	public Optional<ProgressState> stateOf(String measureId) {
		return answers().stateOf(measureId);
	}

	/** What each division reported, for the next round's templates to start from. */
	public PreviousAnswers answers() {
		return new PreviousAnswers(this.period.title(Digits.THAI), this.reports);
	}

	private static PreviousRoundException refusal(ProblemCode code, Path file, Throwable cause, String... details) {
		return new PreviousRoundException(code, code.message(file.toString(), details), cause);
	}

}
