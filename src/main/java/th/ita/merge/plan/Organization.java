package th.ita.merge.plan;

/**
 * The reporting organization. {@code name} is the full Thai name with its type
 * (องค์การบริหารส่วนตำบลขามสะแกแสง), because two bodies can share a place name.
 */
public record Organization(String name, String district, String province, String code) {

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

}
