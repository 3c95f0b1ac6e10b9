package org.eldercare.oversight.complaint.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.complaint.ComplaintConcluded;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A complaint (CMP-1). It is registered (已登记) with its feedback deadline (5 working days, a regional setting) and, when the
 * responsibility matrix names another department, referred to that department, which may object until {@code objectionDue}
 * (returning it to the bureau). Then 已受理 (handling due 60 days later, extendable once) or 不予受理 with a reason, 办理中,
 * 已答复 (upheld: 属实 or not), 已办结 after the 回访 with a satisfaction rating; afterwards a review and a re-review may be
 * requested, each answered in time. The first answer to the complainant (受理 or 不予受理 告知, or the reply) is the feedback.
 */
@Table("complaint")
public class Complaint extends AggregateRoot<Complaint> {

    public record Registered(long complaintId, String regionCode, LocalDate registeredOn, String departmentCode,
                             LocalDate objectionDue) {
    }

    /** The referred department objected: the complaint is the bureau's again. */
    public record Objected(long complaintId, String regionCode, String departmentCode) { }

    /** The complainant had the first answer (受理, 不予受理 or the reply). */
    public record FeedbackGiven(long complaintId) { }

    /** Not accepted or concluded: nothing more to do. */
    public record Closed(long complaintId) { }

    /** What intake hands over; the service has checked and protected it. */
    public record Intake(String trackingCode, String trackingKey, Channel channel, Category category, Place place, String regionCode,
                         String summary, String content, boolean anonymous, Contact contact, String workOrderNo) { }

    @Id
    private Long id;
    private String trackingCode;
    private String trackingKey;
    private Channel channel;
    private Category category;
    @Embedded(onEmpty = Embedded.OnEmpty.USE_EMPTY)
    private Referral referral;
    @Embedded(onEmpty = Embedded.OnEmpty.USE_EMPTY)
    private Place place;
    private String regionCode;
    private String summary;
    private String content;
    private boolean anonymous;
    @Embedded(onEmpty = Embedded.OnEmpty.USE_EMPTY)
    private Contact contact;
    private String workOrderNo;
    private ComplaintState state;
    private Instant registeredAt;
    private LocalDate registeredOn;
    private String registeredBy;
    private LocalDate feedbackDue;
    private LocalDate feedbackOn;
    private LocalDate acceptedOn;
    private LocalDate handlingDue;
    private Integer extendedDays;
    private String extensionReason;
    private String rejectionReason;
    private LocalDate answeredOn;
    private String answer;
    private Boolean upheld;
    private LocalDate concludedOn;
    private String visitNote;
    private Satisfaction satisfaction;
    @Embedded(onEmpty = Embedded.OnEmpty.USE_EMPTY)
    private Review review;
    private Long inspectionTaskId;
    @MappedCollection(idColumn = "complaint_id", keyColumn = "seq")
    private List<ComplaintTransition> transitions = new ArrayList<>();
    @Version
    private int version;

    Complaint() { }

    /** Registers a complaint; {@code departmentCode} (or null) and {@code objectionDue} come from the responsibility matrix. */
    static Complaint register(Intake in, String departmentCode, LocalDate feedbackDue, LocalDate objectionDue, String by, Instant now,
                              LocalDate today) {
        Complaint c = new Complaint();
        c.trackingCode = in.trackingCode();
        c.trackingKey = in.trackingKey();
        c.channel = in.channel();
        c.category = in.category();
        c.place = in.place();
        c.regionCode = in.regionCode();
        c.summary = Texts.required(in.summary(), "投诉事项", 100);
        c.content = Texts.required(in.content(), "投诉内容", 5000);
        c.anonymous = in.anonymous();
        c.contact = in.contact();
        c.workOrderNo = in.workOrderNo();
        c.state = ComplaintState.REGISTERED;
        c.registeredAt = now;
        c.registeredOn = today;
        c.registeredBy = by;
        c.feedbackDue = feedbackDue;
        c.review = Review.NONE;
        c.referral = departmentCode == null ? Referral.NONE : new Referral(departmentCode, today, objectionDue, null, null);
        c.step(null, ComplaintState.REGISTERED, by, now, in.channel().label());
        c.registerEvent(self -> new Registered(self.id, self.regionCode, self.registeredOn, departmentCode, objectionDue));
        return c;
    }

    /** The department's liaison objects (not its duty): back to the bureau; only until {@code objectionDue}. */
    void object(String reason, String department, String by, Instant now, LocalDate today) {
        if (!state.open()) {
            throw PlatformException.conflict("complaint.objection.notReferred");
        }
        referral = referral().objected(department, reason, today);
        step(state, state, by, now, "部门异议：" + referral.objectionReason());
        registerEvent(self -> new Objected(self.id, self.regionCode, department));
    }

    void accept(int handlingDays, String by, Instant now, LocalDate today) {
        move(ComplaintState.REGISTERED, ComplaintState.ACCEPTED, by, now, null);
        acceptedOn = today;
        handlingDue = today.plusDays(handlingDays);
        feedback(today);
    }

    void refuse(String reason, String by, Instant now, LocalDate today) {
        rejectionReason = Texts.required(reason, "不予受理理由", 500);
        move(ComplaintState.REGISTERED, ComplaintState.NOT_ACCEPTED, by, now, rejectionReason);
        feedback(today);
        registerEvent(self -> new Closed(self.id));
    }

    void start(String by, Instant now) {
        move(ComplaintState.ACCEPTED, ComplaintState.IN_PROGRESS, by, now, null);
    }

    /** Extends the handling period once, by 1 to {@code maxDays} days, with the reason (第三十四条). */
    void extend(int days, String reason, int maxDays, String by, Instant now) {
        if (state != ComplaintState.ACCEPTED && state != ComplaintState.IN_PROGRESS) {
            throw PlatformException.conflict("complaint.state.refused", state.label(), "延期");
        }
        if (extendedDays != null) {
            throw PlatformException.conflict("complaint.extension.once");
        }
        if (days < 1 || days > maxDays) {
            throw PlatformException.badRequest("complaint.extension.days", String.valueOf(maxDays));
        }
        extensionReason = Texts.required(reason, "延期理由", 500);
        extendedDays = days;
        handlingDue = handlingDue.plusDays(days);
        step(state, state, by, now, "延期" + days + "日：" + extensionReason);
    }

    void answer(String text, boolean substantiated, String by, Instant now, LocalDate today) {
        String a = Texts.required(text, "答复意见", 5000);
        move(ComplaintState.IN_PROGRESS, ComplaintState.ANSWERED, by, now, substantiated ? "属实" : "不属实");
        answer = a;
        upheld = substantiated;
        answeredOn = today;
        feedback(today);
    }

    /** 回访 done: 已办结, published to the other modules ({@link ComplaintConcluded}). */
    void conclude(String note, Satisfaction rating, String uscc, String by, Instant now, LocalDate today) {
        if (rating == null) {
            throw PlatformException.badRequest("field.required", "满意度");
        }
        visitNote = Texts.optional(note, "回访记录", 500);
        move(ComplaintState.ANSWERED, ComplaintState.CONCLUDED, by, now, rating.label());
        satisfaction = rating;
        concludedOn = today;
        registerEvent(self -> new Closed(self.id));
        registerEvent(self -> new ComplaintConcluded(self.id, place.institutionId(), uscc, regionCode, category.name(), upheld, today));
    }

    void requestReview(int requestDays, int answerDays, String by, Instant now, LocalDate today) {
        if (state != ComplaintState.CONCLUDED) {
            throw PlatformException.conflict("complaint.state.refused", state.label(), "申请复查");
        }
        review = Review.orNone(review).request(concludedOn, requestDays, answerDays, today);
        step(state, state, by, now, review.levelLabel() + "申请");
    }

    void answerReview(String text, String by, Instant now, LocalDate today) {
        review = Review.orNone(review).answer(text, today);
        step(state, state, by, now, review.levelLabel() + "答复");
    }

    void linkInspection(long taskId, String by, Instant now) {
        inspectionTaskId = taskId;
        step(state, state, by, now, "开展投诉核查，任务 " + taskId);
    }

    private void move(ComplaintState from, ComplaintState to, String by, Instant now, String note) {
        if (state != from) {
            throw PlatformException.conflict("complaint.state.refused", state.label(), to.label());
        }
        state = to;
        step(from, to, by, now, note);
    }

    private void feedback(LocalDate today) {
        if (feedbackOn == null) {
            feedbackOn = today;
            registerEvent(self -> new FeedbackGiven(self.id));
        }
    }

    private void step(ComplaintState from, ComplaintState to, String by, Instant now, String note) {
        transitions.add(new ComplaintTransition(from, to, now, by, note));
    }

    public Long id() { return id; }
    public String trackingCode() { return trackingCode; }
    String trackingKey() { return trackingKey; }
    public Channel channel() { return channel; }
    public Category category() { return category; }
    public Referral referral() { return Referral.orNone(referral); }
    public String departmentCode() { return referral().departmentCode(); }
    public Place place() { return place; }
    public String regionCode() { return regionCode; }
    public String summary() { return summary; }
    public String content() { return content; }
    public boolean anonymous() { return anonymous; }
    public Contact contact() { return contact; }
    public String workOrderNo() { return workOrderNo; }
    public ComplaintState state() { return state; }
    public LocalDate registeredOn() { return registeredOn; }
    public LocalDate feedbackDue() { return feedbackDue; }
    public LocalDate feedbackOn() { return feedbackOn; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public LocalDate handlingDue() { return handlingDue; }
    public Integer extendedDays() { return extendedDays; }
    public String rejectionReason() { return rejectionReason; }
    public LocalDate answeredOn() { return answeredOn; }
    public String answer() { return answer; }
    public Boolean upheld() { return upheld; }
    public LocalDate concludedOn() { return concludedOn; }
    public String visitNote() { return visitNote; }
    public Satisfaction satisfaction() { return satisfaction; }
    public Review review() { return Review.orNone(review); }
    public Long inspectionTaskId() { return inspectionTaskId; }
    public List<ComplaintTransition> transitions() { return List.copyOf(transitions); }
}
