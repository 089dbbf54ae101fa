package th.ita.merge.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import th.ita.merge.value.CellValues;
import th.ita.merge.value.ThaiDigits;

/**
 * How an office assesses corruption risks: its categories, the likelihood and impact scales, the
 * bands that turn a score into a level and the follow-up statuses. Read from the plan; an office
 * that sets none of them gets {@link #defaults()}, the common practice of Thai local offices.
 */
public record RiskSettings(List<String> categories, List<ScaleLevel> likelihood, List<ScaleLevel> impact,
		List<RiskBand> bands, List<FollowUpStatus> statuses) {

	/** Likelihood and impact run from 1 to this. */
	public static final int SCALE_MAX = 5;

	public static final int SCORE_MAX = SCALE_MAX * SCALE_MAX;

	public RiskSettings {
		categories = List.copyOf(categories);
		likelihood = List.copyOf(likelihood);
		impact = List.copyOf(impact);
		bands = bands.stream().sorted(Comparator.comparingInt(RiskBand::from)).toList();
		statuses = List.copyOf(statuses);
	}

	public static RiskSettings defaults() {
		List<String> names = List.of("น้อยมาก", "น้อย", "ปานกลาง", "สูง", "สูงมาก");
		List<String> likely = List.of("แทบไม่เกิดขึ้น หรือเกิดน้อยกว่า ๑ ครั้งในรอบ ๕ ปี",
				"อาจเกิดขึ้นได้ ๑ ครั้งในรอบ ๒–๕ ปี", "อาจเกิดขึ้นได้ ๑ ครั้งในรอบปี",
				"อาจเกิดขึ้นได้หลายครั้งในรอบปี", "เกิดขึ้นเป็นประจำ หรือเกือบทุกครั้งที่ปฏิบัติงาน");
		List<String> impacts = List.of("แทบไม่มีความเสียหาย แก้ไขได้ทันที",
				"เสียหายเล็กน้อยต่อทรัพย์สินหรือภาพลักษณ์ แก้ไขได้ภายในหน่วยงาน",
				"เสียหายปานกลาง ต้องใช้เวลาและทรัพยากรในการแก้ไข",
				"เสียหายมาก กระทบภาพลักษณ์ของหน่วยงานหรือมีการร้องเรียน",
				"เสียหายร้ายแรง มีการดำเนินคดีหรือกระทบความเชื่อมั่นของประชาชนอย่างกว้างขวาง");
		return new RiskSettings(List.of("ความเสี่ยงการทุจริตที่เกี่ยวข้องกับการพิจารณาอนุมัติ อนุญาต",
				"ความเสี่ยงการทุจริตในความโปร่งใสของการใช้อำนาจและตำแหน่งหน้าที่",
				"ความเสี่ยงการทุจริตในความโปร่งใสของการใช้จ่ายงบประมาณและการบริหารจัดการทรัพยากรภาครัฐ",
				"ความเสี่ยงการทุจริตในความโปร่งใสของการบริหารงานบุคคล"), scale(names, likely), scale(names, impacts),
				List.of(new RiskBand("ต่ำ", "92D050", 1, 3, false), new RiskBand("ปานกลาง", "FFFF00", 4, 8, false),
						new RiskBand("สูง", "FFC000", 9, 14, true), new RiskBand("สูงมาก", "FF0000", 15, 25, true)),
				List.of(new FollowUpStatus("สีเขียว", "92D050", "ยังไม่เกิดเหตุการณ์ความเสี่ยง หรือควบคุมได้"),
						new FollowUpStatus("สีเหลือง", "FFFF00", "เกิดเหตุการณ์ความเสี่ยงแล้ว และอยู่ระหว่างแก้ไข"),
						new FollowUpStatus("สีแดง", "FF0000", "เกิดเหตุการณ์ความเสี่ยงแล้ว และยังควบคุมไม่ได้")));
	}

	private static List<ScaleLevel> scale(List<String> names, List<String> descriptions) {
		return IntStream.range(0, names.size())
			.mapToObj((i) -> new ScaleLevel(i + 1, names.get(i), descriptions.get(i)))
			.toList();
	}

	/** The band a score falls in; every score 1–25 falls in exactly one (the plan reader sees to it). */
	public RiskBand band(int score) {
		return this.bands.stream()
			.filter((band) -> band.contains(score))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No band for score " + score));
	}

	/** The band of this name, as a risk's level names it. */
	public Optional<RiskBand> bandNamed(String name) {
		return this.bands.stream().filter((band) -> band.name().equals(name)).findFirst();
	}

	/** The category as the settings spell it, from its words or its number (1-based). */
	public Optional<String> category(String written) {
		String words = CellValues.words(written);
		for (String category : this.categories) {
			if (CellValues.words(category).equals(words)) {
				return Optional.of(category);
			}
		}
		return CellValues.wholeNumber(words)
			.stream()
			.filter((n) -> n >= 1 && n <= this.categories.size())
			.mapToObj((n) -> this.categories.get(n - 1))
			.findFirst();
	}

	public Optional<FollowUpStatus> status(String written) {
		String words = CellValues.words(written).replace(" ", "");
		return this.statuses.stream()
			.filter((status) -> CellValues.words(status.name()).replace(" ", "").equals(words))
			.findFirst();
	}

	/** What the dropdown of a scale shows for a level: "๓ ปานกลาง". */
	public static String choice(ScaleLevel level) {
		return ThaiDigits.toThai(Integer.toString(level.value())) + " " + level.name();
	}

}
