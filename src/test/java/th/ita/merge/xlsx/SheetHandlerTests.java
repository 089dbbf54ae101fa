package th.ita.merge.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class SheetHandlerTests {

	@Test
	void readsEveryColumnOfExcelsGridAsPoiDoes() {
		for (int column = 0; column <= 16_383; column++) {
			String reference = CellReference.convertNumToColString(column) + (column % 1_048_576 + 1);
			assertThat(SheetHandler.column(reference)).as(reference).isEqualTo(column);
			assertThat(SheetHandler.column(reference.toLowerCase())).as(reference).isEqualTo(column);
		}
	}

	@Test
	void leavesAnyOtherReferenceToPoi() {
		List<String> references = new ArrayList<>(List.of("$A$1", "$B2", "AAAA1", "XFE1", "A1B", "Sheet1!C3", "'ก'!D4",
				"A", "1", "AB", "ก1", "A-1", "A 1"));
		for (String reference : references) {
			Throwable poisFailure = catchThrowable(() -> new CellReference(reference).getCol());
			Throwable ours = catchThrowable(() -> SheetHandler.column(reference));
			if (poisFailure == null) {
				assertThat(SheetHandler.column(reference)).as(reference).isEqualTo(new CellReference(reference).getCol());
			}
			else {
				assertThat(ours).as(reference).isNotNull().hasSameClassAs(poisFailure);
			}
		}
	}

}
