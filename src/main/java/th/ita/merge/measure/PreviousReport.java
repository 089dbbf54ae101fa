package th.ita.merge.measure;

/**
 * What a division reported on a measure in an earlier round, read back from the measures register
 * of that round's consolidated workbook; the division by its name, as the register names it, and
 * the measure's tool and indicator number as written (a province groups measures by them).
 */
public record PreviousReport(String measureId, String tool, String indicator, String weakness, String divisionName, ProgressState state,
		String result, String remark, String evidenceLink) {

}
