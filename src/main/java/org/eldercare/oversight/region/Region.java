package org.eldercare.oversight.region;

/** One administrative division. {@code level}: 0 全国, 1 省, 2 市/州, 3 县/市/区, 4 乡镇/街道. */
public record Region(String code, String name, int level, String parentCode, String path) {

    public static final int COUNTY = 3;
    public static final int TOWNSHIP = 4;

    public boolean isAncestorOrSelfOf(Region other) {
        return other.path().startsWith(path);
    }

    public String levelName() {
        return switch (level) {
            case 0 -> "全国";
            case 1 -> "省级";
            case 2 -> "市（州）级";
            case 3 -> "县（市、区）级";
            default -> "乡镇（街道）级";
        };
    }
}
