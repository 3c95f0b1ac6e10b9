package org.eldercare.oversight.registry.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eldercare.oversight.registry.crosscheck.Registrations.code;

import java.util.List;
import java.util.Set;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.region.Region;
import org.junit.jupiter.api.Test;

/** Where the lead of an unmatched registration goes (REG-4): plain unit tests, no Spring context. */
class LeadPlacesTests {

    private static final Region CITY = new Region("532300", "楚雄州", 2, "530000", "/53/5323/", false);
    private static final Region COUNTY = new Region("532325", "姚安县", 3, "532300", "/53/5323/532325/", false);
    private static final Region DONGCHUAN = new Region("532325101000", "栋川镇", 4, "532325", "/53/5323/532325/532325101000/", false);
    private static final Region GUANGLU = new Region("532325102000", "光禄镇", 4, "532325", "/53/5323/532325/532325102000/", false);
    private static final LeadPlaces PLACES = new LeadPlaces(List.of(CITY, COUNTY, DONGCHUAN, GUANGLU),
            Set.of(COUNTY.code(), DONGCHUAN.code(), GUANGLU.code())::contains, COUNTY);

    private static RegistrationRows.Candidate at(String county, String address) {
        return new RegistrationRows.Candidate(2, Uscc.parse(code(county, 9)), "幸福家园", "市场监管", "养老服务", address, null);
    }

    @Test
    void theLeadGoesToTheTownshipTheAddressNames() {
        assertThat(PLACES.regionFor(at("532325", "姚安县光禄镇龙华村"))).isEqualTo(GUANGLU.code());
    }

    @Test
    void theMostLocalPlaceTheAddressNamesWinsAndPlacesAboveCountyLevelAreNeverChosen() {
        assertThat(PLACES.regionFor(at("532325", "楚雄州姚安县栋川镇"))).isEqualTo(DONGCHUAN.code());
        assertThat(PLACES.regionFor(at("532301", "楚雄州某街道"))).isEqualTo(COUNTY.code());
    }

    @Test
    void withoutANamedPlaceTheRegistrarsCountyGetsTheLeadWhenItIsInScope() {
        assertThat(PLACES.regionFor(at("532325", null))).isEqualTo(COUNTY.code());
        assertThat(PLACES.regionFor(at("532325", "  "))).isEqualTo(COUNTY.code());
    }

    @Test
    void aRegistrarsCountyOutsideTheUploadersScopeLeavesTheLeadWithTheUploader() {
        LeadPlaces township = new LeadPlaces(List.of(DONGCHUAN), Set.of(DONGCHUAN.code())::contains, DONGCHUAN);

        assertThat(township.regionFor(at("532325", "某地"))).isEqualTo(DONGCHUAN.code());
    }
}
