package th.ita.merge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import th.ita.merge.xlsx.SheetInfo;
import th.ita.merge.xlsx.XlsxFile;

/**
 * What reading a workbook costs through {@link XlsxFile}, set against the least any reader must
 * do: unzip the sheets and SAX-parse them. It opens {@code N} copies of one workbook (the roll-up
 * reads hundreds of small consolidated workbooks) and reads the named sheets, best of five after a
 * warm-up, in CPU time of the reading thread, so the reader's fixed cost per file shows:
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" th.ita.merge.bench.ReadBenchmark \
 *   /tmp/lean-out/ita-2566-round1.xlsx 400 ita_consolidated ทะเบียนมาตรการ ทะเบียนความเสี่ยงการทุจริต
 * </pre>
 */
public final class ReadBenchmark {

	/** CPU time of the reading thread, which other work on a shared machine does not inflate as it does wall time. */
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private ReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path workbook = Path.of(args[0]);
		int copies = Integer.parseInt(args[1]);
		List<String> sheets = List.of(args).subList(2, args.length);
		Path folder = Files.createTempDirectory("ita-read-bench");
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < copies; i++) {
			files.add(Files.copy(workbook, folder.resolve("copy-" + i + ".xlsx")));
		}
		List<String> parts = sheetParts(files.get(0), sheets);
		time("warm-up", files, sheets, parts, 2);
		timeFloor(files, parts, 1);
		double reader = time("XlsxFile", files, sheets, parts, 5);
		double floor = timeFloor(files, parts, 5);
		System.out.printf("files %d  XlsxFile %.3f s CPU  floor %.3f s CPU  ratio %.2f%n", copies, reader, floor, reader / floor);
	}

	private static double time(String label, List<Path> files, List<String> sheets, List<String> parts, int runs)
			throws IOException {
		double best = Double.MAX_VALUE;
		for (int run = 0; run < runs; run++) {
			long[] cells = { 0 };
			long start = CPU.getCurrentThreadCpuTime();
			for (Path file : files) {
				try (XlsxFile workbook = XlsxFile.open(file)) {
					for (String name : sheets) {
						Optional<SheetInfo> sheet = workbook.sheet(name);
						if (sheet.isPresent()) {
							workbook.readRows(sheet.get(), (row) -> cells[0] += row.cells().size());
						}
					}
				}
			}
			best = Math.min(best, (CPU.getCurrentThreadCpuTime() - start) / 1e9);
			if (cells[0] == 0) {
				throw new IllegalStateException(label + " read no cells");
			}
		}
		return best;
	}

	private static double timeFloor(List<Path> files, List<String> parts, int runs) throws Exception {
		double best = Double.MAX_VALUE;
		DefaultHandler counter = new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
			}
		};
		for (int run = 0; run < runs; run++) {
			long start = CPU.getCurrentThreadCpuTime();
			for (Path file : files) {
				try (ZipFile zip = new ZipFile(file.toFile())) {
					for (String part : parts) {
						ZipEntry entry = zip.getEntry(part);
						try (InputStream in = zip.getInputStream(entry)) {
							XMLReader parser = XMLHelper.newXMLReader();
							parser.setContentHandler(counter);
							parser.parse(new InputSource(in));
						}
					}
				}
			}
			best = Math.min(best, (CPU.getCurrentThreadCpuTime() - start) / 1e9);
		}
		return best;
	}

	/** The zip entries of the named sheets (and the shared strings they point into). */
	private static List<String> sheetParts(Path file, List<String> sheets) throws IOException {
		List<String> parts = new ArrayList<>();
		try (XlsxFile workbook = XlsxFile.open(file); ZipFile zip = new ZipFile(file.toFile())) {
			for (String name : sheets) {
				SheetInfo sheet = workbook.sheet(name).orElseThrow();
				parts.add("xl/worksheets/sheet" + (sheet.position() + 1) + ".xml");
			}
			if (zip.getEntry("xl/sharedStrings.xml") != null) {
				parts.add("xl/sharedStrings.xml");
			}
		}
		return parts;
	}

}
