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
 * (and, like the merge, its lock and technical log in {@code .ita-merge}); what only a whole run
 * can tell (superseded files, divisions that sent nothing) is the merge's. No file stops the
 * others from being checked: one whose check fails is answered in one line and skipped.
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
		return this.options.withPlan(wholeFolder, feedbackFolder(), true, this::run);
	}

	private Path feedbackFolder() {
		return this.options.output.resolve(FeedbackCopy.FOLDER);
	}

	private int run(Plan plan) {
		CommandLogging.toFile(TechnicalLog.of(this.options.output));
		List<Path> toCheck = (this.files != null && !this.files.isEmpty()) ? this.files
				: InputFiles.list(this.options.input, this.options.planFile());
		SubmissionReader reader = new SubmissionReader(plan, Features.of(plan).sheets(), this.size.limits());
		Tally tally = new Tally();
		for (Path file : toCheck) {
			Optional<ProblemCode> notAFile = Files.isDirectory(file) ? Optional.of(ProblemCode.INPUT_FILE_IS_A_FOLDER)
					: Files.isRegularFile(file) ? Optional.empty() : Optional.of(ProblemCode.INPUT_FILE_MISSING);
			if (notAFile.isPresent()) {
				Console.OUT.println(Console.message(notAFile.get(), file));
				tally.unchecked++;
				continue;
			}
			try {
				check(reader, file, tally);
			}
			catch (IOException | RuntimeException ex) {
				Console.OUT.println(unfinished(file, ex));
				tally.unchecked++;
			}
		}
		return tally.report(toCheck.size());
	}

	/** Checks one file: prints its problems, then writes its feedback copy. */
	private void check(SubmissionReader reader, Path file, Tally tally) throws IOException {
		ReturnedFile returned = reader.read(file);
		Submission submission = returned.submission();
		print(submission);
		Optional<Path> copy = FeedbackCopy.write(submission.file(), returned.content(), this.options.output,
				submission.problems());
		copy.ifPresentOrElse((written) -> Console.OUT.println("  ไฟล์แจ้งกลับ: " + written), () -> {
			if (!submission.problems().isEmpty()) {
				Console.OUT.println("  ไม่มีไฟล์แจ้งกลับ เพราะเปิดไฟล์นี้อย่างปลอดภัยไม่ได้หรือไม่ใช่แบบรายงาน");
			}
		});
		tally.add(submission.problems());
	}

	/**
	 * The one line for a file whose check did not finish: what is wrong with the output folder when
	 * the feedback copy could not be written there, else that this file could not be checked.
	 */
	private String unfinished(Path file, Exception ex) {
		Path log = TechnicalLog.record(this.options.output, ex);
		return OutputFolder.explain(feedbackFolder(), ex)
			.map((trouble) -> file.getFileName() + ": " + Console.message(trouble.code(), trouble.path()))
			.orElseGet(() -> Console.message(ProblemCode.FILE_CHECK_FAILED, file.getFileName(), log.toString()));
	}

	private static void print(Submission submission) {
		Console.OUT.printf("%s: อ่าน %d แถว = รับ %d + ไม่รับ %d%n", submission.file(), submission.rowsRead(),
				submission.rowsAccepted(), submission.rowsRejected());
		if (submission.problems().isEmpty()) {
			Console.OUT.println("  ไม่พบข้อผิดพลาด");
			return;
		}
		for (Problem problem : submission.problems()) {
			Console.OUT.println("  - " + problem.severity().thai() + " " + Console.sheetAndCell(problem) + problem.message());
		}
	}

	/** What the checks found, and the exit status it makes. */
	private static final class Tally {

		private int errors;

		private int warnings;

		private int unchecked;

		void add(List<Problem> problems) {
			this.errors += (int) problems.stream().filter(Problem::isError).count();
			this.warnings += (int) problems.stream().filter((problem) -> !problem.isError()).count();
		}

		/** 0 clean, 2 when a file had errors or could not be checked, 1 when no file could be checked. */
		int report(int files) {
			if (this.unchecked > 0) {
				Console.OUT.printf("ตรวจ %d ไฟล์: ข้อผิดพลาด %d, คำเตือน %d, ตรวจไม่ได้ %d ไฟล์%n", files, this.errors,
						this.warnings, this.unchecked);
			}
			else {
				Console.OUT.printf("ตรวจ %d ไฟล์: ข้อผิดพลาด %d, คำเตือน %d%n", files, this.errors, this.warnings);
			}
			if (this.unchecked > 0 && this.unchecked == files) {
				return Console.FAILED;
			}
			return (this.errors > 0 || this.unchecked > 0) ? Console.INPUT_ERRORS : Console.OK;
		}

	}

}
