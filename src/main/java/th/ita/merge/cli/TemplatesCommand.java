package th.ita.merge.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import th.ita.merge.division.TemplateGenerator;
import th.ita.merge.merge.Features;
import th.ita.merge.plan.Plan;

/**
 * {@code templates}: one template workbook per division, pre-filled from the plan. It writes only
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

	@Override
	public Integer call() {
		return this.options.withPlan(false, folder(), false, this::run);
	}

	private Path folder() {
		return this.options.output.resolve(FOLDER);
	}

	private int run(Plan plan) throws Exception {
		List<Path> written = TemplateGenerator.generate(plan, Features.of(plan).sheets(), folder(),
				this.sheetPassword);
		Console.OUT.println("สร้างแบบรายงาน " + written.size() + " ไฟล์ใน " + folder() + ":");
		written.forEach((file) -> Console.OUT.println("- " + file.getFileName()));
		return Console.OK;
	}

}
