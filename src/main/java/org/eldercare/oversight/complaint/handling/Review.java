package org.eldercare.oversight.complaint.handling;

import java.time.LocalDate;
import org.eldercare.oversight.common.PlatformException;

/**
 * Review (复查, level 1) and re-review (复核, level 2) of a concluded complaint (信访工作条例 第三十五条、第三十六条): requested
 * within {@code requestDays} of the conclusion or of the review's answer, answered within {@code answerDays} of the request.
 */
public record Review(int reviewLevel, LocalDate reviewRequestedOn, LocalDate reviewDue, LocalDate reviewAnsweredOn,
                     String reviewAnswer) {

    static final Review NONE = new Review(0, null, null, null, null);

    static Review orNone(Review r) {
        return r == null ? NONE : r;
    }

    Review request(LocalDate concludedOn, int requestDays, int answerDays, LocalDate today) {
        if (pending()) {
            throw PlatformException.conflict("complaint.review.pending");
        }
        if (reviewLevel >= 2) {
            throw PlatformException.conflict("complaint.review.exhausted");
        }
        LocalDate from = reviewLevel == 0 ? concludedOn : reviewAnsweredOn;
        if (today.isAfter(from.plusDays(requestDays))) {
            throw PlatformException.conflict("complaint.review.late", String.valueOf(requestDays));
        }
        return new Review(reviewLevel + 1, today, today.plusDays(answerDays), null, null);
    }

    Review answer(String text, LocalDate today) {
        if (!pending()) {
            throw PlatformException.conflict("complaint.review.none");
        }
        return new Review(reviewLevel, reviewRequestedOn, reviewDue, today, Texts.required(text, "复查（复核）意见", 5000));
    }

    public boolean pending() {
        return reviewLevel > 0 && reviewAnsweredOn == null;
    }

    public String levelLabel() {
        return reviewLevel == 2 ? "复核" : "复查";
    }
}
