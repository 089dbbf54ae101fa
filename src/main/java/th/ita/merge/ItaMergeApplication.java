package th.ita.merge;

import java.util.Optional;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import th.ita.merge.cli.ItaMergeCommand;

/**
 * ITA Merge: the command line comes first (templates need no Spring at all); the merge starts
 * this Spring Boot application to run its Spring Batch job.
 */
@SpringBootApplication
public class ItaMergeApplication {

	public static void main(String[] args) {
		if (Utf8Locale.needed()) {
			Optional<Integer> status = Utf8Locale.rerun(args);
			if (status.isPresent()) {
				System.exit(status.get());
			}
		}
		System.exit(ItaMergeCommand.execute(args));
	}

}
