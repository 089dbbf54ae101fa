package th.ita.merge.risk;

import java.util.List;

/**
 * A risk a division sent that was not accepted, as it wrote it ({@code written}: one text per
 * {@link RiskColumn}, in their order), with why and where: kept so the register, the heat map and
 * the risk report can say it was sent and not counted.
 */
public record RejectedRisk(String divisionCode, List<String> written, String reasons, String file, String sheet,
		String cell) {

	public RejectedRisk {
		written = List.copyOf(written);
	}

	/** What the division wrote in one column. */
	public String written(RiskColumn column) {
		return (column.ordinal() < this.written.size()) ? this.written.get(column.ordinal()) : "";
	}

}
