package th.ita.merge.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every code a user can meet has a Thai message: the run must never print a bare code. */
class ProblemCodeTests {

	private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

	@ParameterizedTest
	@EnumSource(ProblemCode.class)
	void hasAThaiMessage(ProblemCode code) {
		String template = code.template();
		assertThat(template).isNotBlank();
		assertThat(THAI.matcher(template).find()).as(code + " is written in Thai").isTrue();
	}

}
