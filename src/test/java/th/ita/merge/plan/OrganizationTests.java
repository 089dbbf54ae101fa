package th.ita.merge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kind of local government an organization's full name says it is, as provinces count them. */
class OrganizationTests {

	@Test
	void readsTheKindFromTheFullName() {
		assertThat(type("องค์การบริหารส่วนจังหวัดนครราชสีมา")).isEqualTo("อบจ.");
		assertThat(type("องค์การบริหารส่วนตำบลขามสะแกแสง")).isEqualTo("อบต.");
		assertThat(type("อบต.โนนสูง")).isEqualTo("อบต.");
		assertThat(type("เทศบาลนครนครราชสีมา")).isEqualTo("เทศบาล");
		assertThat(type("เทศบาล ตำบลปักธงชัย")).isEqualTo("เทศบาล");
		assertThat(type("กรุงเทพมหานคร")).isEqualTo("กรุงเทพมหานคร");
		assertThat(type("เมืองพัทยา")).isEqualTo("เมืองพัทยา");
		assertThat(type("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดนครราชสีมา")).isEmpty();
	}

	private static String type(String name) {
		return new Organization(name, "", "", "").type();
	}

}
