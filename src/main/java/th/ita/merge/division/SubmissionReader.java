package th.ita.merge.division;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.merge.division.internal.FileCheck;
import th.ita.merge.division.internal.Identification;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;
import th.ita.merge.problem.Location;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.xlsx.UnreadableWorkbookException;
import th.ita.merge.xlsx.XlsxFile;

/**
 * Reads one division's returned file against the plan, reading its bytes once: its size is checked
 * before it is read, its first bytes say whether it is a workbook at all, its SHA-256 is taken from
 * the same bytes, then it is opened, told apart by its hidden identity sheet and each feature's
 * sheet is checked row by row. Bad data becomes problems that name the file, sheet and cell;
 * nothing here throws for what a user did.
 */
public final class SubmissionReader {

	private static final Logger LOGGER = LoggerFactory.getLogger(SubmissionReader.class);

	private final List<DivisionSheet<?>> sheets;

	private final FileCheck fileCheck;

	private final Identification identification;

	public SubmissionReader(Plan plan, List<DivisionSheet<?>> sheets, InputLimits limits) {
		this.sheets = List.copyOf(sheets);
		this.fileCheck = new FileCheck(limits.maxFileBytes().toBytes());
		this.identification = new Identification(plan);
	}

	public ReturnedFile read(Path path) {
		return read(path, (hash) -> false);
	}

	/**
	 * Reads a file, unless its bytes hash to what {@code alreadyRead} knows: then it is answered
	 * as unchanged without being parsed again.
	 */
	public ReturnedFile read(Path path, Predicate<String> alreadyRead) {
		String file = path.getFileName().toString();
		Location where = Location.ofFile(file);
		Instant fileTime = fileTime(path);
		byte[] content;
		try {
			Optional<Problem> refused = this.fileCheck.checkSize(Files.size(path), where);
			if (refused.isPresent()) {
				return refused(file, fileTime, null, refused.get(), new byte[0]);
			}
			content = Files.readAllBytes(path);
		}
		catch (IOException ex) {
			return refused(file, fileTime, null, Problem.of(ProblemCode.FILE_UNREADABLE, where, ""), new byte[0]);
		}
		String hash = sha256(content);
		if (alreadyRead.test(hash)) {
			return new ReturnedFile(Submission.refused(file, null, fileTime, fileTime, hash, List.of()), content, true);
		}
		Optional<Problem> notWorkbook = this.fileCheck.checkContent(content, where);
		if (notWorkbook.isPresent()) {
			return refused(file, fileTime, hash, notWorkbook.get(), content);
		}
		try (XlsxFile workbook = XlsxFile.open(content, file)) {
			return new ReturnedFile(read(workbook, where, fileTime, hash), content);
		}
		catch (UnreadableWorkbookException ex) {
			return refused(file, fileTime, hash, Problem.of(code(ex.reason()), where, ""), content);
		}
		catch (IOException | RuntimeException ex) {
			// a workbook damaged in a way no check foresaw must still not stop the other files
			LOGGER.warn("Could not read {}", file, ex);
			return refused(file, fileTime, hash, Problem.of(ProblemCode.FILE_UNREADABLE, where, ""), content);
		}
	}

	private Submission read(XlsxFile workbook, Location where, Instant fileTime, String hash) throws IOException {
		Instant savedAt = workbook.savedAt().orElse(fileTime);
		if (Identification.isPlan(workbook)) {
			return Submission.refused(where.file(), null, savedAt, fileTime, hash,
					List.of(Problem.of(ProblemCode.PLAN_AMONG_INPUTS, where, "")));
		}
		List<Problem> problems = new ArrayList<>();
		Optional<Division> division = this.identification.identify(workbook, where, problems);
		if (division.isEmpty() || problems.stream().anyMatch(Problem::isError)) {
			return Submission.refused(where.file(), null, savedAt, fileTime, hash, problems);
		}
		List<SheetResult<?>> results = new ArrayList<>();
		for (DivisionSheet<?> sheet : this.sheets) {
			SheetResult<?> result = sheet.read(workbook, where, division.get());
			results.add(result);
			problems.addAll(result.problems());
		}
		return new Submission(where.file(), division.get().code(), savedAt, fileTime, hash, problems, results);
	}

	private static ReturnedFile refused(String file, Instant fileTime, String hash, Problem problem, byte[] content) {
		return new ReturnedFile(Submission.refused(file, null, fileTime, fileTime, hash, List.of(problem)), content);
	}

	private static ProblemCode code(UnreadableWorkbookException.Reason reason) {
		return switch (reason) {
			case DAMAGED -> ProblemCode.FILE_UNREADABLE;
			case STRICT_OPEN_XML -> ProblemCode.STRICT_OPEN_XML;
			case ZIP_BOMB -> ProblemCode.ZIP_BOMB;
			case UNSAFE_XML -> ProblemCode.UNSAFE_XML;
		};
	}

	/** The hash that tells identical copies of a file apart from files that only look alike. */
	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant fileTime(Path path) {
		try {
			return Files.getLastModifiedTime(path).toInstant();
		}
		catch (IOException ex) {
			return Instant.EPOCH;
		}
	}

}
