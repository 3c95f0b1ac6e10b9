package org.eldercare.oversight.registry;

import org.eldercare.oversight.registry.archive.NameRules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NameRulesTests {

    private static final Set<String> REGIONS = NameRules.regionWords(List.of("云南省", "楚雄彝族自治州", "楚雄市", "鹿城镇", "姚安县"));

    @Test
    @DisplayName("REG-6 region words include short forms: 楚雄彝族自治州 → 楚雄, 鹿城镇 → 鹿城, 姚安县 → 姚安")
    void shortForms() {
        assertThat(REGIONS).contains("楚雄", "鹿城", "姚安", "云南", "楚雄市");
    }

    @Test
    @DisplayName("REG-6 regular names: region + 字号 + industry word + organisational form")
    void regularNames() {
        assertThat(NameRules.problems("楚雄市鹿城镇夕阳红养老院", REGIONS)).isEmpty();
        assertThat(NameRules.problems("楚雄夕阳红老年公寓（筹）", REGIONS)).isEmpty();
        assertThat(NameRules.problems("姚安县康乐养老服务有限公司", REGIONS)).isEmpty();
        assertThat(NameRules.problems("鹿城镇福寿敬老院", REGIONS)).isEmpty();
    }

    @Test
    @DisplayName("REG-6 each missing element is named")
    void irregularNames() {
        assertThat(NameRules.problems("夕阳红养老院", REGIONS)).containsExactly("缺少行政区划");
        assertThat(NameRules.problems("楚雄市养老院", REGIONS)).containsExactly("缺少字号");
        assertThat(NameRules.problems("鹿城夕阳红护理中心", REGIONS)).containsExactly("缺少行业表述（如养老院、敬老院、老年公寓、养老中心）");
        assertThat(NameRules.problems("楚雄市夕阳红", REGIONS)).containsExactly("缺少组织形式", "缺少行业表述（如养老院、敬老院、老年公寓、养老中心）");
    }
}
