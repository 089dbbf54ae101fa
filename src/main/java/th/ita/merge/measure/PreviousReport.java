package th.ita.merge.measure;

/**
 * What a division reported on a measure in an earlier round, read back from the measures register
 * of that round's consolidated workbook; the division by its name, as the register names it.
 */
public record PreviousReport(String measureId, String tool, String weakness, String divisionName, ProgressState state,
		String result, String remark, String evidenceLink) {

}
