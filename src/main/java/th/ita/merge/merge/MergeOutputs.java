package th.ita.merge.merge;

import java.nio.file.Path;

import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.plan.Plan;

/**
 * Where a merge writes: {@code ita-<fiscal year>-round<round>.xlsx}, its error log beside it and
 * the feedback copies in a folder below.
 */
public record MergeOutputs(Path workbook, Path errorLog, Path feedback) {

	/** The consolidated workbook's sheet of every file received and every division that sent none. */
	public static final String SUBMISSIONS_SHEET = "การส่งไฟล์";

	/** The consolidated workbook's sheet of every problem, as the error log lists them. */
	public static final String ERRORS_SHEET = "ข้อผิดพลาด";

	public static MergeOutputs of(Path folder, Plan plan) {
		String base = "ita-" + plan.period().fiscalYear() + "-round" + plan.period().round();
		return new MergeOutputs(folder.resolve(base + ".xlsx"), folder.resolve(base + "-errors.csv"),
				folder.resolve(FeedbackCopy.FOLDER));
	}

}
