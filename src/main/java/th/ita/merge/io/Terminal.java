package th.ita.merge.io;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The console the officer reads, written in UTF-8 whatever the platform's default encoding, so
 * Thai never turns into question marks; the one place the job prints through. Each call wraps the
 * standard output as it is then, so a run prints where its caller pointed it.
 */
public final class Terminal {

	private Terminal() {
	}

	public static PrintStream out() {
		return new PrintStream(System.out, true, StandardCharsets.UTF_8);
	}

}
