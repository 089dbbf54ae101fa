package th.ita.merge.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import th.ita.merge.ItaMergeApplication;
import th.ita.merge.merge.MergeLauncher;
import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.merge.RunTotals;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.Digits;

/**
 * {@code merge}: validates every division file in the input folder and writes the consolidated
 * workbook and the error log. Runs are recorded in an H2 database under the output folder, and a
 * run that failed is restarted where it stopped.
 */
@Command(name = "merge", mixinStandardHelpOptions = true)
class MergeCommand implements Callable<Integer> {

	@Mixin
	CommonOptions options;

	@Mixin
	FileSizeOption size;

	@Option(names = "--digits", paramLabel = "thai|arabic", defaultValue = "thai")
	Digits digits;

	@Override
	public Integer call() throws Exception {
		return this.options.withPlan(true, this::run);
	}

	private int run(Plan plan) throws Exception {
		Files.createDirectories(this.options.output);
		String database = this.options.output.toAbsolutePath().resolve(".ita-merge").resolve("history").toString();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ItaMergeApplication.class)
			.properties("spring.datasource.url=jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE",
					"logging.file.name=" + logFile(),
					"ita.max-file-bytes=" + this.size.maxFileSize().toBytes() + "B")
			.run()) {
			MergeLauncher.Outcome outcome = context.getBean(MergeLauncher.class)
				.merge(this.options.input, this.options.output, this.options.planFile(), plan, this.digits);
			return report(outcome, MergeOutputs.of(this.options.output, plan));
		}
	}

	/** Technical details for whoever supports the officer; the console shows only what to do. */
	private String logFile() {
		return this.options.output.toAbsolutePath().resolve(".ita-merge").resolve("ita-merge.log").toString();
	}

	private int report(MergeLauncher.Outcome outcome, MergeOutputs outputs) {
		if (!outcome.completed()) {
			Console.ERR.println("รวมไฟล์ไม่สำเร็จ (" + outcome.status() + "): " + outcome.failure());
			Console.ERR.println("รายละเอียดทางเทคนิคอยู่ในไฟล์ " + logFile());
			Console.ERR.println("ผลลัพธ์เดิมใน " + this.options.output + " ยังอยู่ครบ แก้ไขสาเหตุแล้วสั่งใหม่ ระบบจะทำต่อจากจุดที่ค้าง");
			return Console.FAILED;
		}
		RunTotals totals = outcome.totals();
		if (outcome.restarted()) {
			Console.OUT.println("ทำงานต่อจากครั้งก่อนที่ไม่สำเร็จ");
		}
		Console.OUT.printf("รวม %d ไฟล์: อ่าน %d แถว = รับ %d + ไม่รับ %d; ข้อผิดพลาด %d, คำเตือน %d%n", totals.files(),
				totals.rowsRead(), totals.rowsAccepted(), totals.rowsRejected(), totals.errors(), totals.warnings());
		Console.OUT.println("รายงานรวม: " + outputs.workbook());
		Console.OUT.println("บันทึกข้อผิดพลาด: " + outputs.errorLog());
		if (Files.isDirectory(outputs.feedback())) {
			Console.OUT.println("ไฟล์แจ้งกลับสำนัก/กอง (เฉพาะไฟล์ที่มีข้อผิดพลาดหรือคำเตือน): " + outputs.feedback());
		}
		return (totals.errors() > 0) ? Console.INPUT_ERRORS : Console.OK;
	}

}
