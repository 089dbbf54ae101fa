package th.ita.merge.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The writer of streamed sheets writes the bytes the JDK's writers write, whatever the pieces. */
class Utf8WriterTests {

	/** ASCII, Thai, Latin, a pair of surrogates, and surrogates without their pair. */
	private static final char[] ALPHABET = { 'a', '<', '"', ' ', '\n', 'ก', 'ำ', '๑', 'é', '€', '\ud83d', '\ude00',
			'\ud840', '\udc00', '\uffff' };

	@Test
	void writesTheBytesOfTheJdksWritersForAnyTextInAnyPieces() throws IOException {
		Random random = new Random(2566);
		for (int round = 0; round < 200; round++) {
			char[] text = new char[random.nextInt(200_000)];
			for (int i = 0; i < text.length; i++) {
				text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
			}
			ByteArrayOutputStream ours = new ByteArrayOutputStream();
			ByteArrayOutputStream jdks = new ByteArrayOutputStream();
			try (Writer one = new Utf8Writer(ours);
					Writer other = new BufferedWriter(new OutputStreamWriter(jdks, StandardCharsets.UTF_8))) {
				int at = 0;
				while (at < text.length) {
					int length = Math.min(text.length - at, random.nextInt(40));
					String piece = new String(text, at, length);
					switch (random.nextInt(4)) {
						case 0 -> {
							one.write(piece);
							other.write(piece);
						}
						case 1 -> {
							one.write(text, at, length);
							other.write(text, at, length);
						}
						case 2 -> {
							for (char c : piece.toCharArray()) {
								one.write(c);
								other.write(c);
							}
						}
						default -> {
							one.write(piece, 0, length);
							other.write(piece, 0, length);
							one.flush();
							other.flush();
						}
					}
					at += length;
				}
			}
			assertThat(ours.toByteArray()).isEqualTo(jdks.toByteArray());
		}
	}

	@Test
	void writesThaiAsThreeBytesAndALoneSurrogateAsAQuestionMark() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new Utf8Writer(out)) {
			writer.write("ก\ud83d\ude00x\udc00\ud83d");
		}
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("ก😀x??");
	}

}
