package th.ita.merge.measure;


/**
 * One division's report on one measure, as accepted from its file, with where it came from.
 * {@code cell} is the result cell, the value the report prints.
 */
public record MeasureReport(String measureId, String divisionCode, ProgressState state, String result, String remark,
		String evidenceLink, String file, String sheet, String cell) {
}
