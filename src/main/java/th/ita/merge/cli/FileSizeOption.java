package th.ita.merge.cli;

import org.springframework.util.unit.DataSize;

import picocli.CommandLine.Option;
import th.ita.merge.division.InputLimits;

/** The largest division file the commands open ({@code ita.max-file-bytes} for the merge job). */
class FileSizeOption {

	@Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = InputLimits.DEFAULT_MAX_FILE_SIZE,
			description = "ขนาดไฟล์ของสำนัก/กองที่ใหญ่ที่สุดที่ยอมเปิด เช่น 20MB หรือ 500KB (ค่าเริ่มต้น: ${DEFAULT-VALUE})")
	String maxFileSize;

	DataSize maxFileSize() {
		return DataSize.parse(this.maxFileSize);
	}

	InputLimits limits() {
		return new InputLimits(maxFileSize());
	}

}
