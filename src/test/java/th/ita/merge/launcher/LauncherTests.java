package th.ita.merge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers the officer double-clicks: they start {@code serve --open} on the jar beside them,
 * from their own folder (so {@code input} and {@code output} are those beside the jar), with the
 * memory setting, and say in Thai when Java is missing. Given a command they run it instead, and
 * with the class-data archive beside them they pass it to Java. The shell launcher is run for real
 * with a stand-in {@code java} that records how it was called.
 */
class LauncherTests {

	private static final Path LAUNCHERS = Path.of("src/main/launcher");

	@TempDir
	Path folder;

	@Test
	void shellLauncherStartsTheWebPageFromItsOwnFolder() throws Exception {
		Path office = Files.createDirectories(this.folder.resolve("ITA Merge"));
		Files.copy(LAUNCHERS.resolve("ita-merge.sh"), office.resolve("ita-merge.sh"));
		Path bin = standInJava();
		Path elsewhere = Files.createDirectories(this.folder.resolve("elsewhere"));

		Result result = run(elsewhere, bin + ":/usr/bin:/bin", office.resolve("ita-merge.sh").toString(), "--port",
				"8181");

		assertThat(result.status()).isZero();
		List<String> called = Files.readAllLines(bin.resolve("called"));
		assertThat(called.get(0)).as("runs from the launcher's folder").isEqualTo(office.toRealPath().toString());
		assertThat(called.get(1)).contains("-Xmx512m")
			.contains("-jar ita-merge.jar serve --open --port 8181")
			.contains("-Dfile.encoding=UTF-8")
			.doesNotContain("SharedArchiveFile");
	}

	@Test
	void shellLauncherRunsACommandGivenItWithTheArchiveBesideIt() throws Exception {
		Path office = Files.createDirectories(this.folder.resolve("office"));
		Files.copy(LAUNCHERS.resolve("ita-merge.sh"), office.resolve("ita-merge.sh"));
		Files.writeString(office.resolve("ita-merge.jsa"), "");
		Path bin = standInJava();

		assertThat(run(office, bin + ":/usr/bin:/bin", "ita-merge.sh", "merge", "--input", "in").status()).isZero();
		String merge = Files.readAllLines(bin.resolve("called")).get(1);
		assertThat(run(office, bin + ":/usr/bin:/bin", "ita-merge.sh", "--version").status()).isZero();
		String version = Files.readAllLines(bin.resolve("called")).get(1);

		assertThat(merge).contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile=ita-merge.jsa -Xshare:auto")
			.endsWith("-jar ita-merge.jar merge --input in");
		assertThat(version).endsWith("-jar ita-merge.jar --version");
	}

	@Test
	void shellLauncherSaysInThaiWhenJavaIsMissing() throws Exception {
		Path office = Files.createDirectories(this.folder.resolve("office"));
		Files.copy(LAUNCHERS.resolve("ita-merge.sh"), office.resolve("ita-merge.sh"));
		Path empty = Files.createDirectories(this.folder.resolve("no-java"));
		Path dirname = empty.resolve("dirname");
		Files.writeString(dirname, "#!" + which("sh") + "\nexec " + which("dirname") + " \"$@\"\n");
		Files.setPosixFilePermissions(dirname, PosixFilePermissions.fromString("rwxr-xr-x"));

		Result result = run(office, empty.toString(), office.resolve("ita-merge.sh").toString());

		assertThat(result.status()).isEqualTo(1);
		assertThat(result.output()).contains("ไม่พบ Java ในเครื่องนี้").contains("Java 17");
	}

	@Test
	void windowsLauncherStartsTheSameWayWithWindowsLineEnds() throws IOException {
		String cmd = Files.readString(LAUNCHERS.resolve("ita-merge.cmd"), StandardCharsets.UTF_8);
		assertThat(cmd.split("\n")).allSatisfy((line) -> assertThat(line).endsWith("\r"));
		assertThat(cmd).contains("chcp 65001")
			.contains("cd /d \"%~dp0\"")
			.contains("-Xmx512m")
			.contains("-jar \"%~dp0ita-merge.jar\" %ITA_PAGE% %*")
			.contains("set \"ITA_PAGE=serve --open\"")
			.contains("ไม่พบ Java ในเครื่องนี้");
		String sh = Files.readString(LAUNCHERS.resolve("ita-merge.sh"));
		assertThat(javaLine(cmd)).as("both launchers pass the same settings")
			.contains(javaLine(sh).substring(0, javaLine(sh).indexOf(" -jar"))
				.replace("exec ", "")
				.replace("$ITA_CDS", "%ITA_CDS%"));
		assertThat(cmd).as("and the same archive").contains(archiveSetting(sh));
	}

	private static String archiveSetting(String script) {
		return script.lines()
			.filter((line) -> line.contains("ITA_CDS=") && line.contains("-XX:"))
			.map((line) -> line.substring(line.indexOf("-XX:"), line.lastIndexOf('"')))
			.findFirst()
			.orElseThrow();
	}

	private static String javaLine(String script) {
		return script.lines().filter((line) -> line.contains("-jar")).findFirst().orElseThrow();
	}

	/** A {@code java} that writes the folder it was started in and its arguments to {@code called}. */
	private Path standInJava() throws IOException {
		Path bin = Files.createDirectories(this.folder.resolve("bin"));
		Path java = bin.resolve("java");
		Files.writeString(java, "#!/bin/sh\npwd -P > \"" + bin.resolve("called") + "\"\necho \"$*\" >> \""
				+ bin.resolve("called") + "\"\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		return bin;
	}

	private record Result(int status, String output) {
	}

	private static Result run(Path directory, String path, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(which("sh"));
		builder.command().addAll(List.of(command));
		builder.directory(directory.toFile()).redirectErrorStream(true);
		builder.environment().put("PATH", path);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private static String which(String tool) {
		for (String dir : List.of("/bin", "/usr/bin")) {
			if (Files.isExecutable(Path.of(dir, tool))) {
				return dir + "/" + tool;
			}
		}
		throw new IllegalStateException(tool + " not found");
	}

}
