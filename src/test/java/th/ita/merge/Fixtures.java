package th.ita.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import th.ita.merge.division.InputLimits;
import th.ita.merge.division.SubmissionReader;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.merge.Features;
import th.ita.merge.plan.Division;
import th.ita.merge.plan.Plan;

/** Files the tests work on: the samples copied to a folder of their own, and their hashes. */
public final class Fixtures {

	public static final Path SAMPLES = Path.of("samples");

	private Fixtures() {
	}

	/** What the merge reads from one division file, with its default limits. */
	public static ReadSubmission read(Plan plan, Path file) {
		return read(plan, file, InputLimits.defaults());
	}

	/** What the merge reads from one division file, with the given limits. */
	public static ReadSubmission read(Plan plan, Path file, InputLimits limits) {
		Features features = Features.of(plan);
		return new ReadSubmission(new SubmissionReader(plan, features.sheets(), limits).read(file).submission(),
				features);
	}

	/** Writes a division's template as the {@code templates} command does. */
	public static void writeTemplate(Plan plan, Division division, Path target) throws IOException {
		TemplateGenerator.write(plan, Features.of(plan).sheets(), division, target,
				TemplateGenerator.DEFAULT_SHEET_PASSWORD);
	}

	/** Copies every file of {@code samples/} into {@code folder}. */
	public static Path copySamples(Path folder) throws IOException {
		Files.createDirectories(folder);
		try (Stream<Path> files = Files.list(SAMPLES)) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName().toString()));
			}
		}
		return folder;
	}

	/** SHA-256 of every file in a folder, by file name: to show a run left its inputs alone. */
	public static Map<String, String> hashes(Path folder) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				hashes.put(file.getFileName().toString(), sha256(file));
			}
		}
		return hashes;
	}

	private static String sha256(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
