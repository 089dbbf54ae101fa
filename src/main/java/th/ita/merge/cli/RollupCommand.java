package th.ita.merge.cli;

import java.io.IOException;
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
import th.ita.merge.io.OutputLock;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.problem.Problem;
import th.ita.merge.problem.ProblemCode;
import th.ita.merge.rollup.ProvinceRoster;
import th.ita.merge.rollup.RollupLauncher;
import th.ita.merge.rollup.RollupOutputs;
import th.ita.merge.rollup.RollupTotals;
import th.ita.merge.rollup.RosterException;
import th.ita.merge.value.Digits;

/**
 * {@code rollup}: the province's roll-up of its organizations' consolidated workbooks, dropped in
 * one folder whatever their names, into the provincial workbook, its log and the printable
 * summary. With a roster it also says who sent nothing. The output folder is taken for the run,
 * as for a merge, and the run is recorded in the same job repository (the H2 history of the output
 * folder, or the PostgreSQL database of {@code --db-url}).
 */
@Command(name = "rollup", mixinStandardHelpOptions = true)
class RollupCommand implements Callable<Integer> {

	@Option(names = "--input", paramLabel = "โฟลเดอร์", defaultValue = "input", descriptionKey = "rollup-input")
	Path input;

	@Option(names = "--output", paramLabel = "โฟลเดอร์", defaultValue = "output")
	Path output;

	@Option(names = "--roster", paramLabel = "ไฟล์ทะเบียน อปท.")
	Path roster;

	@Option(names = "--fiscal-year", paramLabel = "ปี พ.ศ.")
	Integer fiscalYear;

	@Option(names = "--round", paramLabel = "1|2")
	Integer round;

	@Option(names = "--digits", paramLabel = "thai|arabic", defaultValue = "thai")
	Digits digits;

	@Mixin
	DatabaseOption database;

	/** Writes an empty roster for the province to fill, instead of rolling up. */
	@Option(names = "--new-roster")
	boolean newRoster;

	static final String ROSTER_FILE = "roster-new.xlsx";

	@Override
	public Integer call() {
		if (this.newRoster) {
			return writeRoster();
		}
		if (!Files.isDirectory(this.input)) {
			return Console.refused(ProblemCode.ROLLUP_INPUT_MISSING, this.input);
		}
		if (inside(this.output, this.input)) {
			return Console.refused(ProblemCode.OUTPUT_INSIDE_INPUT, this.output);
		}
		Optional<ReportingPeriod> period;
		try {
			period = (this.fiscalYear == null && this.round == null) ? Optional.empty()
					: Optional.of(new ReportingPeriod(this.fiscalYear, this.round));
		}
		catch (NullPointerException | IllegalArgumentException ex) {
			return Console.refusedLine("ให้ระบุทั้ง --fiscal-year (ปี พ.ศ. เช่น 2566) และ --round (1 หรือ 2) หรือไม่ระบุทั้งสองอย่าง "
					+ "แล้วโปรแกรมจะรวมรอบที่ไฟล์ส่วนใหญ่รายงาน");
		}
		if (this.roster != null && !rosterReadable()) {
			return Console.FAILED;
		}
		Optional<OutputFolder.Trouble> trouble = OutputFolder.check(this.output);
		if (trouble.isPresent()) {
			return Console.refused(trouble.get());
		}
		try {
			Optional<OutputLock> lock = OutputLock.take(OutputFolder.work(this.output));
			if (lock.isEmpty()) {
				return Console.refused(ProblemCode.OUTPUT_IN_USE, this.output);
			}
			try (OutputLock taken = lock.get()) {
				return run(period);
			}
		}
		catch (Exception ex) {
			return Console.failed(this.output, this.output, ex);
		}
	}

	private int run(Optional<ReportingPeriod> period) throws Exception {
		int files = RollupLauncher.filesIn(this.input);
		if (files == 0) {
			return Console.refused(ProblemCode.ROLLUP_NOTHING_TO_READ, this.input);
		}
		Path work = Files.createDirectories(OutputFolder.work(this.output));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ItaMergeApplication.class)
			.listeners(new QuietLogbackStatus())
			.properties("spring.main.lazy-initialization=true", "logging.file.name=" + TechnicalLog.of(this.output))
			.properties(this.database.properties(work))
			.run()) {
			Console.OUT.printf("รวมรายงานของ อปท. จาก %,d ไฟล์ในโฟลเดอร์ %s%n", files, this.input);
			RollupLauncher.Outcome outcome = context.getBean(RollupLauncher.class)
				.rollup(this.input, this.output, Optional.ofNullable(this.roster), period, this.digits, files);
			return report(outcome);
		}
		catch (RuntimeException ex) {
			Optional<String> unreachable = this.database.unreachable(this.output, work, ex);
			if (unreachable.isPresent()) {
				return Console.refusedLine(unreachable.get());
			}
			throw ex;
		}
	}

	private int report(RollupLauncher.Outcome outcome) {
		if (!outcome.completed() || outcome.totals() == null) {
			return Console.failed(this.output, this.output, outcome.failure());
		}
		RollupTotals totals = outcome.totals();
		RollupOutputs outputs = RollupOutputs.of(this.output, totals.period());
		Console.OUT.printf("%s: รวม %,d อปท.; ยังไม่ส่ง %,d; ไฟล์ที่ไม่รับ %,d; ไฟล์ที่ถูกแทนด้วยไฟล์ใหม่กว่า %,d%n",
				totals.period().title(Digits.THAI), totals.received(), totals.notReceived(), totals.refused(),
				totals.superseded());
		Console.OUT.println("รายงานรวมของจังหวัด: " + outputs.workbook());
		Console.OUT.println("บันทึกไฟล์ที่ไม่รับและ อปท. ที่ยังไม่ส่ง: " + outputs.log());
		Path pdf = outputs.reportPdf();
		Console.OUT.println("รายงานสรุปของจังหวัด: " + outputs.report() + (Files.isRegularFile(pdf) ? " และ " + pdf : ""));
		return (totals.refused() > 0) ? Console.INPUT_ERRORS : Console.OK;
	}

	private int writeRoster() {
		Optional<OutputFolder.Trouble> trouble = OutputFolder.check(this.output);
		if (trouble.isPresent()) {
			return Console.refused(trouble.get());
		}
		Path target = this.output.resolve(ROSTER_FILE);
		if (Files.exists(target)) {
			return Console.refused(ProblemCode.ROSTER_OUTPUT_EXISTS, target);
		}
		try {
			ProvinceRoster.writeTemplate(target);
		}
		catch (IOException | RuntimeException ex) {
			return Console.failed(this.output, this.output, ex);
		}
		Console.OUT.println("เขียนทะเบียน อปท. ว่างไว้ที่ " + target);
		Console.OUT.println("ให้กรอกตามชีต \"วิธีกรอก\" เขียนทับตัวอย่างสีเหลือง บันทึก แล้วสั่ง rollup --roster " + target);
		return Console.OK;
	}

	/** Whether the roster can be read; when not, the officer has been told what to fix in it. */
	private boolean rosterReadable() {
		try {
			ProvinceRoster.read(this.roster);
			return true;
		}
		catch (RosterException ex) {
			Console.ERR.println("ใช้ไฟล์ทะเบียน อปท. นี้ไม่ได้ ให้แก้ไขตามรายการต่อไปนี้แล้วสั่งใหม่:");
			for (Problem problem : ex.problems()) {
				Console.ERR.println("- " + Console.place(problem) + problem.message());
			}
			return false;
		}
	}

	private static boolean inside(Path folder, Path other) {
		Path inner = folder.toAbsolutePath().normalize();
		Path outer = other.toAbsolutePath().normalize();
		return inner.startsWith(outer);
	}

}
