package th.ita.merge.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import th.ita.merge.io.AtomicFiles;
import th.ita.merge.plan.InvalidPlanException;
import th.ita.merge.plan.Plan;
import th.ita.merge.plan.PlanReader;
import th.ita.merge.problem.Problem;

/**
 * The year's plan the pages work with: {@code plan.xlsx} in the input folder, the very file the
 * commands read, read again whenever it changed on disk (an officer may also copy it there).
 */
@Component
@ConditionalOnWebApplication
class OfficeRound {

	/** The plan as it stands: missing, refused with its problems, or read. */
	record PlanState(boolean present, Optional<Plan> plan, List<Problem> problems) {

		static final PlanState MISSING = new PlanState(false, Optional.empty(), List.of());

		/** The round's key the uploads are filed under: "2566-1". */
		Optional<String> roundKey() {
			return this.plan.map(OfficeRound::roundKey);
		}

	}

	private final OfficeFolders folders;

	private FileTime readAt;

	private PlanState state = PlanState.MISSING;

	OfficeRound(OfficeFolders folders) {
		this.folders = folders;
	}

	static String roundKey(Plan plan) {
		return plan.period().fiscalYear() + "-" + plan.period().round();
	}

	/** The plan, read again when the file changed since it was last read. */
	synchronized PlanState now() {
		Path file = this.folders.planFile();
		if (!Files.isRegularFile(file)) {
			this.readAt = null;
			this.state = PlanState.MISSING;
			return this.state;
		}
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			if (!modified.equals(this.readAt)) {
				this.state = read(file);
				this.readAt = modified;
			}
		}
		catch (IOException ex) {
			this.state = read(file);
		}
		return this.state;
	}

	/**
	 * Takes an uploaded plan: checked as the commands check it, and when it can be used, put in
	 * place of {@code plan.xlsx} whole; a plan that cannot be used leaves the old one in place.
	 */
	synchronized PlanState replace(InputStream upload) throws IOException {
		// under the name the problems should name
		Path staged = Files.createTempDirectory(Files.createDirectories(this.folders.uploads()), "plan-")
			.resolve("plan.xlsx");
		try {
			Files.copy(upload, staged, StandardCopyOption.REPLACE_EXISTING);
			PlanState checked = read(staged);
			if (checked.plan().isPresent()) {
				AtomicFiles.write(this.folders.planFile(), (out) -> Files.copy(staged, out));
				this.readAt = null;
				return now();
			}
			return checked;
		}
		finally {
			Files.deleteIfExists(staged);
			Files.deleteIfExists(staged.getParent());
		}
	}

	private static PlanState read(Path file) {
		try {
			return new PlanState(true, Optional.of(PlanReader.read(file)), List.of());
		}
		catch (InvalidPlanException ex) {
			return new PlanState(true, Optional.empty(), ex.problems());
		}
	}

}
