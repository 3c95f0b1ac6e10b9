package org.eldercare.oversight.registry.archive;

import java.util.regex.Pattern;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * REG-6 filing-name normalisation: a name should carry a region, a 字号, an industry word (养老院, 敬老院, 老年公寓,
 * 养老中心 …) and an organisational form (有限公司 for companies; 院/中心/公寓/站 … for social service institutions).
 */
public final class NameRules {

    static final List<String> INDUSTRY_WORDS = List.of("养老服务中心", "老年人日间照料中心", "日间照料中心", "互助养老服务站", "养老服务站",
            "养老院", "敬老院", "老年公寓", "养老公寓", "养老中心", "护理院", "颐养院", "养护院", "福利院", "托养中心", "康养中心",
            "幸福院", "老年食堂", "幸福食堂", "助餐点", "养老");
    static final List<String> FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "合伙企业", "个人独资企业", "公司",
            "院", "中心", "公寓", "站", "所", "食堂", "点", "家园");
    private static final List<String> REGION_SUFFIXES = List.of("彝族自治州", "土家族苗族自治县", "自治州", "自治县", "街道", "省", "市", "州",
            "县", "区", "镇", "乡");

    private NameRules() {
    }

    /** Short forms of region names: 楚雄彝族自治州 → 楚雄, 鹿城镇 → 鹿城 (two characters at least). */
    public static Set<String> regionWords(List<String> regionNames) {
        Set<String> words = new HashSet<>();
        for (String n : regionNames) {
            words.add(n);
            for (String suffix : REGION_SUFFIXES) {
                if (n.endsWith(suffix) && n.length() - suffix.length() >= 2) {
                    words.add(n.substring(0, n.length() - suffix.length()));
                    break;
                }
            }
        }
        return words;
    }

    /** Region names are kept shorter than this (the longest national division name has 24 characters). */
    private static final int REGION_WORD_MAX = 30;

    /**
     * The longest region word in the name (the leftmost of equally long ones), or null: the name's substrings are looked
     * up in the set, so the national list's 90,000 words cost no more than a county's.
     */
    static String longestRegionWord(String name, Set<String> regionWords) {
        for (int len = Math.min(name.length(), REGION_WORD_MAX); len >= 1; len--) {
            for (int start = 0; start + len <= name.length(); start++) {
                String part = name.substring(start, start + len);
                if (regionWords.contains(part)) {
                    return part;
                }
            }
        }
        return null;
    }

    /** The rule elements the name lacks, in Chinese; empty when it is regular. */
    public static List<String> problems(String rawName, Set<String> regionWords) {
        List<String> problems = new ArrayList<>();
        String name = rawName == null ? "" : rawName.replaceAll("[（(][^）)]*[）)]$", "").trim();
        String rest = name;
        String region = longestRegionWord(name, regionWords);
        if (region == null) {
            problems.add("缺少行政区划");
        } else {
            rest = rest.replaceFirst(Pattern.quote(region), "");
        }
        String form = FORMS.stream().filter(rest::endsWith).findFirst().orElse(null);
        if (form == null) {
            problems.add("缺少组织形式");
        }
        String industry = INDUSTRY_WORDS.stream().filter(rest::contains).findFirst().orElse(null);
        if (industry == null) {
            problems.add("缺少行业表述（如养老院、敬老院、老年公寓、养老中心）");
        } else {
            int at = rest.indexOf(industry);
            rest = rest.substring(0, at) + rest.substring(at + industry.length());
        }
        if (form != null && rest.endsWith(form) && (industry == null || !industry.endsWith(form))) {
            rest = rest.substring(0, rest.length() - form.length());
        }
        if (rest.replaceAll("[\\s·\\-]", "").length() < 2) {
            problems.add("缺少字号");
        }
        return problems;
    }
}
