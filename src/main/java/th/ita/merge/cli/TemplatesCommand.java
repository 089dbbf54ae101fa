package th.ita.merge.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.merge.Features;
import th.ita.merge.merge.PreviousRound;
import th.ita.merge.merge.PreviousRoundException;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.Digits;

/**
 * {@code templates}: one template workbook per division, pre-filled from the plan and, with
 * {@code --previous}, with what the division reported in the round before. It writes only
 * into {@code <output>/templates}, where no other command writes, each file whole or not at all,
 * so it does not need the output folder to itself.
 */
@Command(name = "templates", mixinStandardHelpOptions = true)
class TemplatesCommand implements Callable<Integer> {

	static final String FOLDER = "templates";

	@Mixin
	CommonOptions options;

	@Option(names = "--sheet-password", paramLabel = "รหัสผ่าน", defaultValue = TemplateGenerator.DEFAULT_SHEET_PASSWORD)
	String sheetPassword;

	/** The consolidated workbook of the round before, whose answers the templates start from. */
	@Option(names = "--previous", paramLabel = "ไฟล์รายงานรวมรอบก่อน")
	Path previous;

	@Override
	public Integer call() {
		return this.options.withPlan(false, folder(), false, this::run);
	}

	private Path folder() {
		return this.options.output.resolve(FOLDER);
	}

	private int run(Plan plan) throws Exception {
		Features features = Features.of(plan);
		if (this.previous != null) {
			try {
				PreviousRound before = PreviousRound.read(this.previous).checkPrecedes(plan);
				features = Features.startingFrom(plan, before);
				Console.OUT.println("แบบรายงานกรอกไว้ให้แล้วตามที่แต่ละสำนัก/กองรายงานใน"
						+ before.period().title(Digits.THAI) + " (" + this.previous.getFileName() + ")");
			}
			catch (PreviousRoundException ex) {
				return Console.previousRefused(this.options.output, ex);
			}
		}
		List<Path> written = TemplateGenerator.generate(plan, features.sheets(), folder(), this.sheetPassword);
		Console.OUT.println("สร้างแบบรายงาน " + written.size() + " ไฟล์ใน " + folder() + ":");
		written.forEach((file) -> Console.OUT.println("- " + file.getFileName()));
		return Console.OK;
	}

}
