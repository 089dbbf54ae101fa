package th.ita.merge.plan;

/**
 * The reporting organization. {@code name} is the full Thai name with its type
 * (องค์การบริหารส่วนตำบลขามสะแกแสง), because two bodies can share a place name.
 */
public record Organization(String name, String district, String province, String code) {
}
