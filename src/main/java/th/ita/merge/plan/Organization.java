package th.ita.merge.plan;

import java.util.List;

/**
 * The reporting organization. {@code name} is the full Thai name with its type
 * (องค์การบริหารส่วนตำบลขามสะแกแสง), because two bodies can share a place name.
 */
public record Organization(String name, String district, String province, String code) {

	/** The kinds of local government, as {@link #typeOf} names them. */
	public static final List<String> TYPES = List.of("อบจ.", "เทศบาล", "อบต.", "กรุงเทพมหานคร", "เมืองพัทยา");

	/** "องค์การบริหารส่วนตำบลขามสะแกแสง อำเภอขามสะแกแสง จังหวัดนครราชสีมา". */
	public String fullTitle() {
		StringBuilder title = new StringBuilder(this.name);
		if (!this.district.isEmpty()) {
			title.append(" อำเภอ").append(this.district);
		}
		if (!this.province.isEmpty()) {
			title.append(" จังหวัด").append(this.province);
		}
		return title.toString();
	}

	/**
	 * The kind of local government the name says it is, as provinces count them: อบจ., เทศบาล,
	 * อบต., กรุงเทพมหานคร or เมืองพัทยา; "" for a body of another kind.
	 */
	public String type() {
		return typeOf(this.name);
	}

	/**
	 * The kind of local government a full or abbreviated name says it is ("" when it says none):
	 * the one rule for the plan's organization and the province's roster alike.
	 */
	public static String typeOf(String fullName) {
		String name = fullName.replace(" ", "");
		if (name.startsWith("องค์การบริหารส่วนจังหวัด") || name.startsWith("อบจ.")) {
			return "อบจ.";
		}
		if (name.startsWith("องค์การบริหารส่วนตำบล") || name.startsWith("อบต.")) {
			return "อบต.";
		}
		if (name.startsWith("เทศบาล")) {
			return "เทศบาล";
		}
		if (name.startsWith("กรุงเทพมหานคร")) {
			return "กรุงเทพมหานคร";
		}
		return name.startsWith("เมืองพัทยา") ? "เมืองพัทยา" : "";
	}

}
