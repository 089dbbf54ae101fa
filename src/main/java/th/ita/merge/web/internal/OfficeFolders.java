package th.ita.merge.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import th.ita.merge.merge.MergeOutputs;

/**
 * The folders the web page works in: the commands' input and output folders, and its own data
 * folder ({@code <output>/.ita-merge/web}) where every upload is kept under a generated name and
 * every run's outputs are copied.
 */
@Component
@ConditionalOnWebApplication
class OfficeFolders {

	private final Path input;

	private final Path output;

	OfficeFolders(@Value("${ita.web.input:input}") Path input, @Value("${ita.web.output:output}") Path output)
			throws IOException {
		this.input = Files.createDirectories(input.toAbsolutePath());
		this.output = Files.createDirectories(output.toAbsolutePath());
	}

	Path input() {
		return this.input;
	}

	Path output() {
		return this.output;
	}

	Path planFile() {
		return this.input.resolve("plan.xlsx");
	}

	/** The tool's work folder, where the output lock and the history are. */
	Path work() {
		return this.output.resolve(MergeOutputs.WORK_FOLDER);
	}

	Path uploads() {
		return work().resolve("web").resolve("uploads");
	}

	Path runs() {
		return work().resolve("web").resolve("runs");
	}

}
