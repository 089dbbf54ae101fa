package th.ita.merge.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The folders and the plan every command works with. */
class CommonOptions {

	@Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
			description = "โฟลเดอร์ที่เก็บแผนและไฟล์ของสำนัก/กอง (ค่าเริ่มต้น: ${DEFAULT-VALUE})")
	Path input;

	@Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
			description = "โฟลเดอร์ที่เขียนผลลัพธ์ (ค่าเริ่มต้น: ${DEFAULT-VALUE})")
	Path output;

	@Option(names = "--plan", paramLabel = "FILE",
			description = "ไฟล์แผน (ค่าเริ่มต้น: <input>/plan.xlsx)")
	Path plan;

	Path plan() {
		return (this.plan != null) ? this.plan : this.input.resolve("plan.xlsx");
	}

}
