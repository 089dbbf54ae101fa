package th.ita.merge.measure;

/**
 * A measure of an organization's plan as its consolidated report gives it: its code, tool,
 * indicator and weakness, the divisions that reported on it (names, comma separated; empty when
 * none did) and its state.
 */
public record MeasureStanding(String measureId, String tool, String indicator, String weakness, String divisions,
		ProgressState state) {

}
