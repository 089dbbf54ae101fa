package th.ita.merge.plan.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import th.ita.merge.value.CellValues;

/**
 * Reads a colour the legal officer writes in the plan: RGB hex ("FFC000", "#ffc000") or the
 * Thai name of a common colour ("แดง", "สีแดง").
 */
final class Colours {

	private static final Pattern HEX = Pattern.compile("#?([0-9A-Fa-f]{6})");

	private static final Map<String, String> NAMED = Map.of("เขียว", "92D050", "เขียวเข้ม", "00B050", "เหลือง", "FFFF00",
			"ส้ม", "FFC000", "แดง", "FF0000", "แดงเข้ม", "C00000", "ฟ้า", "00B0F0", "น้ำเงิน", "0070C0", "ม่วง", "7030A0",
			"เทา", "BFBFBF");

	private Colours() {
	}

	static Optional<String> parse(String written) {
		String text = CellValues.words(written).replace(" ", "");
		var hex = HEX.matcher(text);
		if (hex.matches()) {
			return Optional.of(hex.group(1).toUpperCase(java.util.Locale.ROOT));
		}
		if (text.startsWith("สี")) {
			text = text.substring(2);
		}
		return Optional.ofNullable(NAMED.get(text));
	}

}
