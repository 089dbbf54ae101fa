package th.ita.merge.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import th.ita.merge.division.InputLimits;
import th.ita.merge.division.ReturnedFile;
import th.ita.merge.division.Submission;
import th.ita.merge.division.SubmissionReader;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.feedback.FeedbackCopy;
import th.ita.merge.merge.Features;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;

/**
 * Checks a division's upload at once with the merge's own rules ({@link SubmissionReader}): kept
 * under the name of the division's template in a folder of its own (never a name from the
 * browser), read with the same size cap and hostile-file checks as the command, given its feedback
 * copy, and recorded. A file that is another division's template, or no template at all, is
 * refused and goes nowhere near the input folder.
 */
@Component
@ConditionalOnWebApplication
class UploadCheck {

	/** A file larger than the cap: refused before it is read. */
	static final class TooLarge extends Exception {

		TooLarge() {
			super("upload over the size cap");
		}

	}

	private final Uploads uploads;

	private final InputLimits limits;

	UploadCheck(Uploads uploads, InputLimits limits) {
		this.uploads = uploads;
		this.limits = limits;
	}

	long cap() {
		return this.limits.maxFileBytes().toBytes();
	}

	/** Checks and records one upload of {@code division}'s file. */
	Upload check(Plan plan, Division division, String sender, InputStream content)
			throws IOException, TooLarge {
		String id = UUID.randomUUID().toString();
		String name = TemplateGenerator.fileName(plan, division);
		Path folder = Files.createDirectories(this.uploads.folderOf(id));
		Path file = folder.resolve(name);
		long size = copyCapped(content, file);
		ReturnedFile returned = new SubmissionReader(plan, Features.of(plan).sheets(), this.limits).read(file);
		Submission submission = returned.submission();
		List<Problem> problems = new ArrayList<>(submission.problems());
		boolean refused = !submission.identified() || problems.stream().anyMatch((p) -> p.code().refusesFile());
		if (submission.identified() && !Objects.equals(submission.divisionCode(), division.code())) {
			problems.add(0, Problem.of(ProblemCode.UPLOAD_OF_ANOTHER_DIVISION, Location.ofFile(name),
					plan.divisionName(submission.divisionCode()), division.name()));
			refused = true;
		}
		boolean feedback = !refused && FeedbackCopy.write(name, returned.content(), folder, problems).isPresent();
		int errors = (int) problems.stream().filter(Problem::isError).count();
		Upload checked = new Upload(id, OfficeRound.roundKey(plan), division.code(), sender, OffsetDateTime.now(), name,
				size, errors, problems.size() - errors, refused ? Upload.State.REFUSED : Upload.State.CURRENT, feedback);
		return this.uploads.record(checked, problems);
	}

	/** Copies the upload, stopping as soon as it passes the cap. */
	private long copyCapped(InputStream content, Path file) throws IOException, TooLarge {
		long cap = cap();
		long copied = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
				copied += read;
				if (copied > cap) {
					break;
				}
				out.write(buffer, 0, read);
			}
		}
		if (copied > cap) {
			Files.deleteIfExists(file);
			Files.deleteIfExists(file.getParent());
			throw new TooLarge();
		}
		return copied;
	}

}
