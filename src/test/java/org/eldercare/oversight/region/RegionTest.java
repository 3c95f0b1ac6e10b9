package org.eldercare.oversight.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegionTest {

    private static final Region COUNTY = new Region("532301", "楚雄市", 3, "532300", "/000000/530000/532300/532301/", false);
    private static final Region TOWN = new Region("532301101000", "鹿城镇", 4, "532301",
            "/000000/530000/532300/532301/532301101000/", false);
    private static final Region SIBLING = new Region("532322", "双柏县", 3, "532300", "/000000/530000/532300/532322/", false);

    @Test
    @DisplayName("A county's scope covers itself and its townships, never a sibling county or its parent")
    void scopeByPath() {
        assertThat(COUNTY.isAncestorOrSelfOf(COUNTY)).isTrue();
        assertThat(COUNTY.isAncestorOrSelfOf(TOWN)).isTrue();
        assertThat(COUNTY.isAncestorOrSelfOf(SIBLING)).isFalse();
        assertThat(TOWN.isAncestorOrSelfOf(COUNTY)).isFalse();
        assertThat(COUNTY.levelName()).isEqualTo("县（市、区）级");
        assertThat(TOWN.levelName()).isEqualTo("乡镇（街道）级");
    }
}
