package org.eldercare.oversight.credit.record;

import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.complaint.ComplaintConcluded;
import org.eldercare.oversight.hazard.HazardClosed;
import org.eldercare.oversight.hazard.HazardOverdue;
import org.eldercare.oversight.hazard.HazardRaised;
import org.eldercare.oversight.hazard.HazardRecurred;
import org.eldercare.oversight.inspection.InspectionCompleted;
import org.eldercare.oversight.registry.InstitutionFiled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * CRD-1: the other modules' events become credit entries (after their transaction commits, republished after a crash). The
 * source module and record id make each entry once. The registry publishes no event for a late filing (逾期备案) yet, so
 * that kind is not fed.
 */
@Component
class CreditFeeds {

    private static final String MAJOR = "MAJOR";
    private final CreditRecords records;
    private final Clock clock;

    CreditFeeds(CreditRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** An initial filing accepted: the 书面信用承诺 is published. */
    @ApplicationModuleListener
    void on(InstitutionFiled e) {
        if (e.initial()) {
            records.record(new CreditRecords.Fed(e.uscc(), e.institutionId(), e.regionCode(), EntryKind.COMMITMENT_PUBLISHED,
                    e.filedDate(), "registry", "filing:" + e.filingId(), 1, "备案回执 " + e.receiptNo()));
        }
    }

    @ApplicationModuleListener
    void on(InspectionCompleted e) {
        boolean failed = e.itemsFailed() > 0;
        records.record(new CreditRecords.Fed(e.uscc(), e.institutionId(), e.regionCode(),
                failed ? EntryKind.INSPECTION_FAILED : EntryKind.INSPECTION_PASSED, e.completedOn(), "inspection", "task:" + e.taskId(),
                failed ? e.itemsFailed() : 1, "检查 " + e.itemsChecked() + " 项，不符合 " + e.itemsFailed() + " 项"));
    }

    @ApplicationModuleListener
    void on(HazardRaised e) {
        records.record(new CreditRecords.Fed(e.uscc(), e.institutionId(), e.regionCode(),
                MAJOR.equals(e.severity()) ? EntryKind.HAZARD_MAJOR : EntryKind.HAZARD_GENERAL, e.foundOn(), "hazard",
                "hazard:" + e.hazardId(), 1, e.category()));
    }

    /** Closed by its deadline: a plus; a late closing adds nothing (its overdue entry stays). */
    @ApplicationModuleListener
    void on(HazardClosed e) {
        if (e.onTime()) {
            records.record(new CreditRecords.Fed(e.uscc(), e.institutionId(), e.regionCode(), EntryKind.HAZARD_CLOSED_ON_TIME,
                    e.closedOn(), "hazard", "hazard:" + e.hazardId(), 1, null));
        }
    }

    @ApplicationModuleListener
    void on(HazardOverdue e) {
        records.record(new CreditRecords.Fed(e.uscc(), e.institutionId(), e.regionCode(),
                MAJOR.equals(e.severity()) ? EntryKind.HAZARD_MAJOR_OVERDUE : EntryKind.HAZARD_OVERDUE, e.deadline().plusDays(1),
                "hazard", "hazard:" + e.hazardId(), 1, "整改期限 " + e.deadline()));
    }

    @ApplicationModuleListener
    void on(HazardRecurred e) {
        records.record(new CreditRecords.Fed(e.uscc(), e.institutionId(), e.regionCode(), EntryKind.HAZARD_RECURRED, today(), "hazard",
                "hazard:" + e.hazardId(), 1, e.category() + "（前次隐患 " + e.previousHazardId() + "）"));
    }

    /** Only a substantiated (属实) complaint about a registered institution is an entry. */
    @ApplicationModuleListener
    void on(ComplaintConcluded e) {
        if (e.upheld() && e.uscc() != null && e.regionCode() != null) {
            records.record(new CreditRecords.Fed(e.uscc(), e.institutionId(), e.regionCode(), EntryKind.COMPLAINT_UPHELD,
                    e.concludedOn(), "complaint", "complaint:" + e.complaintId(), 1, e.category()));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
