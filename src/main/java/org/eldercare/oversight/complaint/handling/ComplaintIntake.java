package org.eldercare.oversight.complaint.handling;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.codes.MobilePhone;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.FieldCipher;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers complaints (CMP-1): from the public form, an officer's entry (hotline, mailbox, 12345, visit) or a 12345 work
 * order file. Finds the handling county ({@link Places}), routes by the responsibility matrix, protects the contact data and
 * issues the tracking code; the complainant tracks with the code and the phone's last four digits, or, without a phone, a
 * four-digit query PIN issued once.
 */
@Service
public class ComplaintIntake {

    static final String NAME_COLUMN = "complaint.name";
    static final String PHONE_COLUMN = "complaint.phone";
    static final String TRACKING_COLUMN = "complaint.tracking";
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ComplaintRepository complaints;
    private final Places places;
    private final ComplaintSettings settings;
    private final WorkingDayCalendar calendar;
    private final FieldCipher cipher;
    private final Clock clock;

    ComplaintIntake(ComplaintRepository complaints, Places places, ComplaintSettings settings, WorkingDayCalendar calendar,
                    FieldCipher cipher, Clock clock) {
        this.complaints = complaints;
        this.places = places;
        this.settings = settings;
        this.calendar = calendar;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** What a complainant or an officer enters. {@code institutionId} or ({@code address} and {@code regionCode}). */
    public record Submission(Channel channel, Category category, Long institutionId, String address, String regionCode,
                             String summary, String content, boolean anonymous, String name, String phone, String workOrderNo) {
    }

    /** The new complaint: its tracking code, the PIN when no phone was given (shown once), and when feedback is due. */
    public record Registration(long id, String trackingCode, String pin, LocalDate feedbackDue) {
    }

    /** Registers a complaint; {@code officer} names the officer who entered it (null for the public form). */
    @Transactional
    public Registration register(Submission s, String officer) {
        if (s.channel() == null || s.category() == null) {
            throw PlatformException.badRequest("field.required", s.channel() == null ? "投诉渠道" : "投诉类别");
        }
        Places.Resolved where = places.resolve(s.institutionId(), s.address(), s.regionCode(), officer != null);
        String workOrder = Texts.optional(s.workOrderNo(), "12345工单编号", 40);
        if (workOrder != null && complaints.existsByWorkOrderNo(workOrder)) {
            throw PlatformException.conflict("complaint.workOrder.duplicate", workOrder);
        }
        MobilePhone phone = s.phone() == null || s.phone().isBlank() ? null : MobilePhone.parse(s.phone());
        String name = s.anonymous() ? null : Texts.optional(s.name(), "姓名", 30);
        String code = trackingCode();
        String pin = phone == null ? String.format("%04d", RANDOM.nextInt(10_000)) : null;
        String tail = phone == null ? pin : phone.value().substring(7);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        String department = settings.department(where.county(), s.category());
        LocalDate feedbackDue = calendar.deadline(today, settings.value(where.county(), ComplaintSettings.FEEDBACK)).deadline();
        LocalDate objectionDue = department == null ? null
                : calendar.deadline(today, settings.value(where.county(), ComplaintSettings.OBJECTION)).deadline();
        Complaint.Intake in = new Complaint.Intake(code, trackingKey(code, tail), s.channel(), s.category(), where.place(),
                where.county(), s.summary(), s.content(), name == null, contact(name, phone), workOrder);
        Complaint c = complaints.save(Complaint.register(in, department, feedbackDue, objectionDue,
                officer == null ? "公众" : officer, Instant.now(clock), today));
        return new Registration(c.id(), code, pin, feedbackDue);
    }

    private Contact contact(String name, MobilePhone phone) {
        if (name == null && phone == null) {
            return Contact.NONE;
        }
        return new Contact(name == null ? null : cipher.encrypt(name, NAME_COLUMN), name == null ? null : maskName(name),
                phone == null ? null : cipher.encrypt(phone.value(), PHONE_COLUMN), phone == null ? null : phone.masked());
    }

    static String maskName(String name) {
        return name.length() <= 1 ? "*" : name.charAt(0) + "*".repeat(Math.min(name.length() - 1, 3));
    }

    /** The keyed hash that the code and the phone's last four digits (or the PIN) must match to track a complaint. */
    String trackingKey(String code, String tail) {
        return cipher.blindIndex(code.toUpperCase() + ":" + tail, TRACKING_COLUMN);
    }

    /** yyMMdd and eight letters or digits (no 0/O, 1/I): unguessable, easy to read out on the phone. */
    private String trackingCode() {
        StringBuilder b = new StringBuilder(LocalDate.now(clock.withZone(ClockConfiguration.ZONE))
                .format(DateTimeFormatter.ofPattern("yyMMdd")));
        for (int i = 0; i < 8; i++) {
            b.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return b.toString();
    }
}
