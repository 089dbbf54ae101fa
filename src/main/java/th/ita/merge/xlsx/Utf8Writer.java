package th.ita.merge.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer for one thread: what {@code BufferedWriter} over an
 * {@code OutputStreamWriter} writes, byte for byte (a surrogate without its pair written as "?"),
 * without their lock and their second buffer. A streamed sheet is written in tens of millions of
 * small pieces ({@code <c r="A1" s="3" t="inlineStr">}, a value, a closing tag), where those cost
 * more than the text itself.
 */
final class Utf8Writer extends Writer {

	private static final int SIZE = 1 << 16;

	private final OutputStream out;

	private final byte[] buffer = new byte[SIZE];

	private int position;

	/** A high surrogate whose low half has not come yet, or 0. */
	private char high;

	Utf8Writer(OutputStream out) {
		this.out = out;
	}

	@Override
	public void write(int c) throws IOException {
		put((char) c);
	}

	@Override
	public void write(char[] chars, int off, int len) throws IOException {
		for (int i = off; i < off + len; i++) {
			put(chars[i]);
		}
	}

	@Override
	public void write(String text, int off, int len) throws IOException {
		for (int i = off; i < off + len; i++) {
			put(text.charAt(i));
		}
	}

	@Override
	public void write(String text) throws IOException {
		write(text, 0, text.length());
	}

	private void put(char c) throws IOException {
		if (this.position > SIZE - 4) {
			drain();
		}
		byte[] b = this.buffer;
		if (this.high != 0) {
			char high = this.high;
			this.high = 0;
			if (Character.isLowSurrogate(c)) {
				int code = Character.toCodePoint(high, c);
				b[this.position++] = (byte) (0xF0 | (code >> 18));
				b[this.position++] = (byte) (0x80 | ((code >> 12) & 0x3F));
				b[this.position++] = (byte) (0x80 | ((code >> 6) & 0x3F));
				b[this.position++] = (byte) (0x80 | (code & 0x3F));
				return;
			}
			b[this.position++] = '?';
			put(c);
			return;
		}
		if (c < 0x80) {
			b[this.position++] = (byte) c;
		}
		else if (c < 0x800) {
			b[this.position++] = (byte) (0xC0 | (c >> 6));
			b[this.position++] = (byte) (0x80 | (c & 0x3F));
		}
		else if (Character.isHighSurrogate(c)) {
			this.high = c;
		}
		else if (Character.isLowSurrogate(c)) {
			b[this.position++] = '?';
		}
		else {
			b[this.position++] = (byte) (0xE0 | (c >> 12));
			b[this.position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
			b[this.position++] = (byte) (0x80 | (c & 0x3F));
		}
	}

	private void drain() throws IOException {
		this.out.write(this.buffer, 0, this.position);
		this.position = 0;
	}

	/** Writes what is buffered; a high surrogate waits for its pair, as the JDK's encoder's does. */
	@Override
	public void flush() throws IOException {
		drain();
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		try {
			if (this.high != 0) {
				this.high = 0;
				if (this.position > SIZE - 4) {
					drain();
				}
				this.buffer[this.position++] = '?';
			}
			drain();
		}
		finally {
			this.out.close();
		}
	}

}
