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

/** {@code templates}: one template workbook per division, pre-filled from the plan. */
@Command(name = "templates", mixinStandardHelpOptions = true,
		description = "สร้างแบบรายงานสำหรับแต่ละสำนัก/กองจากแผน ลงในโฟลเดอร์ <output>/templates")
class TemplatesCommand implements Callable<Integer> {

	@Mixin
	CommonOptions options;

	@Option(names = "--sheet-password", paramLabel = "TEXT", defaultValue = TemplateGenerator.DEFAULT_SHEET_PASSWORD,
			description = "รหัสผ่านที่ล็อกชีตของแบบรายงาน (ค่าเริ่มต้น: ${DEFAULT-VALUE})")
	String sheetPassword;

	@Override
	public Integer call() throws Exception {
		return this.options.withPlan(this::run);
	}

	private int run(Plan plan) throws Exception {
		Path folder = this.options.output.resolve("templates");
		List<Path> written = TemplateGenerator.generate(plan, Features.of(plan).sheets(), folder,
				this.sheetPassword);
		Console.OUT.println("สร้างแบบรายงาน " + written.size() + " ไฟล์ใน " + folder + ":");
		written.forEach((file) -> Console.OUT.println("- " + file.getFileName()));
		return Console.OK;
	}

}
