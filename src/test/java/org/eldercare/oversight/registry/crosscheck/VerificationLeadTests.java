package org.eldercare.oversight.registry.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

/** The life cycle of a verification lead (REG-4): plain unit tests, no Spring context. */
class VerificationLeadTests {

    private static final Instant NOW = Instant.parse("2024-09-27T07:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 9, 27);
    private static final Deadline DUE = new Deadline(TODAY, 10, LocalDate.of(2024, 10, 18), false);

    /** An open lead as the repository loads it (leads are opened a batch at a time by OpenLeads). */
    private static VerificationLead opened() {
        VerificationLead lead = new VerificationLead();
        Map.<String, Object>of("id", 7L, "importId", 3L, "rowId", 4L, "uscc", "91532325MA0000001X", "name", "光禄镇幸福家园",
                        "address", "姚安县光禄镇", "regionCode", "532325102000", "dueDate", DUE.deadline(),
                        "status", VerificationLead.Status.OPEN, "createdAt", NOW)
                .forEach((field, value) -> ReflectionTestUtils.setField(lead, field, value));
        return lead;
    }

    /** The events the repository publishes on the next save, then forgets. */
    private static Collection<Object> published(VerificationLead lead) {
        Collection<Object> events = ReflectionTestUtils.invokeMethod(lead, "domainEvents");
        ReflectionTestUtils.invokeMethod(lead, "clearDomainEvents");
        return events;
    }

    @Test
    void verifyingRecordsTheResultTheTrimmedNoteWhoAndWhenAndAnnouncesIt() {
        VerificationLead lead = opened();
        published(lead);

        lead.verify(VerificationLead.Result.OPERATING_UNFILED, "  收住老人5人 ", "gl-officer", NOW, TODAY);

        assertThat(lead.status()).isEqualTo(VerificationLead.Status.VERIFIED);
        assertThat(lead.result()).isEqualTo(VerificationLead.Result.OPERATING_UNFILED);
        assertThat(lead.resultNote()).isEqualTo("收住老人5人");
        assertThat(lead.verifiedBy()).isEqualTo("gl-officer");
        assertThat(lead.verifiedAt()).isEqualTo(NOW);
        assertThat(published(lead)).containsExactly(new VerificationLead.Verified(7L, null, "91532325MA0000001X", "光禄镇幸福家园",
                "532325102000", VerificationLead.Result.OPERATING_UNFILED, TODAY));
    }

    @Test
    void aBlankNoteIsStoredAsNone() {
        VerificationLead lead = opened();

        lead.verify(VerificationLead.Result.NOT_FOUND, "   ", "gl-officer", NOW, TODAY);

        assertThat(lead.resultNote()).isNull();
    }

    @Test
    void verifyingAClosedLeadIsRefusedAsAConflictAndAnnouncesNothingMore() {
        VerificationLead lead = opened();
        lead.verify(VerificationLead.Result.NOT_OPERATING, "家政门店", "gl-officer", NOW, TODAY);
        published(lead);

        assertThatThrownBy(() -> lead.verify(VerificationLead.Result.OPERATING_UNFILED, null, "other", NOW, TODAY))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.code()).isEqualTo("registry.lead.closed");
                });
        assertThatThrownBy(lead::requireOpen).isInstanceOf(PlatformException.class);
        assertThat(lead.result()).isEqualTo(VerificationLead.Result.NOT_OPERATING);
        assertThat(lead.verifiedBy()).isEqualTo("gl-officer");
        assertThat(published(lead)).isEmpty();
    }

    @Test
    void aNoteOverAThousandCharactersIsRefusedAndTheLeadStaysOpen() {
        VerificationLead lead = opened();
        published(lead);

        assertThatThrownBy(() -> lead.verify(VerificationLead.Result.NOT_FOUND, "说".repeat(1001), "gl-officer", NOW, TODAY))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.code()).isEqualTo("registry.field.tooLong");
                    assertThat(e.args()).containsExactly("核查说明", 1000);
                });
        assertThat(lead.open()).isTrue();
        assertThat(published(lead)).isEmpty();
    }

    @Test
    void onlyNotOperatingAndNoConditionsMeanTheRegistrationDoesNotProvideCare() {
        assertThat(VerificationLead.Result.values()).filteredOn(VerificationLead.Result::notOperating)
                .containsExactly(VerificationLead.Result.NOT_OPERATING, VerificationLead.Result.NO_CONDITIONS);
        assertThat(VerificationLead.Status.OPEN.label()).isEqualTo("待核查");
        assertThat(VerificationLead.Status.MERGED.label()).isEqualTo("已合并（重复线索）");
        assertThat(VerificationLead.Result.OPERATING_UNFILED.label()).isEqualTo("已开展养老服务，已督促备案");
    }
}
