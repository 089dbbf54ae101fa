package th.ita.merge.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.merge.internal.SubmissionSummary.Status;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.ThaiTime;
import th.ita.merge.xlsx.SheetWriter;
import th.ita.merge.xlsx.ThaiStyles;
import th.ita.merge.xlsx.ThaiStyles.Look;

/**
 * The submissions sheet (การส่งไฟล์): every division on the roster with the files received from it
 * and what became of each (merged, merged with errors, superseded), the divisions that sent
 * nothing, and the files that matched no division, which were refused. When a file was saved is
 * written as Thai offices write it, in the Buddhist era ("5/4/2566 09:30").
 */
final class SubmissionsSheet {

	static final String NAME = MergeOutputs.SUBMISSIONS_SHEET;

	static final List<String> HEADERS = List.of("สำนัก/กอง", "ไฟล์", "บันทึกเมื่อ", "แถวที่อ่าน", "แถวที่รับ",
			"แถวที่ไม่รับ", "สถานะ", "แทนที่ด้วยไฟล์");

	private SubmissionsSheet() {
	}

	/** One line per division and file, divisions in roster order, then the files of no division. */
	static List<SubmissionSummary> summaries(List<StagedFile> received, Plan plan) {
		List<SubmissionSummary> summaries = new ArrayList<>();
		Map<String, List<StagedFile>> byDivision = new HashMap<>();
		received.stream()
			.filter((file) -> file.division() != null)
			.forEach((file) -> byDivision.computeIfAbsent(file.division(), (code) -> new ArrayList<>()).add(file));
		for (Division division : plan.divisions()) {
			List<StagedFile> files = byDivision.getOrDefault(division.code(), List.of());
			if (files.isEmpty()) {
				summaries.add(new SubmissionSummary(division.name(), "", null, 0, 0, 0, Status.NOT_RECEIVED, ""));
			}
			for (StagedFile file : files) {
				Status status = file.superseded() ? Status.SUPERSEDED
						: (file.errors() > 0) ? Status.MERGED_WITH_ERRORS : Status.MERGED;
				int accepted = file.superseded() ? 0 : file.read() - file.rejected();
				summaries.add(new SubmissionSummary(division.name(), file.name(), file.savedAt(), file.read(), accepted,
						file.read() - accepted, status, file.superseded() ? file.supersededBy() : ""));
			}
		}
		received.stream()
			.filter((file) -> file.division() == null)
			.forEach((file) -> summaries.add(new SubmissionSummary("", file.name(), file.savedAt(), file.read(), 0,
					file.read(), Status.REJECTED, "")));
		return summaries;
	}

	static void write(Sheet sheet, ThaiStyles styles, List<SubmissionSummary> summaries) {
		SheetWriter out = new SheetWriter(sheet, styles, 28, 40, 17, 10, 10, 10, 30, 40);
		out.header(HEADERS);
		for (SubmissionSummary summary : summaries) {
			List<String> values = new ArrayList<>(List.of(summary.divisionName(), summary.file(),
					(summary.savedAt() != null) ? ThaiTime.of(summary.savedAt()) : "", "", "", "",
					summary.status().thai(), summary.supersededBy()));
			Row row = out.cells(values, Look.CELL);
			if (!summary.file().isEmpty()) {
				row.getCell(3).setCellValue(summary.rowsRead());
				row.getCell(4).setCellValue(summary.rowsAccepted());
				row.getCell(5).setCellValue(summary.rowsRejected());
			}
		}
		out.finishRegister(HEADERS.size());
	}

}
