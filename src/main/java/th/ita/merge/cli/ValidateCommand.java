package th.ita.merge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import th.ita.merge.division.InputFiles;
import th.ita.merge.division.ReturnedFile;
import th.ita.merge.division.Submission;
import th.ita.merge.division.SubmissionReader;
import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.merge.Features;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/**
 * {@code validate}: checks division files against the plan without merging them, prints every
 * problem with its sheet and cell, and writes the feedback copies. What a division or the legal
 * officer runs before the deadline. It needs no Spring and no job repository: each file is
 * checked on its own, so it starts at once and leaves nothing but the feedback copies behind
 * (and, like the merge, its lock and technical log in {@code .ita-merge}); what only a whole run can tell
 * (superseded files, divisions that sent nothing) is the merge's.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
class ValidateCommand implements Callable<Integer> {

	@Mixin
	CommonOptions options;

	@Mixin
	FileSizeOption size;

	@Parameters(paramLabel = "ไฟล์", arity = "0..*", descriptionKey = "files")
	List<Path> files;

	@Override
	public Integer call() {
		boolean wholeFolder = this.files == null || this.files.isEmpty();
		return this.options.withPlan(wholeFolder, this.options.output.resolve(FeedbackCopy.FOLDER), true, this::run);
	}

	private int run(Plan plan) throws IOException {
		CommandLogging.toFile(TechnicalLog.of(this.options.output));
		List<Path> toCheck = (this.files != null && !this.files.isEmpty()) ? this.files
				: InputFiles.list(this.options.input, this.options.planFile());
		SubmissionReader reader = new SubmissionReader(plan, Features.of(plan).sheets(), this.size.limits());
		int errors = 0;
		int warnings = 0;
		for (Path file : toCheck) {
			if (!Files.isRegularFile(file)) {
				return Console.refused(ProblemCode.INPUT_FILE_MISSING, file);
			}
			ReturnedFile returned = reader.read(file);
			Submission submission = returned.submission();
			print(submission, FeedbackCopy.write(submission.file(), returned.content(), this.options.output,
					submission.problems()));
			errors += (int) submission.problems().stream().filter(Problem::isError).count();
			warnings += (int) submission.problems().stream().filter((problem) -> !problem.isError()).count();
		}
		Console.OUT.printf("ตรวจ %d ไฟล์: ข้อผิดพลาด %d, คำเตือน %d%n", toCheck.size(), errors, warnings);
		return (errors > 0) ? Console.INPUT_ERRORS : Console.OK;
	}

	private static void print(Submission submission, Optional<Path> feedback) {
		Console.OUT.printf("%s: อ่าน %d แถว = รับ %d + ไม่รับ %d%n", submission.file(), submission.rowsRead(),
				submission.rowsAccepted(), submission.rowsRejected());
		if (submission.problems().isEmpty()) {
			Console.OUT.println("  ไม่พบข้อผิดพลาด");
			return;
		}
		for (Problem problem : submission.problems()) {
			Console.OUT.println("  - " + problem.severity().thai() + " " + Console.sheetAndCell(problem) + problem.message());
		}
		feedback.ifPresentOrElse((copy) -> Console.OUT.println("  ไฟล์แจ้งกลับ: " + copy),
				() -> Console.OUT.println("  ไม่มีไฟล์แจ้งกลับ เพราะเปิดไฟล์นี้อย่างปลอดภัยไม่ได้หรือไม่ใช่แบบรายงาน"));
	}

}
