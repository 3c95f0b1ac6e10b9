package org.eldercare.oversight.workforce.ban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** WRK-3: the ban register entry on its own — its period, the days it bars, expiry, revocation and events. */
class IndustryBanTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final IndustryBan.ProtectedId ID = new IndustryBan.ProtectedId("sm4gcm:k1:x", "i".repeat(64), "532301********0016");

    /** A saved entry (the repository would have given it id 5). */
    private static IndustryBan court(LocalDate start, LocalDate end) {
        IndustryBan b = IndustryBan.enter(new IndustryBan.Entry("王某", BanSource.COURT, "（2025）云2301刑初1号", "楚雄市人民法院",
                "虐待被看护人", start, end), ID, "532301", "county", NOW);
        ReflectionTestUtils.setField(b, "id", 5L);
        return b;
    }

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (PlatformException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Nested
    @DisplayName("Period")
    class Period {

        @Test
        @DisplayName("A court ban (刑法 第三十七条之一) runs three to five years, both days included")
        void courtBanThreeToFiveYears() {
            LocalDate start = LocalDate.of(2025, 1, 1);
            assertThat(court(start, LocalDate.of(2027, 12, 31)).endDate()).isEqualTo(LocalDate.of(2027, 12, 31));
            assertThat(court(start, LocalDate.of(2030, 1, 1)).endDate()).isEqualTo(LocalDate.of(2030, 1, 1));
            assertThat(refusal(() -> court(start, LocalDate.of(2027, 12, 30)))).isEqualTo("workforce.ban.courtPeriod");
            assertThat(refusal(() -> court(start, LocalDate.of(2030, 1, 2)))).isEqualTo("workforce.ban.courtPeriod");
        }

        @Test
        @DisplayName("A credit listing has any period; a reversed or missing period and blank fields are refused")
        void otherPeriodsAndRequiredFields() {
            LocalDate start = LocalDate.of(2025, 1, 1);
            IndustryBan listing = IndustryBan.enter(new IndustryBan.Entry("李某", BanSource.CREDIT_LISTING, "楚民发〔2025〕3号", "楚雄州民政局",
                    null, start, start.plusYears(2)), ID, "532300", "prefecture", NOW);
            assertThat(listing.endDate()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(refusal(() -> court(start, start.minusDays(1)))).isEqualTo("workforce.ban.periodReversed");
            assertThat(refusal(() -> court(start, null))).isEqualTo("workforce.ban.periodRequired");
            assertThat(refusal(() -> IndustryBan.enter(new IndustryBan.Entry(" ", BanSource.COURT, "x", "y", null, start,
                    start.plusYears(3)), ID, "532301", "county", NOW))).isEqualTo("field.required");
            assertThat(refusal(() -> IndustryBan.enter(new IndustryBan.Entry("王某", BanSource.COURT, "", "y", null, start,
                    start.plusYears(3)), ID, "532301", "county", NOW))).isEqualTo("field.required");
            assertThat(refusal(() -> IndustryBan.enter(new IndustryBan.Entry("王某", null, "x", "y", null, start,
                    start.plusYears(3)), ID, "532301", "county", NOW))).isEqualTo("field.required");
        }
    }

    @Nested
    @DisplayName("State over time")
    class States {

        @Test
        @DisplayName("A ban bars each day of its period and no other; after the end date it has expired (and stays)")
        void barsWithinPeriodExpiresAfter() {
            IndustryBan b = court(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
            assertThat(b.bars(LocalDate.of(2024, 12, 31))).isFalse();
            assertThat(b.bars(LocalDate.of(2025, 1, 1))).isTrue();
            assertThat(b.bars(LocalDate.of(2027, 12, 31))).isTrue();
            assertThat(b.bars(LocalDate.of(2028, 1, 1))).isFalse();
            assertThat(b.state(LocalDate.of(2024, 12, 31))).isEqualTo(IndustryBan.State.PENDING);
            assertThat(b.state(LocalDate.of(2026, 6, 1))).isEqualTo(IndustryBan.State.IN_FORCE);
            assertThat(b.state(LocalDate.of(2028, 1, 1))).isEqualTo(IndustryBan.State.EXPIRED);
            assertThat(b.current(LocalDate.of(2027, 12, 31))).isTrue();
            assertThat(b.current(LocalDate.of(2028, 1, 1))).isFalse();
        }

        @Test
        @DisplayName("Revoking needs a reason, bars nobody any more, records who and why, and cannot be done twice")
        void revoke() {
            IndustryBan b = court(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
            b.clearDomainEvents();
            assertThat(refusal(() -> b.revoke(" ", "county", NOW))).isEqualTo("field.required");
            b.revoke("身份号码录入错误", "county", NOW);
            assertThat(b.bars(LocalDate.of(2026, 6, 1))).isFalse();
            assertThat(b.state(LocalDate.of(2026, 6, 1))).isEqualTo(IndustryBan.State.REVOKED);
            assertThat(b.revokedBy()).isEqualTo("county");
            assertThat(b.domainEvents()).containsExactly(new IndustryBan.Revoked(5L, "身份号码录入错误"));
            assertThat(refusal(() -> b.revoke("再次", "county", NOW))).isEqualTo("workforce.ban.alreadyRevoked");
        }
    }

    @Test
    @DisplayName("A new entry records Added with its period, for the flags of the person's current employments")
    void enteringRecordsAdded() {
        IndustryBan b = court(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(b.domainEvents()).containsExactly(new IndustryBan.Added(5L, "532301", LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31)));
        assertThat(b.idNumberMasked()).isEqualTo("532301********0016");
        assertThatThrownBy(() -> court(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1))).isInstanceOf(PlatformException.class);
    }
}
