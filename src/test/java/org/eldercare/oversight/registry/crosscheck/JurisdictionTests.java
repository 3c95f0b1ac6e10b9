package org.eldercare.oversight.registry.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.region.Region;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** #9 item 10: registrations of another jurisdiction are told apart, plain unit tests. */
class JurisdictionTests {

    private static final Region CHUXIONG = new Region("532301", "楚雄市", 3, "532300", "/000000/530000/532300/532301/", false);
    private static final Region LUCHENG = new Region("532301101000", "鹿城镇", 4, "532301", null, false);
    private static final Region LUFENG = new Region("532302", "禄丰市", 3, "532300", "/000000/530000/532300/532302/", false);
    private static final Region CHENGQU = new Region("140302", "城区", 3, "140300", null, false);
    private static final Map<String, Region> ALL = Map.of("532301", CHUXIONG, "532302", LUFENG, "140302", CHENGQU);

    /** A county supervisor of 楚雄市. */
    private static final Jurisdiction COUNTY = new Jurisdiction(code -> code.startsWith("532301"), List.copyOf(ALL.values()),
            List.of(CHUXIONG, LUCHENG), code -> Optional.ofNullable(ALL.get(code)));

    private static RegistrationRows.Candidate registration(String county, String address) {
        return new RegistrationRows.Candidate(2, Uscc.complete("52" + county + "MJ0000099"), "某养老服务中心", "民政", "养老服务",
                address, null);
    }

    @Test
    @DisplayName("#9-10: a registration whose code was issued in another county belongs there")
    void theCodesCountyDecides() {
        assertThat(COUNTY.elsewhere(registration("532302", "楚雄市鹿城镇"))).contains(LUFENG);
        assertThat(COUNTY.elsewhere(registration("532301", null))).isEmpty();
    }

    @Test
    @DisplayName("#9-10: a prefecture registrar's code says nothing; an address in another county does")
    void anAddressInAnotherCounty() {
        assertThat(COUNTY.elsewhere(registration("532300", "禄丰市金山镇某村"))).contains(LUFENG);
        assertThat(COUNTY.elsewhere(registration("532300", "楚雄市鹿城镇永安路"))).isEmpty();
        assertThat(COUNTY.elsewhere(registration("532300", "鹿城镇永安路（原禄丰市某厂）"))).isEmpty();
    }

    @Test
    @DisplayName("#9-10: two-character county names such as 城区 are not looked for inside addresses")
    void shortNamesAreIgnored() {
        assertThat(COUNTY.elsewhere(registration("532300", "县城区东路8号"))).isEmpty();
    }

    @Test
    @DisplayName("#9-10: for a prefecture, its counties are in scope, so their registrations are routed, not flagged")
    void aPrefectureKeepsItsCounties() {
        Jurisdiction prefecture = new Jurisdiction(code -> code.startsWith("5323"), List.copyOf(ALL.values()),
                List.of(CHUXIONG, LUCHENG, LUFENG), code -> Optional.ofNullable(ALL.get(code)));
        assertThat(prefecture.elsewhere(registration("532302", "禄丰市金山镇"))).isEmpty();
    }
}
