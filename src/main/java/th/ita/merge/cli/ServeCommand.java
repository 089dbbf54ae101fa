package th.ita.merge.cli;

import java.awt.Desktop;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.web.OfficeAddress;
import th.ita.merge.web.WebServer;

/**
 * {@code serve}: the office's web page, on the same input and output folders as the other
 * commands. It prints the address to open on this PC and the one other computers on the office
 * network use, and runs until Ctrl+C (or the window is closed).
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
class ServeCommand implements Callable<Integer> {

	@Option(names = "--input", paramLabel = "โฟลเดอร์", defaultValue = "input")
	Path input;

	@Option(names = "--output", paramLabel = "โฟลเดอร์", defaultValue = "output")
	Path output;

	@Option(names = "--port", paramLabel = "พอร์ต", defaultValue = "8080")
	int port;

	/** Opens the page in the browser once the server listens: what the launchers ask for. */
	@Option(names = "--open")
	boolean open;

	@Mixin
	FileSizeOption size;

	@Override
	public Integer call() throws Exception {
		if (Files.exists(this.input) && !Files.isDirectory(this.input)) {
			return Console.refused(ProblemCode.INPUT_NOT_A_FOLDER, this.input);
		}
		Optional<OutputFolder.Trouble> trouble = OutputFolder.check(this.output);
		if (trouble.isPresent()) {
			return Console.refused(trouble.get());
		}
		Files.createDirectories(OutputFolder.work(this.output));
		ConfigurableApplicationContext context;
		try {
			context = WebServer.start(new WebServer.Settings(this.input, this.output, this.port, this.size.maxFileSize()),
					TechnicalLog.of(this.output));
		}
		catch (WebServer.FolderInUseException ex) {
			return Console.refused(ProblemCode.OUTPUT_IN_USE, this.output);
		}
		catch (RuntimeException ex) {
			if (portInUse(ex)) {
				return Console.refusedLine("พอร์ต " + this.port + " ถูกโปรแกรมอื่นใช้อยู่ (หรือเปิดหน้าเว็บนี้ไว้แล้วในอีกหน้าต่างหนึ่ง) "
						+ "ให้ปิดหน้าต่างนั้น หรือสั่ง serve --port 8081");
			}
			return Console.failed(this.output, this.output, ex);
		}
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		announce();
		closed.await();
		return Console.OK;
	}

	private void announce() {
		String here = OfficeAddress.here(this.port);
		Console.OUT.println("หน้าเว็บ ITA Merge เปิดแล้ว");
		Console.OUT.println("- เปิดบนเครื่องนี้: " + here);
		OfficeAddress.forOthers(this.port)
			.ifPresent((address) -> Console.OUT.println("- เครื่องอื่นในสำนักงานเปิด: " + address));
		Console.OUT.println("- ไฟล์ของสำนัก/กองเก็บใน " + this.input.toAbsolutePath() + " ผลการรวมอยู่ใน "
				+ this.output.toAbsolutePath());
		Console.OUT.println("ปิดหน้าต่างนี้หรือกด Ctrl+C เมื่อเลิกใช้ (สำนัก/กองจะส่งไฟล์ไม่ได้จนกว่าจะเปิดใหม่)");
		if (this.open) {
			browse(here);
		}
	}

	/**
	 * Opens the page in the default browser; when that cannot be done, one Thai line says to open
	 * the address printed (never the opener's own English complaints).
	 */
	private static void browse(String address) {
		try {
			if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
				Desktop.getDesktop().browse(URI.create(address));
				return;
			}
			String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
			String[] command = os.contains("win") ? new String[] { "rundll32", "url.dll,FileProtocolHandler", address }
					: os.contains("mac") ? new String[] { "open", address } : new String[] { "xdg-open", address };
			Process opener = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (opener.waitFor(10, TimeUnit.SECONDS) && opener.exitValue() != 0) {
				cannotBrowse(address);
			}
		}
		catch (Exception ex) {
			cannotBrowse(address);
		}
	}

	private static void cannotBrowse(String address) {
		Console.OUT.println("เปิดเบราว์เซอร์ให้เองไม่ได้ ให้เปิดเบราว์เซอร์แล้วพิมพ์ " + address);
	}

	private static boolean portInUse(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PortInUseException) {
				return true;
			}
		}
		return false;
	}

}
