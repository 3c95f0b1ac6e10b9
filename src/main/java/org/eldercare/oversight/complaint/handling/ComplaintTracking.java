package org.eldercare.oversight.complaint.handling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Sm3;
import org.springframework.stereotype.Component;

/**
 * Tracking without login (CMP-1): the tracking code and the phone's last four digits (or the query PIN) must match the
 * stored keyed hash; a wrong pair and an unknown code look the same. The progress shows states and dates, the place's public
 * name, and the answer with any phone or ID number in it masked; never the complainant's data or the complaint's text.
 */
@Component
public class ComplaintTracking {

    private final ComplaintRepository complaints;
    private final ComplaintIntake intake;

    ComplaintTracking(ComplaintRepository complaints, ComplaintIntake intake) {
        this.complaints = complaints;
        this.intake = intake;
    }

    public record Step(LocalDate on, String label) {
    }

    public record Progress(String trackingCode, String category, String institutionName, String state, LocalDate registeredOn,
                           LocalDate feedbackDue, LocalDate feedbackOn, String rejectionReason, String answer,
                           LocalDate answeredOn, String satisfaction, List<Step> steps) {
    }

    public Optional<Progress> track(String code, String tail) {
        String c = code == null ? "" : code.trim().toUpperCase();
        String t = tail == null ? "" : tail.trim();
        if (!c.matches("[0-9A-Z]{6,16}") || !t.matches("\\d{4}")) {
            return Optional.empty();
        }
        return complaints.findByTrackingCode(c)
                .filter(found -> Sm3.equalsConstantTime(found.trackingKey(), intake.trackingKey(c, t)))
                .map(this::progress);
    }

    private Progress progress(Complaint c) {
        List<Step> steps = c.transitions().stream().filter(s -> s.fromState() != s.toState())
                .map(s -> new Step(LocalDate.ofInstant(s.at(), ClockConfiguration.ZONE), s.toState().label())).toList();
        return new Progress(c.trackingCode(), c.category().label(), c.place().institutionName(), c.state().label(), c.registeredOn(),
                c.feedbackDue(), c.feedbackOn(), PublicText.redact(c.rejectionReason()), PublicText.redact(c.answer()), c.answeredOn(),
                c.satisfaction() == null ? null : c.satisfaction().label(), steps);
    }
}
