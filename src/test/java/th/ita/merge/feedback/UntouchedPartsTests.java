package th.ita.merge.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Which sheets a feedback copy may leave as they came: none that selects its tab. */
class UntouchedPartsTests {

	@Test
	void aSheetSelectsItsTabUnlessEveryTabSelectedIsPlainlyFalse() {
		assertThat(selects("<worksheet><sheetViews><sheetView tabSelected=\"1\"/></sheetViews></worksheet>")).isTrue();
		assertThat(selects("<worksheet><sheetViews><sheetView tabSelected = ' true '/></sheetViews></worksheet>"))
			.isTrue();
		assertThat(selects("<worksheet><sheetViews><sheetView tabSelected=\"false\"/>"
				+ "<sheetView tabSelected=\"on\"/></sheetViews></worksheet>")).as("a value Excel would not write")
			.isTrue();
		assertThat(selects("<worksheet><sheetViews><sheetView tabSelected=\"false\" workbookViewId=\"0\"/>"
				+ "<sheetView tabSelected='0'/></sheetViews></worksheet>")).isFalse();
		assertThat(selects("<worksheet><sheetData/></worksheet>")).isFalse();
		assertThat(UntouchedParts.selectsTab("<worksheet><sheetView tabSelected=\"false\"/></worksheet>"
			.getBytes(StandardCharsets.UTF_16))).as("XML that is not UTF-8 is not searched").isTrue();
	}

	private static boolean selects(String xml) {
		return UntouchedParts.selectsTab(xml.getBytes(StandardCharsets.UTF_8));
	}

}
