package th.ita.merge.io;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The console the officer reads, written in UTF-8 whatever the platform's default encoding, so
 * Thai never turns into question marks; the one place the job and the commands print through.
 */
public final class Terminal {

	public static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	public static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

	private Terminal() {
	}

}
