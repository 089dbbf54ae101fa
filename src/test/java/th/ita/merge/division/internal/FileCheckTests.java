package th.ita.merge.division.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The search for declarations in the head of a part, which Excel never writes. */
class FileCheckTests {

	@Test
	void findsADocumentTypeOrEntityInAnyCaseOfLetters() {
		assertThat(declares("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x/>")).isTrue();
		assertThat(declares("<?xml version=\"1.0\"?>\n<!doctype x><x/>")).isTrue();
		assertThat(declares("<x><!EnTiTy</x>")).isTrue();
		assertThat(declares("<x>ข้อความ <!-- DOCTYPE --> ENTITY <! DOCTYPE</x>")).isFalse();
		assertThat(declares("<x/><!DOCTYP")).isFalse();
	}

	private static boolean declares(String xml) {
		return FileCheck.declares(xml.getBytes(StandardCharsets.UTF_8));
	}

}
