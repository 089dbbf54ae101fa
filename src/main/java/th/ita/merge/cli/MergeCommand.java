package th.ita.merge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import th.ita.merge.ItaMergeApplication;
import th.ita.merge.merge.MergeLauncher;
import th.ita.merge.merge.MergeOutputs;
import th.ita.merge.merge.PreviousRound;
import th.ita.merge.merge.PreviousRoundException;
import th.ita.merge.merge.RunTotals;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.Digits;

/**
 * {@code merge}: validates every division file in the input folder and writes the consolidated
 * workbook and the error log. Runs are recorded in an H2 database under the output folder (or the
 * PostgreSQL database of {@code --db-url}), and a run that failed is restarted where it stopped.
 * The output folder is taken for the run before Spring starts, so a second merge into it is
 * refused in Thai rather than by the database.
 */
@Command(name = "merge", mixinStandardHelpOptions = true)
class MergeCommand implements Callable<Integer> {

	@Mixin
	CommonOptions options;

	@Mixin
	FileSizeOption size;

	@Mixin
	DatabaseOption database;

	@Option(names = "--digits", paramLabel = "thai|arabic", defaultValue = "thai")
	Digits digits;

	/** The consolidated workbook of the round before; found in the output folder when not given. */
	@Option(names = "--previous", paramLabel = "ไฟล์รายงานรวมรอบก่อน")
	Path previous;

	@Override
	public Integer call() {
		return this.options.withPlan(true, this.options.output, true, this::run);
	}

	private int run(Plan plan) throws Exception {
		Optional<Path> before;
		try {
			before = previousRound(plan);
		}
		catch (PreviousRoundException ex) {
			return Console.previousRefused(this.options.output, ex);
		}
		Path work = Files.createDirectories(OutputFolder.work(this.options.output));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ItaMergeApplication.class)
			.listeners(new QuietLogbackStatus())
			// lazily: only the beans the merge asks for start (the job and its repository)
			.properties("spring.main.lazy-initialization=true",
					"logging.file.name=" + TechnicalLog.of(this.options.output),
					"ita.max-file-bytes=" + this.size.maxFileSize().toBytes() + "B")
			.properties(this.database.properties(work))
			.run()) {
			MergeLauncher.Outcome outcome = context.getBean(MergeLauncher.class)
				.merge(this.options.input, this.options.output, this.options.planFile(), plan, this.digits, before);
			return report(outcome, MergeOutputs.of(this.options.output, plan));
		}
		catch (RuntimeException ex) {
			Optional<String> unreachable = this.database.unreachable(this.options.output, work, ex);
			if (unreachable.isPresent()) {
				return Console.refusedLine(unreachable.get());
			}
			throw ex;
		}
	}

	/**
	 * The round before to compare with: the one given, refused when it is not the round before;
	 * else the one found in the output folder, left out (and said so) when it cannot serve.
	 */
	private Optional<Path> previousRound(Plan plan) throws PreviousRoundException {
		if (this.previous != null) {
			PreviousRound round = PreviousRound.read(this.previous).checkPrecedes(plan);
			Console.OUT.println("เทียบกับ" + round.period().title(Digits.THAI) + ": " + this.previous);
			return Optional.of(this.previous);
		}
		Optional<Path> found = PreviousRound.findIn(this.options.output, plan);
		if (found.isPresent()) {
			try {
				PreviousRound round = PreviousRound.read(found.get()).checkPrecedes(plan);
				Console.OUT.println("เทียบกับ" + round.period().title(Digits.THAI) + ": " + found.get());
			}
			catch (PreviousRoundException ex) {
				Console.OUT.println("ไม่ได้เทียบกับรอบก่อน: " + ex.getMessage());
				return Optional.empty();
			}
		}
		return found;
	}

	private int report(MergeLauncher.Outcome outcome, MergeOutputs outputs) {
		if (!outcome.completed()) {
			return Console.failed(this.options.output, this.options.output, outcome.failure());
		}
		RunTotals totals = outcome.totals();
		if (outcome.restarted()) {
			Console.OUT.println("ทำงานต่อจากครั้งก่อนที่ไม่สำเร็จ");
		}
		Console.OUT.printf("รวม %d ไฟล์: อ่าน %d แถว = รับ %d + ไม่รับ %d; ข้อผิดพลาด %d, คำเตือน %d%n", totals.files(),
				totals.rowsRead(), totals.rowsAccepted(), totals.rowsRejected(), totals.errors(), totals.warnings());
		Console.OUT.println("รายงานรวม: " + outputs.workbook());
		Console.OUT.println("บันทึกข้อผิดพลาด: " + outputs.errorLog());
		Console.OUT.println("รายงานผลการดำเนินการตามมาตรการ: " + withPdf(outputs.report()));
		Console.OUT.println("รายงานผลการประเมินความเสี่ยงการทุจริต: " + withPdf(outputs.riskReport()));
		if (Files.isDirectory(outputs.feedback())) {
			Console.OUT.println("ไฟล์แจ้งกลับสำนัก/กอง (เฉพาะไฟล์ที่มีข้อผิดพลาดหรือคำเตือน): " + outputs.feedback());
		}
		return (totals.errors() > 0) ? Console.INPUT_ERRORS : Console.OK;
	}

	/** A document, and the PDF made of it when there is one. */
	private static String withPdf(Path document) {
		Path pdf = MergeOutputs.pdfOf(document);
		return Files.isRegularFile(pdf) ? document + " และ " + pdf : document.toString();
	}

}
