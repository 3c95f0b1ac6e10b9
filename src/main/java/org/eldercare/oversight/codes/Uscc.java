package org.eldercare.oversight.codes;

import java.util.Locale;
import java.util.Map;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@code 0-9 A-H J-N P-R T U W-Y}; position 1 the registration
 * authority, 2 the entity type under it, 3–8 the registrar's administrative division, 9–17 the organisation code,
 * 18 the check character. Lower-case input is normalised.
 */
public record Uscc(String value) {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    static final Map<Character, String> AUTHORITIES = Map.ofEntries(
            Map.entry('1', "机构编制"), Map.entry('2', "外交"), Map.entry('3', "司法行政"), Map.entry('4', "文化"),
            Map.entry('5', "民政"), Map.entry('6', "旅游"), Map.entry('7', "宗教"), Map.entry('8', "工会"),
            Map.entry('9', "市场监管（工商）"), Map.entry('A', "中央军委改革和编制办公室"), Map.entry('N', "农业农村"),
            Map.entry('Y', "其他"));

    static final Map<String, String> ENTITY_TYPES = Map.ofEntries(
            Map.entry("11", "机关"), Map.entry("12", "事业单位"), Map.entry("13", "编办直接管理机构编制的群众团体"), Map.entry("19", "其他"),
            Map.entry("21", "外国常驻新闻机构"), Map.entry("29", "其他"),
            Map.entry("31", "律师执业机构"), Map.entry("32", "公证处"), Map.entry("33", "基层法律服务所"), Map.entry("34", "司法鉴定机构"),
            Map.entry("35", "仲裁委员会"), Map.entry("39", "其他"),
            Map.entry("41", "外国在华文化中心"), Map.entry("49", "其他"),
            Map.entry("51", "社会团体"), Map.entry("52", "民办非企业单位（社会服务机构）"), Map.entry("53", "基金会"), Map.entry("59", "其他"),
            Map.entry("61", "外国旅游部门常驻代表机构"), Map.entry("62", "港澳台地区旅游部门常驻内地代表机构"), Map.entry("69", "其他"),
            Map.entry("71", "宗教活动场所"), Map.entry("72", "宗教院校"), Map.entry("79", "其他"),
            Map.entry("81", "基层工会"), Map.entry("89", "其他"),
            Map.entry("91", "企业"), Map.entry("92", "个体工商户"), Map.entry("93", "农民专业合作社"),
            Map.entry("A1", "军队事业单位"), Map.entry("A9", "其他"),
            Map.entry("N1", "组级集体经济组织"), Map.entry("N2", "村级集体经济组织"), Map.entry("N3", "乡镇级集体经济组织"), Map.entry("N9", "其他"),
            Map.entry("Y1", "其他"));

    /** Parses and validates; throws {@link InvalidCodeException} naming the first error found. */
    public static Uscc parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidCodeException("code.uscc.empty");
        }
        String s = raw.trim().toUpperCase(Locale.ROOT);
        if (s.length() != 18) {
            throw new InvalidCodeException("code.uscc.length", s.length());
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(s.charAt(i)) < 0) {
                throw new InvalidCodeException("code.uscc.char", i + 1, String.valueOf(s.charAt(i)));
            }
        }
        if (!AUTHORITIES.containsKey(s.charAt(0))) {
            throw new InvalidCodeException("code.uscc.authority", String.valueOf(s.charAt(0)));
        }
        if (!ENTITY_TYPES.containsKey(s.substring(0, 2))) {
            throw new InvalidCodeException("code.uscc.entityType", String.valueOf(s.charAt(1)), AUTHORITIES.get(s.charAt(0)));
        }
        if (!s.substring(2, 8).matches("\\d{6}")) {
            throw new InvalidCodeException("code.uscc.region");
        }
        if (s.charAt(17) != checkChar(s.substring(0, 17))) {
            throw new InvalidCodeException("code.uscc.check");
        }
        return new Uscc(s);
    }

    /** Appends the check character to the first 17 characters (for generating codes, e.g. demo data). */
    public static Uscc complete(String first17) {
        return parse(first17.toUpperCase(Locale.ROOT) + checkChar(first17.toUpperCase(Locale.ROOT)));
    }

    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    public String registrationAuthority() {
        return AUTHORITIES.get(value.charAt(0));
    }

    public String entityType() {
        return ENTITY_TYPES.get(value.substring(0, 2));
    }

    public String regionCode() {
        return value.substring(2, 8);
    }

    public String organisationCode() {
        return value.substring(8, 17);
    }

    @Override
    public String toString() {
        return value;
    }
}
