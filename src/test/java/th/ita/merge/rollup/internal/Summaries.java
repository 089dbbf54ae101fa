package th.ita.merge.rollup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.ita.merge.measure.ProgressState;
import th.ita.merge.plan.ReportingPeriod;
import th.ita.merge.plan.SignOff;
import th.ita.merge.plan.Signatory;

/**
 * Made-up provincial summaries for the tests of the printable summary: organizations in districts
 * with figures that follow from their place, every fourth one not yet sent.
 */
final class Summaries {

	static final String PROVINCE = "นครราชสีมา";

	static final List<String> DISTRICTS = List.of("ขามสะแกแสง", "โนนสูง", "ปักธงชัย", "สีคิ้ว");

	private static final List<String> PLACES = List.of("หนองหัวฟาน", "เมืองนาท", "ขามสะแกแสง", "ชีวึก", "พะงาด",
			"โนนเมือง", "เมืองเกษตร", "บิง", "ดอนหวาย", "ลำมูล", "ใหม่", "ขามเฒ่า", "ตะเคียน", "ธารปราสาท",
			"พลสงคราม", "จันอัด", "ด่านคล้า", "โตนด", "บ้านปรางค์", "หลุมข้าว", "มะค่า", "ลำคอหงษ์", "เมืองปราสาท",
			"ดอนชมพู");

	static final List<String> RISK_LEVELS = List.of("ต่ำ", "ปานกลาง", "สูง", "สูงมาก");

	static final SignOff SIGN_OFF = new SignOff(new Signatory("นายสมชาย ตั้งใจ", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
			Optional.empty(), Optional.of(new Signatory("นายสมศักดิ์ รักษ์ถิ่น", "ท้องถิ่นจังหวัดนครราชสีมา")),
			Optional.of(LocalDate.of(2023, 4, 30)));

	private Summaries() {
	}

	/** {@code districts} districts of {@code each} organizations, signed by the provincial officer. */
	static ProvinceSummary of(int districts, int each) {
		return of(districts, each, Optional.of(SIGN_OFF));
	}

	static ProvinceSummary of(int districts, int each, Optional<SignOff> signOff) {
		List<OrganizationProgress> organizations = new ArrayList<>();
		int i = 0;
		for (String district : DISTRICTS.subList(0, districts)) {
			for (int k = 0; k < each; k++) {
				organizations.add(organization(i++, district));
			}
		}
		return new ProvinceSummary(PROVINCE, new ReportingPeriod(2566, 1), organizations, RISK_LEVELS, signOff,
				LocalDate.of(2023, 4, 25));
	}

	/** The i-th organization: its name from its place, its figures from i, not sent when i % 4 == 3. */
	static OrganizationProgress organization(int i, String district) {
		String place = PLACES.get(i % PLACES.size()) + ((i >= PLACES.size()) ? " " + (i / PLACES.size() + 1) : "");
		String name = ((i % 5 == 0) ? "เทศบาลตำบล" : "องค์การบริหารส่วนตำบล") + place;
		String code = String.format("53%05d", i + 1);
		if (i % 4 == 3) {
			return new OrganizationProgress(code, name, "", district, Optional.empty(), Map.of(), Map.of(), 0, 0);
		}
		Map<ProgressState, Integer> measures = Map.of(ProgressState.DONE, 5 + i % 7, ProgressState.IN_PROGRESS, i % 3,
				ProgressState.NOT_STARTED, (i % 4 == 0) ? 1 : 0);
		Map<String, Integer> risks = Map.of("ต่ำ", 3, "ปานกลาง", 2, "สูง", i % 2, "สูงมาก", (i % 5 == 0) ? 1 : 0);
		Instant made = Instant.parse("2023-04-02T03:00:00Z").plusSeconds(86_400L * (i % 10));
		return new OrganizationProgress(code, name, "", district,
				Optional.of(new OrganizationProgress.Received(name + ".xlsx", made)), measures, risks, 0, 0);
	}

}
