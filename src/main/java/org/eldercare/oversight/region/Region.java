package org.eldercare.oversight.region;

/**
 * One administrative division. {@code level}: 0 全国, 1 省, 2 市/州, 3 县/市/区, 4 乡镇/街道. A {@code retired} division
 * (撤销: gone from the current national list) is no longer offered for new records but still names and scopes the records
 * that point at it.
 */
public record Region(String code, String name, int level, String parentCode, String path, boolean retired) {

    public static final int COUNTY = 3;
    public static final int TOWNSHIP = 4;
    /** The code of the whole country, the root of the tree. */
    public static final String COUNTRY = "000000";

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

    /** The name, marked 已撤销 when the division is retired. */
    public String label() {
        return retired ? name + "（已撤销）" : name;
    }
}
