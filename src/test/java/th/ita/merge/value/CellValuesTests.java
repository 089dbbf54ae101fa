package th.ita.merge.value;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CellValues}, with text and numbers as people in Thai offices type and paste
 * them.
 */
class CellValuesTests {

	@Test
	void composesDecomposedCharactersToNfc() {
		// given
		String decomposed = "Cafe\u0301";

		// when
		String text = CellValues.text(decomposed);

		// then
		assertThat(text).isEqualTo("Caf\u00E9");
	}

	@Test
	void removesZeroWidthSpaceAndByteOrderMark() {
		assertThat(CellValues.text("\uFEFFกอง\u200Bคลัง")).isEqualTo("กองคลัง");
	}

	@Test
	void turnsNonBreakingSpaceIntoSpace() {
		assertThat(CellValues.text("กอง\u00A0คลัง")).isEqualTo("กอง คลัง");
	}

	@Test
	void joinsNikhahitAndSaraAaIntoSaraAm() {
		// given "ดําเนินการ" as a PDF converter writes it: U+0E4D U+0E32 instead of U+0E33
		String pasted = "ด\u0E4D\u0E32เนินการ";

		// when
		String text = CellValues.text(pasted);

		// then
		assertThat(text).isEqualTo("ดำเนินการ").contains("\u0E33").doesNotContain("\u0E4D");
	}

	@Test
	void joinsNikhahitAndSaraAaIntoSaraAmAfterToneMark() {
		// given "น้ํา": NO NU, MAI THO, NIKHAHIT, SARA AA
		String pasted = "\u0E19\u0E49\u0E4D\u0E32";

		// when
		String text = CellValues.text(pasted);

		// then "น้ำ": NO NU, MAI THO, SARA AM
		assertThat(text).isEqualTo("\u0E19\u0E49\u0E33");
	}

	@Test
	void turnsWindowsAndOldMacLineBreaksIntoLineFeeds() {
		assertThat(CellValues.text("บรรทัดแรก\r\nบรรทัดสอง\rบรรทัดสาม")).isEqualTo("บรรทัดแรก\nบรรทัดสอง\nบรรทัดสาม");
	}

	@Test
	void stripsBlanksAtBothEndsButKeepsInnerSpaces() {
		assertThat(CellValues.text(" \t กอง  คลัง \n")).isEqualTo("กอง  คลัง");
	}

	@Test
	void stripsNonBreakingSpacesAtBothEnds() {
		assertThat(CellValues.text("\u00A0กองคลัง\u00A0")).isEqualTo("กองคลัง");
	}

	@Test
	void readsNullAsEmptyText() {
		assertThat(CellValues.text(null)).isEmpty();
	}

	@Test
	void collapsesInnerBlanksIntoWords() {
		assertThat(CellValues.words(" ดำเนินการ \u00A0 แล้ว ")).isEqualTo("ดำเนินการ แล้ว");
	}

	@Test
	void readsWholeNumberWrittenInThaiDigits() {
		assertThat(CellValues.wholeNumber("๒๕๖๖")).hasValue(2566);
	}

	@Test
	void readsWholeNumberStoredAsDecimal() {
		assertThat(CellValues.wholeNumber("2566.0")).hasValue(2566);
	}

	@Test
	void readsWholeNumberWithThousandsSeparator() {
		assertThat(CellValues.wholeNumber("1,234")).hasValue(1234);
	}

	@Test
	void readsNegativeWholeNumber() {
		assertThat(CellValues.wholeNumber("-5")).hasValue(-5);
	}

	@Test
	void rejectsNumberFollowedByThaiLetter() {
		assertThat(CellValues.wholeNumber("12ก")).isEmpty();
	}

	@Test
	void rejectsNumberWithFraction() {
		assertThat(CellValues.wholeNumber("2566.5")).isEmpty();
	}

	@Test
	void rejectsWholeNumberTooLargeForAnInt() {
		assertThat(CellValues.wholeNumber("99999999999")).isEmpty();
		assertThat(CellValues.wholeNumber("-99999999999")).isEmpty();
	}

	@Test
	void rejectsEmptyTextAsWholeNumber() {
		assertThat(CellValues.wholeNumber("")).isEmpty();
		assertThat(CellValues.wholeNumber(null)).isEmpty();
	}

	@Test
	void readsBuddhistYearWrittenInArabicDigits() {
		assertThat(CellValues.buddhistYear("2566")).hasValue(2566);
	}

	@Test
	void readsBuddhistYearWrittenInThaiDigits() {
		assertThat(CellValues.buddhistYear("๒๕๖๖")).hasValue(2566);
	}

	@Test
	void readsChristianYearAsBuddhistYear() {
		assertThat(CellValues.buddhistYear("2023")).hasValue(2566);
	}

	@Test
	void readsBuddhistYearStoredAsNumberCell() {
		assertThat(CellValues.buddhistYear("2566.0")).hasValue(2566);
	}

	@Test
	void readsBuddhistYearAfterBuddhistEraPrefix() {
		assertThat(CellValues.buddhistYear("พ.ศ. ๒๕๖๖")).hasValue(2566);
		assertThat(CellValues.buddhistYear("พ.ศ.2566")).hasValue(2566);
	}

	@Test
	void readsYearAfterChristianEraPrefixAsBuddhistYear() {
		assertThat(CellValues.buddhistYear("ค.ศ. 2023")).hasValue(2566);
	}

	@Test
	void rejectsTwoDigitYear() {
		assertThat(CellValues.buddhistYear("66")).isEmpty();
	}

	@Test
	void rejectsYearThatIsNotANumber() {
		assertThat(CellValues.buddhistYear("abc")).isEmpty();
	}

	@Test
	void readsExcelSerialInThe1900DateSystem() {
		assertThat(CellValues.excelDate(45000, false)).hasValue(LocalDate.of(2023, 3, 15));
	}

	@Test
	void readsExcelSerialInThe1904DateSystemFourYearsAndOneDayLater() {
		// given
		LocalDate in1900 = CellValues.excelDate(45000, false).orElseThrow();

		// when
		LocalDate in1904 = CellValues.excelDate(45000, true).orElseThrow();

		// then
		assertThat(in1904).isEqualTo(LocalDate.of(2027, 3, 16)).isEqualTo(in1900.plusYears(4).plusDays(1));
	}

	@Test
	void rejectsNegativeExcelSerial() {
		assertThat(CellValues.excelDate(-1, false)).isEmpty();
	}

	@Test
	void joinsNikhahitTypedBeforeTheToneMark() {
		assertThat(CellValues.text("\u0E19\u0E4D\u0E49\u0E32")).isEqualTo("\u0E19\u0E49\u0E33");
	}

	@Test
	void readsDateTypedWithThaiMonthAndThaiDigits() {
		assertThat(CellValues.date("๓๑ มีนาคม ๒๕๖๖", false, null, false)).hasValue(LocalDate.of(2023, 3, 31));
	}

	@Test
	void readsDateTypedWithAbbreviatedMonthEraAndPrefix() {
		assertThat(CellValues.date("ณ วันที่ 31 มี.ค. พ.ศ. 2566", false, null, false))
			.hasValue(LocalDate.of(2023, 3, 31));
	}

	@Test
	void readsDateTypedInFiguresWithBuddhistOrChristianYear() {
		assertThat(CellValues.date("31/3/2566", false, null, false)).hasValue(LocalDate.of(2023, 3, 31));
		assertThat(CellValues.date("๓๑/๐๓/๒๕๖๖", false, null, false)).hasValue(LocalDate.of(2023, 3, 31));
		assertThat(CellValues.date("31-03-2023", false, null, false)).hasValue(LocalDate.of(2023, 3, 31));
	}

	@Test
	void readsDateCellInEitherDateSystem() {
		// given 2023-03-31 is serial 45016 in the 1900 system, 43554 in the 1904 system
		assertThat(CellValues.date("45016", true, "d/m/yyyy", false)).hasValue(LocalDate.of(2023, 3, 31));
		assertThat(CellValues.date("43554", true, "d/m/yyyy", true)).hasValue(LocalDate.of(2023, 3, 31));
	}

	@Test
	void readsDateCellWhoseBuddhistYearExcelStoredAsChristianEra() {
		// given "31/3/2566" typed into Excel set to the Christian calendar: 31 March 2566 C.E., serial 243323
		double serial = org.apache.poi.ss.usermodel.DateUtil.getExcelDate(LocalDate.of(2566, 3, 31));

		// when
		var date = CellValues.date(Long.toString((long) serial), true, "d/m/yyyy", false);

		// then
		assertThat(date).hasValue(LocalDate.of(2023, 3, 31));
	}

	@Test
	void rejectsDayThatNoMonthHas() {
		assertThat(CellValues.date("31 กุมภาพันธ์ 2566", false, null, false)).isEmpty();
		assertThat(CellValues.date("30/2/2566", false, null, false)).isEmpty();
	}

	@Test
	void rejectsTextThatIsNoDate() {
		assertThat(CellValues.date("สิ้นเดือนมีนาคม", false, null, false)).isEmpty();
		assertThat(CellValues.date("31 มีนา 2566", false, null, false)).isEmpty();
		assertThat(CellValues.date("31/3/66", false, null, false)).isEmpty();
		assertThat(CellValues.date("", false, null, false)).isEmpty();
	}

	@Test
	void rejectsNumberCellNotFormattedAsDate() {
		assertThat(CellValues.date("45016", true, "General", false)).isEmpty();
	}

	@Test
	void settlesAnyTextAsTheFullRulesDoWhetherOrNotItHasCharactersToReplace() {
		char[] alphabet = { 'a', ' ', '\t', '\n', '\r', 'น', '\u0E49', '\u0E4D', '\u0E32', '\u0E33', '\u00A0', '\u202F',
				'\u2007', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u0000', '\u001B', '\u007F', 'e', '\u0301',
				'\u2010', '๑' };
		java.util.Random random = new java.util.Random(2566);
		for (int round = 0; round < 20_000; round++) {
			StringBuilder raw = new StringBuilder();
			int length = random.nextInt(12);
			for (int i = 0; i < length; i++) {
				raw.append(alphabet[random.nextInt((round % 2 == 0) ? alphabet.length : 10)]);
			}
			assertThat(CellValues.text(raw.toString())).as(raw.toString()).isEqualTo(everyRule(raw.toString()));
			assertThat(CellValues.words(raw.toString())).isEqualTo(everyRule(raw.toString()).replaceAll("\\s+", " "));
		}
	}

	/** Every rule of {@code CellValues.text}, one after the other, as they read before its shortcut. */
	private static String everyRule(String raw) {
		String text = raw.replaceAll("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]",
				"");
		text = text.replaceAll("[\\u00A0\\u202F\\u2007]", " ");
		text = text.replaceAll("\u0E4D([\u0E48-\u0E4B])\u0E32", "$1\u0E33");
		text = text.replace("\u0E4D\u0E32", "\u0E33").replace("\r\n", "\n").replace('\r', '\n');
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip();
	}

}
