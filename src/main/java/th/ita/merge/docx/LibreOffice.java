package th.ita.merge.docx;

import java.io.File;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice, found where it is usually installed, turning Word documents into PDFs
 * ({@code soffice --headless --convert-to pdf}). Each conversion runs with a profile of its own,
 * so a LibreOffice the officer has open is neither used nor disturbed, writes into a folder of its
 * own and is stopped after a time limit; a PDF is moved beside its document only once complete.
 * <p>
 * LibreOffice reads no Word format for page numbers in Thai digits, so for a document in Thai
 * digits the profile sets its numerals to follow the text's language (Tools › Options › Language
 * Settings › Complex Text Layout › Numerals: Context, as Word's own option of that name does):
 * digits in Thai text, the page numbers among them, are drawn in Thai, while the PDF's text keeps
 * the digits as written.
 */
public final class LibreOffice {

	/** LibreOffice's CTLTextNumerals: digits as written, or by the language of their text. */
	private static final int ARABIC_NUMERALS = 0;

	private static final int CONTEXT_NUMERALS = 3;

	private final Path program;

	private LibreOffice(Path program) {
		this.program = program;
	}

	public Path program() {
		return this.program;
	}

	/** LibreOffice at the path given, or, when none is given, where it is usually installed. */
	public static Optional<LibreOffice> find(String given) {
		if (given != null && !given.isBlank()) {
			Path program = Path.of(given.strip());
			return Files.isRegularFile(program) ? Optional.of(new LibreOffice(program)) : Optional.empty();
		}
		return candidates(System.getenv(), System.getProperty("os.name", "")).stream()
			.filter(Files::isRegularFile)
			.filter(Files::isExecutable)
			.findFirst()
			.map(LibreOffice::new);
	}

	/**
	 * Where LibreOffice may be, in the order looked at: each folder of the PATH, then the usual
	 * install folders of Windows (Program Files, per-user installs), macOS and Linux (packages,
	 * the official .deb/.rpm under /opt, snap).
	 */
	static List<Path> candidates(Map<String, String> environment, String osName) {
		boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
		List<String> names = windows ? List.of("soffice.com", "soffice.exe") : List.of("soffice", "libreoffice");
		List<Path> candidates = new ArrayList<>();
		String path = environment.getOrDefault(windows ? pathKey(environment) : "PATH", "");
		for (String folder : path.split(windows ? ";" : File.pathSeparator)) {
			if (!folder.isBlank()) {
				for (String name : names) {
					candidates.add(Path.of(folder.strip().replace("\"", ""), name));
				}
			}
		}
		if (windows) {
			for (String key : List.of("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)", "LOCALAPPDATA")) {
				String root = environment.get(key);
				if (root != null && !root.isBlank()) {
					Path base = key.equals("LOCALAPPDATA") ? Path.of(root, "Programs") : Path.of(root);
					names.forEach((name) -> candidates.add(base.resolve("LibreOffice").resolve("program").resolve(name)));
				}
			}
			names.forEach((name) -> candidates.add(Path.of("C:\\Program Files\\LibreOffice\\program", name)));
			return candidates;
		}
		candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
		for (String folder : List.of("/usr/bin", "/usr/local/bin", "/usr/lib/libreoffice/program",
				"/usr/lib64/libreoffice/program", "/opt/libreoffice/program", "/snap/bin")) {
			names.forEach((name) -> candidates.add(Path.of(folder, name)));
		}
		candidates.addAll(optInstalls());
		return candidates;
	}

	/** PDFs of the documents, each beside its document with the same name ending in .pdf. */
	public void convertToPdf(List<Path> documents, Path workFolder, Duration timeout, boolean thaiDigits)
			throws IOException {
		Files.createDirectories(workFolder);
		Path profile = workFolder.resolve("libreoffice-profile").toAbsolutePath();
		Files.createDirectories(profile.resolve("user"));
		Files.writeString(profile.resolve("user").resolve("registrymodifications.xcu"), settings(thaiDigits));
		Path out = Files.createTempDirectory(workFolder, "pdf-");
		try {
			List<String> command = new ArrayList<>(List.of(this.program.toString(),
					"-env:UserInstallation=" + profile.toUri(), "--headless", "--invisible", "--nologo", "--norestore",
					"--nodefault", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir",
					out.toAbsolutePath().toString()));
			documents.forEach((document) -> command.add(document.toAbsolutePath().toString()));
			Path log = out.resolve("soffice.log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			boolean finished = waitFor(process, timeout);
			if (!finished) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IOException("LibreOffice did not finish within " + timeout.toSeconds() + " s");
			}
			List<Path> made = new ArrayList<>();
			for (Path document : documents) {
				Path pdf = out.resolve(pdfName(document));
				if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
					throw new IOException("LibreOffice (exit " + process.exitValue() + ") made no PDF of " + document
							+ ": " + Files.readString(log).strip());
				}
				made.add(pdf);
			}
			for (int i = 0; i < documents.size(); i++) {
				move(made.get(i), documents.get(i).resolveSibling(pdfName(documents.get(i))));
			}
		}
		finally {
			deleteTree(out);
		}
	}

	/** The profile's settings: numerals by context for Thai digits, as written otherwise. */
	static String settings(boolean thaiDigits) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
				<item oor:path="/org.openoffice.Office.Common/I18N/CTL"><prop oor:name="CTLTextNumerals" oor:op="fuse">\
				<value>%d</value></prop></item>
				</oor:items>
				""".formatted(thaiDigits ? CONTEXT_NUMERALS : ARABIC_NUMERALS);
	}

	/** "ita-2566-round1-report.docx" → "ita-2566-round1-report.pdf". */
	static String pdfName(Path document) {
		String name = document.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return ((dot > 0) ? name.substring(0, dot) : name) + ".pdf";
	}

	private static boolean waitFor(Process process, Duration timeout) throws IOException {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new IOException("Interrupted while LibreOffice converted", ex);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String pathKey(Map<String, String> environment) {
		return environment.keySet().stream().filter((key) -> key.equalsIgnoreCase("PATH")).findFirst().orElse("PATH");
	}

	/** The official packages install under /opt/libreoffice<version>/program. */
	private static List<Path> optInstalls() {
		Path opt = Path.of("/opt");
		if (!Files.isDirectory(opt)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(opt)) {
			return folders.filter((folder) -> folder.getFileName().toString().startsWith("libreoffice"))
				.sorted(Comparator.reverseOrder())
				.map((folder) -> folder.resolve("program").resolve("soffice"))
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
