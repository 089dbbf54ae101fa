package th.ita.merge.division;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
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
import th.ita.merge.value.ThaiTime;
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

	/** How far ahead of this computer's clock a saved time may be before it is taken as wrong. */
	private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

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
			return refused(file, fileTime, null, Problem.of(cannotRead(ex), where, ""), new byte[0]);
		}
		String hash = sha256(content);
		if (alreadyRead.test(hash)) {
			return new ReturnedFile(Submission.refused(file, null, fileTime, fileTime, hash, List.of()), content, true);
		}
		if (unreadableName(file)) {
			file = file + " [" + hash.substring(0, 8) + "]";
			where = Location.ofFile(file);
			return named(read(file, where, content, fileTime, hash),
					Problem.of(ProblemCode.FILE_NAME_UNREADABLE, where, file));
		}
		return read(file, where, content, fileTime, hash);
	}

	private ReturnedFile read(String file, Location where, byte[] content, Instant fileTime, String hash) {
		Optional<Problem> notWorkbook = this.fileCheck.checkContent(content, where);
		if (notWorkbook.isPresent()) {
			return refused(file, fileTime, hash, notWorkbook.get(), content);
		}
		try (XlsxFile workbook = XlsxFile.open(content, file)) {
			return new ReturnedFile(read(workbook, where, fileTime, hash), content);
		}
		catch (UnreadableWorkbookException ex) {
			return refused(file, fileTime, hash,
					Problem.of(code(ex.reason()), where.at(ex.sheet(), ex.cell(), ""), "", ex.sheet()), content);
		}
		catch (IOException | RuntimeException ex) {
			// a workbook damaged in a way no check foresaw must still not stop the other files
			LOGGER.warn("Could not read {}", file, ex);
			return refused(file, fileTime, hash, Problem.of(ProblemCode.FILE_UNREADABLE, where, ""), content);
		}
	}

	/**
	 * Whether a file's name came out of the file system garbled: bytes that are not UTF-8 (a
	 * TIS-620 name from a zip made on Windows), or any name when the platform cannot spell Thai.
	 */
	private static boolean unreadableName(String name) {
		return name.indexOf('\uFFFD') >= 0
				|| (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8")) && name.indexOf('?') >= 0);
	}

	/** The file, with the problem of its name first. */
	private static ReturnedFile named(ReturnedFile returned, Problem name) {
		Submission read = returned.submission();
		List<Problem> problems = new ArrayList<>(List.of(name));
		problems.addAll(read.problems());
		return new ReturnedFile(new Submission(read.file(), read.divisionCode(), read.savedAt(), read.fileTime(),
				read.contentHash(), problems, read.sheets()), returned.content(), returned.unchanged());
	}

	private Submission read(XlsxFile workbook, Location where, Instant fileTime, String hash) throws IOException {
		Instant savedAt = workbook.savedAt().orElse(fileTime);
		if (Identification.isPlan(workbook) || Identification.isOwnOutput(workbook)) {
			ProblemCode code = Identification.isPlan(workbook) ? ProblemCode.PLAN_AMONG_INPUTS
					: ProblemCode.OWN_OUTPUT_AMONG_INPUTS;
			return Submission.refused(where.file(), null, savedAt, fileTime, hash, List.of(Problem.of(code, where, "")));
		}
		List<Problem> problems = new ArrayList<>();
		if (savedAt.isAfter(Instant.now().plus(FUTURE_TOLERANCE))) {
			problems.add(Problem.of(ProblemCode.SAVED_IN_FUTURE, where, ThaiTime.of(savedAt), ThaiTime.of(fileTime)));
			savedAt = fileTime;
		}
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
		if (problems.stream().anyMatch((problem) -> problem.code().refusesFile())) {
			return Submission.refused(where.file(), null, savedAt, fileTime, hash, problems);
		}
		return new Submission(where.file(), division.get().code(), savedAt, fileTime, hash, problems, results);
	}

	private static ReturnedFile refused(String file, Instant fileTime, String hash, Problem problem, byte[] content) {
		return new ReturnedFile(Submission.refused(file, null, fileTime, fileTime, hash, List.of(problem)), content);
	}

	/** Why the bytes of a listed file could not be read: gone, not permitted, or else. */
	private static ProblemCode cannotRead(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return ProblemCode.FILE_GONE;
		}
		return (ex instanceof AccessDeniedException) ? ProblemCode.FILE_NOT_PERMITTED : ProblemCode.FILE_UNREADABLE;
	}

	private static ProblemCode code(UnreadableWorkbookException.Reason reason) {
		return switch (reason) {
			case DAMAGED -> ProblemCode.FILE_UNREADABLE;
			case STRICT_OPEN_XML -> ProblemCode.STRICT_OPEN_XML;
			case ZIP_BOMB -> ProblemCode.ZIP_BOMB;
			case UNSAFE_XML -> ProblemCode.UNSAFE_XML;
			case DUPLICATE_SHEET -> ProblemCode.SHEET_DUPLICATED;
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
