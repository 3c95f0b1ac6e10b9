package org.eldercare.oversight.registry.crosscheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A verification lead (核查线索, REG-4): a registration about elderly care that is not filed, pushed to the township
 * (or the supervisors) to check on site by a due date. 待核查 → 已核查 with one of four results; a verified lead is
 * closed and refuses another result. Leads are opened a file's batch at a time ({@link OpenLeads}, at most one open lead
 * per 统一社会信用代码, #9 item 8); a duplicate left by an earlier version was closed as 已合并 into the oldest one.
 */
@Table("verification_lead")
public class VerificationLead extends AggregateRoot<VerificationLead> {

    /** A lead was opened for {@code regionCode}, due by {@code due} (addressed to its township officers when a township). */
    public record Opened(long leadId, String name, String regionCode, boolean township, Deadline due) {
    }

    /** The leads one batch of an import opened (one event for thousands of leads: their to-dos are written at once). */
    public record OpenedInBatch(List<Opened> leads) {
    }

    /**
     * A lead was verified on {@code verifiedOn}. For {@link Result#OPERATING_UNFILED} the REG-3 inspection clock runs from
     * that day: for the archived institution {@code institutionId}, or, when it is null, for the entity {@code uscc}
     * once it is archived.
     */
    public record Verified(long leadId, Long institutionId, String uscc, String name, String regionCode, Result result,
                           LocalDate verifiedOn) {
    }

    public enum Status implements Labelled {
        OPEN("待核查"), VERIFIED("已核查"), MERGED("已合并（重复线索）");
        private final String label;
        Status(String label) { this.label = label; }
        @Override
        public String label() { return label; }
    }

    /** What the township found on site. */
    public enum Result implements Labelled {
        OPERATING_UNFILED("已开展养老服务，已督促备案"), NOT_OPERATING("未开展养老服务"), NO_CONDITIONS("不具备开展养老服务条件"),
        NOT_FOUND("查无此机构或地址不符");
        private final String label;
        Result(String label) { this.label = label; }
        @Override
        public String label() { return label; }

        /** Whether the registration turns out 登记但未开展或不具备条件开展养老服务. */
        public boolean notOperating() {
            return this == NOT_OPERATING || this == NO_CONDITIONS;
        }
    }

    static final int NOTE_MAX = 1000;

    @Id
    private Long id;
    private Long importId;
    private Long rowId;
    private Long institutionId;
    private String uscc;
    private String name;
    private String address;
    private String regionCode;
    private LocalDate dueDate;
    private Status status;
    private Result result;
    private String resultNote;
    private Instant verifiedAt;
    private String verifiedBy;
    private Instant createdAt;
    private Long mergedInto;

    VerificationLead() {
    }

    /** Records the on-site result; refused (409) once the lead is verified, and (400) with a note over 1000 characters. */
    void verify(Result found, String note, String by, Instant now, LocalDate today) {
        requireOpen();
        if (found == null) {
            throw PlatformException.badRequest("field.required", "核查结果");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw PlatformException.badRequest("registry.field.tooLong", "核查说明", NOTE_MAX);
        }
        this.status = Status.VERIFIED;
        this.result = found;
        this.resultNote = note == null || note.isBlank() ? null : note.trim();
        this.verifiedAt = now;
        this.verifiedBy = by;
        registerEvent(new Verified(id, institutionId, uscc, name, regionCode, found, today));
    }

    /** Throws 409 {@code registry.lead.closed} unless the lead is still open. */
    void requireOpen() {
        if (!open()) {
            throw PlatformException.conflict("registry.lead.closed");
        }
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    public Long id() { return id; }
    public Long importId() { return importId; }
    public Long rowId() { return rowId; }
    public Long institutionId() { return institutionId; }
    public String uscc() { return uscc; }
    public String name() { return name; }
    public String address() { return address; }
    public String regionCode() { return regionCode; }
    public LocalDate dueDate() { return dueDate; }
    public Status status() { return status; }
    public Result result() { return result; }
    public String resultNote() { return resultNote; }
    public Instant verifiedAt() { return verifiedAt; }
    public String verifiedBy() { return verifiedBy; }
    public Instant createdAt() { return createdAt; }
    public Long mergedInto() { return mergedInto; }
}
