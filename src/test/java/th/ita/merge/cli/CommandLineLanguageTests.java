package th.ita.merge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the officer reads when the command line itself is wrong, or when they ask for help: Thai
 * only (option names as they are), and for a mistake one line that names it and says to ask for
 * the help, rather than picocli's English sentence followed by the whole help.
 */
class CommandLineLanguageTests {

	@Test
	void answersAnUnknownOptionInOneThaiLineThatNamesIt() {
		// when
		ConsoleRun run = ConsoleRun.of("merge", "--no-such-option");

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("ไม่รู้จักตัวเลือก \"--no-such-option\"")
			.contains("merge --help");
		assertThat(run.showsTechnicalDetails()).isFalse();
	}

	@Test
	void suggestsTheOptionMeantForAMistypedOne() {
		// when
		ConsoleRun run = ConsoleRun.of("validate", "--inptu", "input");

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement().asString().contains("\"--inptu\"").contains("หมายถึง --input");
	}

	@Test
	void answersAnUnknownCommandWithTheCommandsThereAre() {
		// when
		ConsoleRun run = ConsoleRun.of("mrege");

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("ไม่รู้จักคำสั่ง \"mrege\"")
			.contains("templates, validate, merge, plan, serve และ rollup");
		assertThat(run.linesNotInThai()).isEmpty();
	}

	@Test
	void answersAnUnknownSubcommandWithTheSubcommandsThereAre() {
		// when
		ConsoleRun run = ConsoleRun.of("plan", "old");

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("ไม่รู้จักคำสั่ง \"old\"")
			.contains("new และ next")
			.contains("plan --help");
	}

	@Test
	void answersARequiredOptionLeftOutWithWhatItTakes() {
		// when
		ConsoleRun run = ConsoleRun.of("plan", "next");

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("คำสั่ง plan next ต้องระบุตัวเลือก --previous")
			.contains("รายงานรวม")
			.contains("plan next --help");
		assertThat(run.showsTechnicalDetails()).isFalse();
	}

	@Test
	void answersAValueAnOptionDoesNotTakeWithWhatItTakes() {
		// when
		ConsoleRun run = ConsoleRun.of("merge", "--digits", "roman");

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("ตัวเลือก --digits ไม่รับค่า \"roman\"")
			.contains("thai (เลขไทย) หรือ arabic (เลขอารบิก)");
		assertThat(run.showsTechnicalDetails()).isFalse();
	}

	@Test
	void answersAFileSizeThatIsNotOneBeforeAnythingRuns() {
		// when
		ConsoleRun run = ConsoleRun.of("validate", "--max-file-size", "huge");

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("ตัวเลือก --max-file-size ไม่รับค่า \"huge\"")
			.contains("เช่น 20MB หรือ 500KB");
	}

	@Test
	void answersAnOptionGivenWithoutItsValue() {
		// when
		ConsoleRun run = ConsoleRun.of("templates", "--output");

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("ตัวเลือก --output ต้องตามด้วยค่า")
			.contains("templates --help");
	}

	@Test
	void answersAWordTheCommandDoesNotTakeWithTheHintToQuoteNamesWithSpaces() {
		// when: a folder name with a space, typed without quotes
		ConsoleRun run = ConsoleRun.of("merge", "--input", "กอง", "คลัง");

		// then
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.errLines()).singleElement()
			.asString()
			.contains("คำสั่ง merge ไม่รับ \"คลัง\"")
			.contains("เครื่องหมายคำพูด");
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "merge --help", "validate --help", "templates --help", "plan --help",
			"plan new --help", "plan next --help", "plan", "--version", "" })
	void writesEveryLineOfTheHelpInThai(String args) {
		// when
		ConsoleRun run = ConsoleRun.of(args.isEmpty() ? new String[0] : args.split(" "));

		// then
		assertThat(run.status()).isZero();
		assertThat(run.lines()).isNotEmpty();
		assertThat(run.linesNotInThai()).isEmpty();
		assertThat(run.out()).doesNotContain("Usage", "Show this help", "Print version", "Commands:", "Options:");
	}

}
