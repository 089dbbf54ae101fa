package th.ita.merge.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The console the officer reads, written in UTF-8 whatever the platform's default encoding, so
 * Thai never turns into question marks; the one place the commands and the job print through. It
 * writes to the standard streams as they are at the time of writing, so output goes where the
 * caller pointed it.
 */
public final class Terminal {

	public static final PrintStream OUT = utf8(() -> System.out);

	public static final PrintStream ERR = utf8(() -> System.err);

	private Terminal() {
	}

	private static PrintStream utf8(Supplier<PrintStream> target) {
		OutputStream forward = new OutputStream() {

			@Override
			public void write(int b) {
				target.get().write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) {
				target.get().write(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				target.get().flush();
			}

		};
		return new PrintStream(forward, true, StandardCharsets.UTF_8);
	}

}
