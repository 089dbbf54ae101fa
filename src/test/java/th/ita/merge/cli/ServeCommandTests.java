package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.ita.merge.io.OutputLock;

/** {@code serve} as the officer meets it on the console: its help, and a port another program holds. */
class ServeCommandTests {

	@TempDir
	Path folder;

	@Test
	void aPortInUseIsAnsweredInOneThaiLineThatSaysWhatToDo() throws Exception {
		int port;
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
			port = taken.getLocalPort();
			ConsoleRun run = ConsoleRun.of("serve", "--port", Integer.toString(port), "--input",
					this.folder.resolve("input").toString(), "--output", this.folder.resolve("output").toString());

			assertThat(run.status()).isEqualTo(Console.FAILED);
			assertThat(run.errLines()).singleElement()
				.asString()
				.contains("พอร์ต " + taken.getLocalPort() + " ถูกโปรแกรมอื่นใช้อยู่")
				.contains("--port 8081");
			assertThat(run.showsTechnicalDetails()).isFalse();
		}
		assertThat(this.folder.resolve("output").resolve(".ita-merge").resolve("ita-merge.log"))
			.as("the details go to the technical log")
			.satisfies((log) -> assertThat(Files.readString(log)).contains("Port " + port + " was already in use"));
	}

	@Test
	void anOutputFolderInUseIsAnsweredInThaiAndTheServerDoesNotStart() throws Exception {
		Path output = this.folder.resolve("output");
		try (OutputLock taken = OutputLock.take(OutputFolder.work(output)).orElseThrow()) {
			ConsoleRun run = ConsoleRun.of("serve", "--port", "0", "--input", this.folder.resolve("input").toString(),
					"--output", output.toString());

			assertThat(run.status()).isEqualTo(Console.FAILED);
			assertThat(run.errLines()).singleElement()
				.asString()
				.contains("กำลังเขียนลงในโฟลเดอร์ \"" + output + "\"")
				.contains("หน้าเว็บ ITA Merge");
			assertThat(run.out()).as("no address announced").doesNotContain("http://");
		}
	}

	@Test
	void itsHelpIsInThai() {
		ConsoleRun run = ConsoleRun.of("serve", "--help");

		assertThat(run.status()).isZero();
		assertThat(run.out()).contains("เปิดหน้าเว็บของสำนักงาน")
			.contains("--port")
			.contains("พอร์ตของหน้าเว็บ (ค่าเริ่มต้น: 8080)")
			.contains("เปิดหน้าเว็บในเบราว์เซอร์เมื่อพร้อม");
		assertThat(run.linesNotInThai()).isEmpty();
	}

}
