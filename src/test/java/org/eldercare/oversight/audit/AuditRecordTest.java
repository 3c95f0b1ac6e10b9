package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The text an audit row's MAC covers: any change to a recorded field changes it. */
class AuditRecordTest {

    private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");

    private static AuditRecord row(String username, String detail) {
        return new AuditRecord(7, AT, username, "SUPERVISOR", "532301", "POST /admin/users", "users", null, "SUCCESS",
                detail, "127.0.0.1", "prev", "mac");
    }

    @Test
    @DisplayName("An edited field, or an empty value put where nothing was recorded, changes what the MAC covers")
    void canonicalCoversEveryField() {
        String original = row("zhangsan", null).canonical();
        assertThat(row("zhangsan", null).canonical()).isEqualTo(original);
        assertThat(row("lisi", null).canonical()).isNotEqualTo(original);
        assertThat(row("zhangsan", "").canonical()).isNotEqualTo(original);
        assertThat(original).doesNotContain("prev").doesNotContain("mac");
    }

    @Test
    @DisplayName("Moving text from one field into the next changes what the MAC covers (unambiguous separators)")
    void fieldsCannotShift() {
        AuditRecord a = new AuditRecord(7, AT, "ab", "c", null, null, null, null, "SUCCESS", null, null, null, null);
        AuditRecord b = new AuditRecord(7, AT, "a", "bc", null, null, null, null, "SUCCESS", null, null, null, null);
        assertThat(a.canonical()).isNotEqualTo(b.canonical());
    }
}
