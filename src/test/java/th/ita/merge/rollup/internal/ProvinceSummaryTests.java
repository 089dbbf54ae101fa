package th.ita.merge.rollup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ProvinceSummaryTests {

	private static final List<String> DISTRICTS = List.of("เมืองนครราชสีมา", "ขามสะแกแสง", "โนนสูง", "ปักธงชัย",
			"เทพารักษ์", "แก้งสนามนาง", "ไม้แก่น", "สีคิ้ว", "ครบุรี", "เฉลิมพระเกียรติ");

	private static final List<String> NAMES = List.of("องค์การบริหารส่วนตำบลโคกบัว", "เทศบาลตำบลหนองบัว",
			"เทศบาลเมืองปากช่อง", "องค์การบริหารส่วนตำบลเมืองนาท", "เทศบาลตำบลโนนแดง", "องค์การบริหารส่วนตำบลไผ่",
			"เทศบาลนครนครราชสีมา", "องค์การบริหารส่วนตำบลแชะ", "องค์การบริหารส่วนตำบลกุดจอก");

	@Test
	void listsDistrictsThenNamesInThaiDictionaryOrderAsTheCollatorDoes() {
		Random random = new Random(2566);
		List<OrganizationProgress> organizations = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			String name = NAMES.get(random.nextInt(NAMES.size())) + " " + i;
			organizations.add(new OrganizationProgress(String.valueOf(i), name, "อบต.",
					DISTRICTS.get(random.nextInt(DISTRICTS.size())), Optional.empty(), Map.of(), Map.of(), 0, 0));
		}
		Collections.shuffle(organizations, random);

		List<OrganizationProgress> ordered = ProvinceSummary.inOrder(organizations);

		assertThat(ordered).isEqualTo(organizations.stream().sorted(ProvinceSummary.ORDER).toList());
		assertThat(ordered.get(0).district()).isEqualTo("แก้งสนามนาง");
		assertThat(ordered.get(ordered.size() - 1).district()).isEqualTo("สีคิ้ว");
	}

}
