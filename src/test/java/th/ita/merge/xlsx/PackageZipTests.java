package th.ita.merge.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.internal.InvalidZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package's zip: the JDK's reader held to what POI's zip refuses, and POI's where the JDK refuses. */
class PackageZipTests {

	@TempDir
	Path folder;

	@Test
	void readsTheEntriesOfAnOrdinaryZip() throws IOException {
		File file = zip("ordinary.xlsx", Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)));

		try (PackageZip zip = PackageZip.open(file); InputStream in = zip.stream("[Content_Types].xml")) {
			assertThat(zip.names()).containsExactly("[Content_Types].xml");
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<Types/>");
		}
	}

	@Test
	void stopsAnEntryThatExpandsBeyondPoisRatio() throws IOException {
		File file = zip("bomb.xlsx", Map.of("xl/worksheets/sheet1.xml", new byte[20_000_000]));

		try (PackageZip zip = PackageZip.open(file); InputStream in = zip.stream("xl/worksheets/sheet1.xml")) {
			assertThatIOException().isThrownBy(in::readAllBytes).withMessageStartingWith("Zip bomb detected!");
		}
	}

	@Test
	void readsAnEntryThatCompressesOrdinarilyPastTheGraceSize() throws IOException {
		String[] words = { "ดำเนินการ", "แล้ว", "กองคลัง", "ร้อยละ", "มาตรการ", "เผยแพร่", "ข้อมูล", "๑๐๐", "๒๕๖๖" };
		Random random = new Random(7);
		StringBuilder text = new StringBuilder();
		while (text.length() < 300_000) {
			text.append(words[random.nextInt(words.length)]).append(random.nextInt(10_000)).append(' ');
		}
		byte[] thai = text.toString().getBytes(StandardCharsets.UTF_8);
		File file = zip("long.xlsx", Map.of("xl/worksheets/sheet1.xml", thai));

		try (PackageZip zip = PackageZip.open(file); InputStream in = zip.stream("xl/worksheets/sheet1.xml")) {
			assertThat(in.readAllBytes()).isEqualTo(thai);
		}
	}

	@Test
	void refusesTwoEntriesWhoseNamesDifferOnlyInCase() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("xl/workbook.xml", new byte[1]);
		entries.put("XL/Workbook.xml", new byte[1]);
		File file = zip("twice.xlsx", entries);

		assertThatIOException().isThrownBy(() -> PackageZip.open(file).close())
			.isInstanceOf(InvalidZipException.class)
			.withMessageContaining("more than 1 entry");
	}

	@Test
	void refusesAnOldBinaryWorkbookByItsFirstBytes() throws IOException {
		Path file = this.folder.resolve("old.xls");
		Files.write(file, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0 });

		assertThatThrownBy(() -> PackageZip.open(file.toFile()).close())
			.isInstanceOf(OLE2NotOfficeXmlFileException.class);
	}

	@Test
	void opensWithPoisZipWhatTheJdkRefuses() throws IOException {
		File file = this.folder.resolve("latin.xlsx").toFile();
		try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
			out.setEncoding("ISO-8859-1");
			out.setUseLanguageEncodingFlag(false);
			out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
			for (String name : new String[] { "[Content_Types].xml", "docProps/caf\u00e9.xml" }) {
				out.putArchiveEntry(new ZipArchiveEntry(name));
				out.write("<a/>".getBytes(StandardCharsets.UTF_8));
				out.closeArchiveEntry();
			}
		}
		assertThatIOException().isThrownBy(() -> new java.util.zip.ZipFile(file).close());

		try (PackageZip zip = PackageZip.open(file); InputStream in = zip.stream("[Content_Types].xml")) {
			assertThat(zip.names()).hasSize(2).contains("[Content_Types].xml");
			assertThat(in.readAllBytes()).isEqualTo("<a/>".getBytes(StandardCharsets.UTF_8));
		}
	}

	private File zip(String name, Map<String, byte[]> entries) throws IOException {
		Path file = this.folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return file.toFile();
	}

}
