package org.eldercare.oversight.credit.listing;

import org.eldercare.oversight.calendar.DeadlineRecomputed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a procedure's 陈述申辩 deadline ({@code credit_listing.objection_due}, a copy of its tracked deadline) in step when the
 * calendar recomputes it because a year's holidays were loaded; the to-do module moves the decision to-do by the same event.
 */
@Component
class ObjectionDueDates {

    private final ListingService listings;

    ObjectionDueDates(ListingService listings) {
        this.listings = listings;
    }

    @ApplicationModuleListener
    void on(DeadlineRecomputed e) {
        if (ListingTasks.TASK.equals(e.sourceType()) && e.sourceId().matches("\\d{1,18}")) {
            listings.objectionDueRecomputed(Long.parseLong(e.sourceId()), e.deadline());
        }
    }
}
