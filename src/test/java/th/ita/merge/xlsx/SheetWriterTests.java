package th.ita.merge.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.ita.merge.xlsx.RawCell;

class SheetWriterTests {

	@Test
	void keepsTextThatFitsInACell() {
		String text = "ก".repeat(RawCell.MAX_TEXT);
		assertThat(SheetWriter.fit(text)).isSameAs(text);
	}

	@Test
	void cutsTextOverExcelsCellLimitAndSaysWhereTheWholeTextIs() {
		String joined = "สำนักปลัด: ดำเนินการแล้ว\n".repeat(3_000);

		String fitted = SheetWriter.fit(joined);

		assertThat(fitted).hasSize(RawCell.MAX_TEXT).endsWith(SheetWriter.CUT).startsWith("สำนักปลัด: ");
	}

}
