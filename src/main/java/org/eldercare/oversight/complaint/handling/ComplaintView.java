package org.eldercare.oversight.complaint.handling;

import java.time.LocalDate;
import java.util.List;

/** A complaint as the officers' API shows it: contact data masked, states and dates with their Chinese labels. */
public record ComplaintView(long id, String trackingCode, String channel, String category, String departmentCode, Long institutionId,
                            String institutionName, String address, String regionCode, String summary, String content,
                            boolean anonymous, String nameMasked, String phoneMasked, String workOrderNo, String state,
                            String stateLabel, LocalDate registeredOn, LocalDate feedbackDue, LocalDate feedbackOn,
                            LocalDate objectionDue, LocalDate acceptedOn, LocalDate handlingDue, String answer, Boolean upheld,
                            LocalDate concludedOn, String satisfaction, int reviewLevel, LocalDate reviewDue,
                            List<ComplaintTransition> transitions) {

    static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id(), c.trackingCode(), c.channel().name(), c.category().name(), c.departmentCode(),
                c.place().institutionId(), c.place().institutionName(), c.place().address(), c.regionCode(), c.summary(), c.content(),
                c.anonymous(), c.contact().nameMasked(), c.contact().phoneMasked(), c.workOrderNo(), c.state().name(),
                c.state().label(), c.registeredOn(), c.feedbackDue(), c.feedbackOn(), c.referral().objectionDue(), c.acceptedOn(),
                c.handlingDue(),
                c.answer(), c.upheld(), c.concludedOn(), c.satisfaction() == null ? null : c.satisfaction().name(),
                c.review().reviewLevel(), c.review().reviewDue(), c.transitions());
    }
}
