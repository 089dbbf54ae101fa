package th.ita.merge.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import th.ita.merge.carryover.CarriedMeasure;
import th.ita.merge.carryover.CarryOver;
import th.ita.merge.merge.PreviousRound;
import th.ita.merge.merge.PreviousRoundException;
import th.ita.merge.plan.Measure;
import th.ita.merge.plan.Plan;
import th.ita.merge.value.Digits;

/**
 * {@code plan next}: next fiscal year's plan from this year's plan ({@code --plan}, or the input
 * folder's) and this year's consolidated workbook ({@code --previous}), which alone knows which
 * measures were done; the plan alone knows the narratives, roster and risk settings. Written to
 * {@code <output>/plan-<year>.xlsx}, never over a file there, so never over the plan in use.
 */
@Command(name = "next", mixinStandardHelpOptions = true)
class PlanNextCommand implements Callable<Integer> {

	@Mixin
	CommonOptions options;

	@Option(names = "--previous", paramLabel = "ไฟล์รายงานรวม", required = true)
	Path previous;

	@Override
	public Integer call() {
		return this.options.withPlan(false, this.options.output, false, this::run);
	}

	private int run(Plan plan) throws Exception {
		PreviousRound round;
		try {
			round = PreviousRound.read(this.previous);
		}
		catch (PreviousRoundException ex) {
			return Console.previousRefused(this.options.output, ex);
		}
		Optional<String> mismatch = CarryOver.mismatch(plan, this.options.planFile(), round);
		if (mismatch.isPresent()) {
			return Console.refusedLine(mismatch.get());
		}
		CarryOver next = CarryOver.of(plan, round);
		Path target = this.options.output.resolve(next.fileName());
		Optional<Integer> refused = PlanCommand.refuseExisting(target);
		if (refused.isPresent()) {
			return refused.get();
		}
		next.write(target);
		report(next, target);
		return Console.OK;
	}

	private static void report(CarryOver next, Path target) {
		int year = next.plan().period().fiscalYear();
		Console.OUT.println("เขียนแผนปีงบประมาณ " + year + " รอบที่ 1 ไว้ที่ " + target);
		Console.OUT.println("ตามรายงานรวม" + next.previous().period().title(Digits.THAI) + " ("
				+ next.previous().file().getFileName() + "):");
		Console.OUT.println("- ยกมาตรการที่ยังไม่แล้วเสร็จมา " + next.carried().size() + " มาตรการ" + states(next.carried()));
		Console.OUT.println("- ตัดมาตรการที่ดำเนินการแล้วออก " + next.dropped().size() + " มาตรการ"
				+ (next.dropped().isEmpty() ? ""
						: ": " + next.dropped().stream().map(Measure::id).collect(Collectors.joining(", "))));
		if (next.previous().period().round() == 1) {
			Console.OUT.println("สถานะเหล่านี้มาจากรอบ ๖ เดือน มาตรการที่เสร็จหลังเดือนมีนาคมจึงยังถูกยกมา "
					+ "หากมีรายงานรวมรอบ ๑๒ เดือนแล้ว ให้สั่งใหม่ด้วยไฟล์นั้น");
		}
		if (next.carried().isEmpty()) {
			Console.OUT.println("แผนใหม่จึงยังไม่มีมาตรการ ให้เพิ่มมาตรการของปีงบประมาณ " + year
					+ " ในชีต มาตรการ ก่อนสั่ง templates");
		}
		Console.OUT.println("ให้ตรวจแผนใหม่ (คำอธิบายตัวชี้วัด มาตรการที่จะทำต่อ และมาตรการใหม่ของปีนี้) "
				+ "แล้วบันทึกเป็น plan.xlsx ในโฟลเดอร์ของปีใหม่ แล้วสั่ง templates");
	}

	/** " (อยู่ระหว่างดำเนินการ 3, ยังไม่ดำเนินการ 1)": how many carried measures each state had. */
	private static String states(List<CarriedMeasure> carried) {
		Map<String, Long> counts = carried.stream()
			.collect(Collectors.groupingBy(CarriedMeasure::note, LinkedHashMap::new, Collectors.counting()));
		return counts.isEmpty() ? ""
				: counts.entrySet()
					.stream()
					.map((count) -> count.getKey() + " " + count.getValue())
					.collect(Collectors.joining(", ", " (", ")"));
	}

}
