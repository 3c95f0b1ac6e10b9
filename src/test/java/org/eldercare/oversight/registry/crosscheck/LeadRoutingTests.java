package org.eldercare.oversight.registry.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eldercare.oversight.registry.crosscheck.Registrations.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.registry.archive.FilingState;
import org.eldercare.oversight.registry.archive.LegalForm;
import org.eldercare.oversight.registry.archive.OperatingStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Where an import's registrations go (REG-4, #9 item 8), decided in memory for a whole file: plain unit tests. */
class LeadRoutingTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Region COUNTY = new Region("532325", "姚安县", 3, "532300", "/53/5323/532325/", false);
    private static final Region GUANGLU = new Region("532325102000", "光禄镇", 4, "532325", "/53/5323/532325/532325102000/", false);
    private static final Region LUFENG = new Region("532302", "禄丰市", 3, "532300", "/53/5323/532302/", false);
    private final List<String> deadlinesAsked = new ArrayList<>();

    private LeadRouting routing() {
        return new LeadRouting(COUNTY, List.of(COUNTY, GUANGLU), List.of(COUNTY, LUFENG),
                code -> Optional.ofNullable(code.equals(LUFENG.code()) ? LUFENG : null),
                region -> {
                    deadlinesAsked.add(region);
                    int days = region.equals(GUANGLU.code()) ? 5 : 10;
                    return new Deadline(TODAY, days, TODAY.plusDays(days), false);
                });
    }

    private static CrossCheck.Classified unfiled(int line, String county, String address, CrossCheck.Entry match) {
        RegistrationRows.Candidate c = new RegistrationRows.Candidate(line, Uscc.parse(code(county, line)), "幸福家园" + line,
                "市场监管", "养老服务", address, null);
        return new CrossCheck.Classified(c, Classification.UNFILED, match);
    }

    @Test
    @DisplayName("#9-8: a file's leads go to the township their address names, due by that township's deadline, asked once")
    void leadsGoToTheirTownshipWithItsDeadline() {
        LeadRouting routing = routing();

        LeadRouting.NewLead first = routing.lead(11L, unfiled(2, "532325", "姚安县光禄镇龙华村", null));
        LeadRouting.NewLead second = routing.lead(12L, unfiled(3, "532325", "光禄镇", null));

        assertThat(first.regionCode()).isEqualTo(GUANGLU.code());
        assertThat(first.township()).isTrue();
        assertThat(first.rowId()).isEqualTo(11L);
        assertThat(first.due().workingDays()).isEqualTo(5);
        assertThat(second.due()).isEqualTo(first.due());
        assertThat(deadlinesAsked).containsExactly(GUANGLU.code());
    }

    @Test
    @DisplayName("#9-8: a matched institution's lead goes to the institution's region, naming the institution")
    void aMatchedInstitutionsLeadGoesToItsRegion() {
        CrossCheck.Entry entry = new CrossCheck.Entry(77L, code("532325", 4), "某养老院", COUNTY.code(), LegalForm.FOR_PROFIT,
                FilingState.UNFILED, OperatingStatus.OPERATING);

        LeadRouting.NewLead lead = routing().lead(13L, unfiled(4, "532325", "光禄镇", entry));

        assertThat(lead.regionCode()).isEqualTo(COUNTY.code());
        assertThat(lead.township()).isFalse();
        assertThat(lead.institutionId()).isEqualTo(77L);
    }

    @Test
    @DisplayName("#9-10: another county's unmatched registration is flagged; a filed or matched one never is")
    void anotherCountysRegistrationIsFlagged() {
        LeadRouting routing = routing();

        assertThat(routing.elsewhere(unfiled(5, "532302", "禄丰市金山镇", null))).contains(LUFENG);
        assertThat(routing.elsewhere(unfiled(6, "532325", "光禄镇", null))).isEmpty();
        CrossCheck.Classified filed = new CrossCheck.Classified(unfiled(7, "532302", "禄丰市", null).candidate(),
                Classification.FILED, null);
        assertThat(routing.elsewhere(filed)).isEmpty();
    }
}
