package org.eldercare.oversight.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * How another module opens an inspection task (a complaint's 投诉核查, a draw's 双随机抽查). Implemented by the inspection
 * module; callers check their own caller's scope first.
 */
public interface InspectionRequests {

    /**
     * A task to open. {@code kind}: FILING_VERIFICATION, ROUTINE, RANDOM, CAMPAIGN, JOINT, COMPLAINT or PATROL;
     * {@code inspectorIds}: inspector-directory ids (may be empty: assigned later); {@code noticeOn}: null for an
     * unannounced check; {@code sourceType}/{@code sourceRef}: what asked for it (e.g. "complaint", its tracking code).
     */
    record Request(String kind, long institutionId, List<Long> inspectorIds, LocalDate dueOn, LocalDate noticeOn,
                   String sourceType, String sourceRef, String reason, String requestedBy) {
    }

    /** Opens the task (state 待检查) and returns its id. */
    long open(Request request);
}
