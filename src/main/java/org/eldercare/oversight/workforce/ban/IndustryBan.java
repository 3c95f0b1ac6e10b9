package org.eldercare.oversight.workforce.ban;

import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of the industry ban register (WRK-3): a person (name, 公民身份号码 encrypted with its blind index and masked
 * form), the period (inclusive), the source, its document and the issuing authority. A court ban under 刑法 第三十七条之一
 * lasts three to five years. The entry bars hiring on each day of its period; after the end date it has expired and stays
 * in the register. A supervisor revokes an entry entered in error, saying why.
 */
@Table("industry_ban")
public class IndustryBan extends AggregateRoot<IndustryBan> {

    /** A new entry: its person's current employments are to be flagged and the supervisors told. */
    public record Added(long banId, String regionCode, LocalDate startDate, LocalDate endDate) {
    }

    /** The entry was revoked (entered in error); it bars nobody any more. */
    public record Revoked(long banId, String reason) {
    }

    /** Where an entry stands on a given day. */
    public enum State implements Labelled {
        PENDING("尚未开始"), IN_FORCE("禁入期内"), EXPIRED("已到期"), REVOKED("已撤销");
        private final String label;
        State(String label) { this.label = label; }
        @Override
        public String label() { return label; }
    }

    /** What a supervisor enters; the ID number arrives already protected ({@link ProtectedId}). */
    public record Entry(String personName, BanSource source, String sourceDocument, String issuingAuthority, String reason,
                        LocalDate startDate, LocalDate endDate) {
    }

    /** An ID number as stored: ciphertext, blind index, masked form. */
    public record ProtectedId(String encrypted, String index, String masked) {
    }

    @Id
    private Long id;
    private String personName;
    private String idNumberEnc;
    private String idNumberIdx;
    private String idNumberMasked;
    private BanSource source;
    private String sourceDocument;
    private String issuingAuthority;
    private String reason;
    private LocalDate startDate;
    private LocalDate endDate;
    private String regionCode;
    private Instant revokedAt;
    private String revokedBy;
    private String revokeReason;
    private Instant createdAt;
    private String createdBy;
    @Version
    private int version;

    IndustryBan() {
    }

    /** Enters a ban for the bureau of {@code regionCode}; refuses a blank field, a reversed period or a court ban outside 3–5 years. */
    static IndustryBan enter(Entry e, ProtectedId id, String regionCode, String by, Instant now) {
        String name = required(e.personName(), "姓名", 50);
        if (e.source() == null) {
            throw PlatformException.badRequest("field.required", "禁入来源");
        }
        String document = required(e.sourceDocument(), "依据文书（判决书文号等）", 200);
        String authority = required(e.issuingAuthority(), "作出机关", 100);
        if (e.reason() != null && e.reason().length() > 500) {
            throw PlatformException.badRequest("field.tooLong", "事由", "500");
        }
        checkPeriod(e.source(), e.startDate(), e.endDate());
        IndustryBan b = new IndustryBan();
        b.personName = name;
        b.idNumberEnc = id.encrypted();
        b.idNumberIdx = id.index();
        b.idNumberMasked = id.masked();
        b.source = e.source();
        b.sourceDocument = document;
        b.issuingAuthority = authority;
        b.reason = e.reason() == null || e.reason().isBlank() ? null : e.reason().trim();
        b.startDate = e.startDate();
        b.endDate = e.endDate();
        b.regionCode = regionCode;
        b.createdAt = now;
        b.createdBy = by;
        b.registerEvent(self -> new Added(self.id, self.regionCode, self.startDate, self.endDate));
        return b;
    }

    /** The period, both days included: a court ban (刑法 第三十七条之一) runs three to five years. */
    static void checkPeriod(BanSource source, LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw PlatformException.badRequest("workforce.ban.periodRequired");
        }
        if (end.isBefore(start)) {
            throw PlatformException.badRequest("workforce.ban.periodReversed");
        }
        if (source == BanSource.COURT && (end.isBefore(start.plusYears(3).minusDays(1)) || end.isAfter(start.plusYears(5)))) {
            throw PlatformException.badRequest("workforce.ban.courtPeriod");
        }
    }

    void revoke(String why, String by, Instant now) {
        if (revokedAt != null) {
            throw PlatformException.conflict("workforce.ban.alreadyRevoked");
        }
        this.revokeReason = required(why, "撤销原因", 300);
        this.revokedAt = now;
        this.revokedBy = by;
        registerEvent(new Revoked(id, revokeReason));
    }

    /** Whether the entry bars working on {@code day}: not revoked and the day lies in the period. */
    public boolean bars(LocalDate day) {
        return revokedAt == null && !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Whether the entry still counts on {@code today}: not revoked and not yet expired (in force or still to begin). */
    public boolean current(LocalDate today) {
        return revokedAt == null && !today.isAfter(endDate);
    }

    public State state(LocalDate today) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return today.isBefore(startDate) ? State.PENDING : today.isAfter(endDate) ? State.EXPIRED : State.IN_FORCE;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw PlatformException.badRequest("field.required", field);
        }
        if (value.trim().length() > max) {
            throw PlatformException.badRequest("field.tooLong", field, String.valueOf(max));
        }
        return value.trim();
    }

    public Long id() { return id; }
    public String personName() { return personName; }
    String idNumberEnc() { return idNumberEnc; }
    public String idNumberMasked() { return idNumberMasked; }
    public BanSource source() { return source; }
    public String sourceDocument() { return sourceDocument; }
    public String issuingAuthority() { return issuingAuthority; }
    public String reason() { return reason; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public String regionCode() { return regionCode; }
    public Instant revokedAt() { return revokedAt; }
    public String revokedBy() { return revokedBy; }
    public String revokeReason() { return revokeReason; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
