package org.eldercare.oversight.registry.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A filing (备案, REG-2): 草稿 → 已提交 → 已备案 (receipt number) or 退回补正 (reasons) → resubmitted; 已备案 → 已撤销
 * (reason). A change filing (变更备案) runs the same way for an institution already filed. Any other transition
 * throws; every transition is recorded with who, when and why.
 */
@Table("filing")
public class Filing extends AggregateRoot<Filing> {

    /** A filing was started; it waits on the institution's desk (due by the REG-3 deadline when admission started). */
    public record Drafted(long filingId, long institutionId, Kind kind, LocalDate firstAdmissionDate) {
    }

    /** The institution submitted (or resubmitted) the filing; it waits for the decision of the bureau {@code authorityCode}. */
    public record Submitted(long filingId, long institutionId, Kind kind, LocalDate submittedOn, boolean late, String authorityCode) {
    }

    /**
     * What a submission brings: the signed commitment, the materials measured against the region's checklist (REG-11), the
     * filing bureau the rule names (REG-3) and the filing deadline (null without a first-admission date).
     */
    record Submission(boolean commitmentSigned, ChecklistEvaluation materials, String authorityCode, LocalDate lateDeadline) {
    }

    /**
     * Who takes a decision: the user, the region and level of his bureau, and {@code note} when a bureau above the filing
     * authority decides on its behalf (REG-3).
     */
    public record Decider(String user, String regionCode, Integer level, String note) {
    }

    /** 已备案: the bureau accepted the filing and issued {@code receiptNo}. */
    public record Accepted(long filingId, long institutionId, Kind kind, String receiptNo, LocalDate filedDate) {
    }

    /** 退回补正: back to the institution with {@code reasons}. */
    public record Returned(long filingId, long institutionId, Kind kind, String reasons) {
    }

    /** 已撤销: the filing no longer stands. */
    public record Revoked(long filingId, long institutionId, Kind kind, String reason) {
    }

    public enum Kind implements Labelled {
        INITIAL("首次备案"), CHANGE("变更备案");
        private final String label;
        Kind(String label) { this.label = label; }
        @Override
        public String label() { return label; }
    }

    public enum Status implements Labelled {
        DRAFT("草稿"), SUBMITTED("已提交"), FILED("已备案"), RETURNED("退回补正"), REVOKED("已撤销");
        private final String label;
        Status(String label) { this.label = label; }
        @Override
        public String label() { return label; }
    }

    private static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.DRAFT, Set.of(Status.SUBMITTED),
            Status.SUBMITTED, Set.of(Status.FILED, Status.RETURNED),
            Status.RETURNED, Set.of(Status.SUBMITTED),
            Status.FILED, Set.of(Status.REVOKED),
            Status.REVOKED, Set.of());

    @Id
      private Long id;
    private Long institutionId;
      private Kind kind;
      private Status status;
      private LocalDate firstAdmissionDate;
      private String changeSummary;
      private Instant submittedAt;
      private LocalDate filedDate;
      private String receiptNo;
      private boolean late;
      private LocalDate lateDeadline;
      private String returnReasons;
      private String revokeReason;
    private String authorityCode;
    private Premises premises;
    private Instant createdAt;
    private String createdBy;
    @Version
    private int version;
    @MappedCollection(idColumn = "filing_id", keyColumn = "seq")
    private List<FilingTransition> transitions = new ArrayList<>();

    Filing() {
    }

    static Filing draft(long institutionId, Kind kind, LocalDate firstAdmissionDate, String changeSummary, String by, Instant now) {
        if (kind == Kind.CHANGE && (changeSummary == null || changeSummary.isBlank())) {
            throw PlatformException.badRequest("filing.change.summaryRequired");
        }
        if (changeSummary != null && changeSummary.length() > 500) {
            throw PlatformException.badRequest("registry.field.tooLong", "变更事项", 500);
        }
        Filing f = new Filing();
        f.institutionId = institutionId;
        f.kind = kind;
        f.status = Status.DRAFT;
        f.firstAdmissionDate = firstAdmissionDate;
        f.changeSummary = changeSummary == null || changeSummary.isBlank() ? null : changeSummary.trim();
        f.createdAt = now;
        f.createdBy = by;
        f.transitions.add(FilingTransition.of(null, Status.DRAFT, now, by, null));
        f.registerEvent(self -> new Drafted(self.id, self.institutionId, self.kind, self.firstAdmissionDate));
        return f;
    }

    /**
     * Submits (or resubmits after 退回补正) to the bureau the rule names now. Needs the signed commitment and every
     * material the region's checklist requires (a Chinese 400 lists what is missing, with what may replace it); missing
     * materials that do not block the filing are recorded with the transition. With a first-admission date, a submission
     * later than the deadline is flagged late (REG-3).
     */
    void submit(Submission s, String by, Instant now, LocalDate today) {
        require(Status.SUBMITTED);
        if (!s.commitmentSigned()) {
            throw PlatformException.badRequest("filing.commitment.required");
        }
        List<String> missing = s.materials().blockers();
        if (!missing.isEmpty()) {
            throw PlatformException.badRequest("filing.materials.missing", s.materials().checklistRegionName(),
                    String.join("、", missing));
        }
        this.lateDeadline = s.lateDeadline();
        this.late = lateDeadline != null && today.isAfter(lateDeadline);
        this.submittedAt = now;
        this.returnReasons = null;
        this.authorityCode = s.authorityCode();
        transitions.add(FilingTransition.of(status, Status.SUBMITTED, now, by, null).noted(s.materials().notBlockingNote()));
        status = Status.SUBMITTED;
        registerEvent(new Submitted(id, institutionId, kind, today, late, authorityCode));
    }

    /** Declares the building the site uses (REG-11 exemptions); only while the filing is with the institution. */
    void declarePremises(Premises premises) {
        requireEditable();
        this.premises = premises;
    }

    void accept(String receiptNo, LocalDate filedDate, Decider by, Instant now) {
        require(Status.FILED);
        this.receiptNo = receiptNo;
        this.filedDate = filedDate;
        move(Status.FILED, by, now, "回执编号 " + receiptNo);
        registerEvent(new Accepted(id, institutionId, kind, receiptNo, filedDate));
    }

    void returnForCorrection(String reasons, Decider by, Instant now) {
        require(Status.RETURNED);
        if (reasons == null || reasons.isBlank()) {
            throw PlatformException.badRequest("filing.return.reasonRequired");
        }
        if (reasons.length() > 1000) {
            throw PlatformException.badRequest("registry.field.tooLong", "退回原因", 1000);
        }
        this.returnReasons = reasons.trim();
        move(Status.RETURNED, by, now, this.returnReasons);
        registerEvent(new Returned(id, institutionId, kind, this.returnReasons));
    }

    void revoke(String reason, Decider by, Instant now) {
        require(Status.REVOKED);
        if (reason == null || reason.isBlank()) {
            throw PlatformException.badRequest("filing.revoke.reasonRequired");
        }
        if (reason.length() > 500) {
            throw PlatformException.badRequest("registry.field.tooLong", "撤销原因", 500);
        }
        this.revokeReason = reason.trim();
        move(Status.REVOKED, by, now, this.revokeReason);
        registerEvent(new Revoked(id, institutionId, kind, this.revokeReason));
    }

    /** Whether the filing is with the institution: materials and the commitment may change only then. */
    public boolean editable() {
        return status == Status.DRAFT || status == Status.RETURNED;
    }

    /** Whether the filing is still being worked on (a draft, awaiting a decision, or returned). */
    public boolean open() {
        return status == Status.DRAFT || status == Status.SUBMITTED || status == Status.RETURNED;
    }

    /** Throws unless the filing is with the institution. */
    void requireEditable() {
        if (!editable()) {
            throw PlatformException.conflict("filing.notEditable", status.label());
        }
    }

    /** Throws, as the transition itself would, unless this filing may now become {@code target}. */
    void requireTransition(Status target) {
        require(target);
    }

    private void require(Status target) {
        if (!ALLOWED.get(status).contains(target)) {
            throw PlatformException.conflict("filing.transition", status.label(), target.label());
        }
    }

    private void move(Status to, Decider by, Instant now, String reason) {
        transitions.add(FilingTransition.of(status, to, now, by.user(), reason).decidedBy(by));
        status = to;
    }

    public Long id() { return id; }
    public Long institutionId() { return institutionId; }
    public Kind kind() { return kind; }
    public Status status() { return status; }
    public LocalDate firstAdmissionDate() { return firstAdmissionDate; }
    public String changeSummary() { return changeSummary; }
    public Instant submittedAt() { return submittedAt; }
    public LocalDate filedDate() { return filedDate; }
    public String receiptNo() { return receiptNo; }
    public boolean late() { return late; }
    public LocalDate lateDeadline() { return lateDeadline; }
    public String returnReasons() { return returnReasons; }
    public String revokeReason() { return revokeReason; }
    public String authorityCode() { return authorityCode; }
    public Premises premises() { return premises; }
    Instant createdAt() { return createdAt; }
    public List<FilingTransition> transitions() { return List.copyOf(transitions); }
}
