package th.ita.merge.merge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import th.ita.merge.plan.Plan;
import th.ita.merge.submission.Submission;

/** Stores each file's reports, problems and content hash in the run's staging tables. */
class StagingWriter implements ItemWriter<Submission> {

	private final MergeStaging staging;

	private final Plan plan;

	private final long run;

	private final Path input;

	StagingWriter(MergeStaging staging, Plan plan, long run, Path input) {
		this.staging = staging;
		this.plan = plan;
		this.run = run;
		this.input = input;
	}

	@Override
	public void write(Chunk<? extends Submission> chunk) throws IOException {
		for (Submission submission : chunk) {
			this.staging.save(this.run, this.plan, submission);
			this.staging.saveContentHash(this.run, submission.file(), sha256(this.input.resolve(submission.file())));
		}
	}

	/** The hash that tells identical copies of a file apart from files that only look alike. */
	private static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
