package th.ita.merge.division.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of file that is not a workbook is named in Thai in the refusal's message. */
class FileKindTests {

	@ParameterizedTest
	@EnumSource(FileKind.class)
	void everyKindOfFileHasItsThaiName(FileKind kind) {
		assertThat(kind.thai()).matches(".*[\\u0E01-\\u0E2E].*");
	}

}
