package th.ita.merge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.ita.merge.plan.PlanWriter;
import th.ita.merge.plan.ReportingPeriod;

/**
 * {@code plan new}: an empty plan for an office starting from scratch, its first sheet the Thai
 * instructions, its other sheets the headers and example rows, valid as they stand, for the
 * fiscal year of today.
 */
@Command(name = "new", mixinStandardHelpOptions = true)
class PlanNewCommand implements Callable<Integer> {

	static final String FILE_NAME = "plan-new.xlsx";

	@Option(names = "--output", paramLabel = "โฟลเดอร์", defaultValue = "output")
	Path output;

	@Override
	public Integer call() {
		Optional<OutputFolder.Trouble> trouble = OutputFolder.check(this.output);
		if (trouble.isPresent()) {
			return Console.refused(trouble.get());
		}
		Path target = this.output.resolve(FILE_NAME);
		Optional<Integer> refused = PlanCommand.refuseExisting(target);
		if (refused.isPresent()) {
			return refused.get();
		}
		try {
			PlanWriter.writeNew(ReportingPeriod.fiscalYearOf(LocalDate.now()), target);
		}
		catch (IOException | RuntimeException ex) {
			return Console.failed(this.output, this.output, ex);
		}
		Console.OUT.println("เขียนแผนใหม่ไว้ที่ " + target);
		Console.OUT.println("ให้เปิดไฟล์แล้วกรอกตามชีต \"" + PlanWriter.INSTRUCTIONS_SHEET
				+ "\" เขียนทับตัวอย่างสีส้มด้วยข้อมูลของหน่วยงาน บันทึกเป็น plan.xlsx ในโฟลเดอร์ input แล้วสั่ง templates");
		return Console.OK;
	}

}
