package th.ita.merge.merge;

import java.nio.file.Path;

import th.ita.merge.plan.Plan;

/** Where a merge writes: {@code ita-<fiscal year>-round<round>.xlsx} and its error log beside it. */
public record MergeOutputs(Path workbook, Path errorLog) {

	public static MergeOutputs of(Path folder, Plan plan) {
		String base = "ita-" + plan.period().fiscalYear() + "-round" + plan.period().round();
		return new MergeOutputs(folder.resolve(base + ".xlsx"), folder.resolve(base + "-errors.csv"));
	}

}
