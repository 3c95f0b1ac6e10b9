package org.eldercare.oversight.credit.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An inclusion in a 失信 list (CRD-3, 民发〔2019〕103号) run as its procedure: 拟列入 (a condition and grounds) → 已告知 (the
 * 陈述申辩 period, working days) → 已陈述申辩 → 申辩已复核 → 已决定列入 (after the period, with legal review) → 已公布 (per
 * channel) → 已移出 (第十一条 after the years on the list, or by correction at any time); 不予列入 where the statement is
 * upheld or the bureau decides against. Any other transition throws; every step records who, when and why.
 */
@Table("credit_listing")
public class Listing extends AggregateRoot<Listing> {

    /** A step was taken; {@code status} is where the procedure now stands. */
    public record Stepped(long listingId, String uscc, String regionCode, String subjectName, ListingStatus status,
                          LocalDate noticedOn, LocalDate objectionDue) {
    }

    /** Who acts: the user and the region of his bureau. */
    public record Actor(String user, String regionCode) {
    }

    private static final Map<ListingStatus, Set<ListingStatus>> ALLOWED = Map.of(
            ListingStatus.PROPOSED, Set.of(ListingStatus.NOTIFIED, ListingStatus.WITHDRAWN),
            ListingStatus.NOTIFIED, Set.of(ListingStatus.OBJECTED, ListingStatus.DECIDED, ListingStatus.WITHDRAWN),
            ListingStatus.OBJECTED, Set.of(ListingStatus.REVIEWED, ListingStatus.WITHDRAWN),
            ListingStatus.REVIEWED, Set.of(ListingStatus.DECIDED, ListingStatus.WITHDRAWN),
            ListingStatus.DECIDED, Set.of(ListingStatus.PUBLISHED, ListingStatus.REMOVED),
            ListingStatus.PUBLISHED, Set.of(ListingStatus.REMOVED),
            ListingStatus.REMOVED, Set.of(),
            ListingStatus.WITHDRAWN, Set.of());

    @Id
    private Long id;
    private String uscc;
    private String subjectName;
    private String regionCode;
    private ListKind listKind;
    private ListCondition conditionCode;
    private String grounds;
    private ListingStatus status;
    private LocalDate noticedOn;
    private LocalDate objectionDue;
    private String objection;
    private LocalDate decidedOn;
    private LocalDate publishedOn;
    private LocalDate removableFrom;
    private LocalDate removedOn;
    private RemovalGround removalGround;
    private Instant createdAt;
    private String createdBy;
    @Version
    private int version;
    @MappedCollection(idColumn = "listing_id", keyColumn = "seq")
    private List<ListingStep> steps = new ArrayList<>();
    @MappedCollection(idColumn = "listing_id", keyColumn = "seq")
    private List<Publication> publications = new ArrayList<>();

    Listing() {
    }

    static Listing propose(String uscc, String subjectName, String regionCode, ListKind kind, ListCondition condition, String grounds,
                           Actor by, Instant now) {
        Listing l = new Listing();
        l.uscc = uscc;
        l.subjectName = subjectName;
        l.regionCode = regionCode;
        l.listKind = kind;
        l.conditionCode = condition;
        l.grounds = required(grounds, "列入依据和事实");
        l.status = ListingStatus.PROPOSED;
        l.createdAt = now;
        l.createdBy = by.user();
        l.steps.add(new ListingStep(null, ListingStatus.PROPOSED, now, by.user(), by.regionCode(), condition.label() + "；" + l.grounds));
        // built after the insert (for the id), with the state as it is now
        Stepped proposed = l.stepped();
        l.registerEvent(self -> new Stepped(self.id == null ? 0 : self.id, proposed.uscc(), proposed.regionCode(),
                proposed.subjectName(), proposed.status(),
                proposed.noticedOn(), proposed.objectionDue()));
        return l;
    }

    /** 告知: the written notice was served on {@code noticedOn}; statements are taken until {@code objectionDue}. */
    void notifySubject(LocalDate noticedOn, LocalDate objectionDue, String how, Actor by, Instant now) {
        require(ListingStatus.NOTIFIED);
        if (noticedOn == null) {
            throw PlatformException.badRequest("field.required", "告知日期");
        }
        this.noticedOn = noticedOn;
        this.objectionDue = objectionDue;
        move(ListingStatus.NOTIFIED, by, now, "告知书送达 " + noticedOn + "，陈述申辩截止 " + objectionDue + optional(how));
    }

    /**
     * The 陈述申辩 deadline moved because a holiday year was loaded (the calendar recomputed the tracked deadline); recorded as
     * a step of the system. Only while the period is the current step; otherwise nothing changes.
     */
    boolean moveObjectionDue(LocalDate due, Instant now) {
        if (status != ListingStatus.NOTIFIED || due == null || due.equals(objectionDue)) {
            return false;
        }
        steps.add(new ListingStep(status, status, now, "system", null, "节假日安排公布，陈述申辩截止日由 " + objectionDue + " 调整为 " + due));
        this.objectionDue = due;
        return true;
    }

    /** 陈述申辩 received on {@code receivedOn}; refused after the period. */
    void recordObjection(String statement, LocalDate receivedOn, Actor by, Instant now) {
        require(ListingStatus.OBJECTED);
        if (receivedOn == null || receivedOn.isAfter(objectionDue)) {
            throw PlatformException.conflict("credit.listing.objectionLate", objectionDue);
        }
        this.objection = required(statement, "陈述申辩内容");
        move(ListingStatus.OBJECTED, by, now, receivedOn + " 收到：" + objection);
    }

    /** The statement reviewed: upheld ends the procedure (不予列入), else the bureau may decide. */
    void reviewObjection(boolean upheld, String reason, Actor by, Instant now) {
        require(ListingStatus.REVIEWED);
        move(upheld ? ListingStatus.WITHDRAWN : ListingStatus.REVIEWED, by, now,
                (upheld ? "申辩理由成立：" : "申辩理由不成立：") + required(reason, "复核意见"));
    }

    /** The decision, not before the 陈述申辩 period has ended; an inclusion names its legal review (法制审核). */
    void decide(boolean include, String reason, String legalReview, LocalDate today, Actor by, Instant now) {
        ListingStatus target = include ? ListingStatus.DECIDED : ListingStatus.WITHDRAWN;
        require(target);
        if (status == ListingStatus.NOTIFIED && !today.isAfter(objectionDue)) {
            throw PlatformException.conflict("credit.listing.periodRunning", objectionDue);
        }
        String why = required(reason, "决定理由");
        if (include) {
            why += "；法制审核：" + required(legalReview, "法制审核意见");
        }
        this.decidedOn = today;
        move(target, by, now, why);
    }

    /** Published on one channel; the first publication puts the entity on the list. */
    void publish(Channel channel, LocalDate on, String reference, int removalYears, Actor by, Instant now) {
        if (status != ListingStatus.PUBLISHED) {
            require(ListingStatus.PUBLISHED);
        }
        if (on == null || (decidedOn != null && on.isBefore(decidedOn))) {
            throw PlatformException.badRequest("credit.listing.publishDate");
        }
        if (publications.stream().anyMatch(p -> p.channel() == channel)) {
            throw PlatformException.conflict("credit.listing.channelDone", channel.label());
        }
        publications.add(new Publication(channel, on, optionalText(reference), by.user(), now));
        if (status == ListingStatus.DECIDED) {
            this.publishedOn = on;
            this.removableFrom = on.plusYears(removalYears);
            move(ListingStatus.PUBLISHED, by, now, channel.label() + " " + on + optional(reference));
        }
    }

    /** Removal: under 第十一条 only from {@code removableFrom}; by correction at any time. */
    void remove(RemovalGround ground, String reason, LocalDate today, Actor by, Instant now) {
        require(ListingStatus.REMOVED);
        if (ground.afterPeriod() && (removableFrom == null || today.isBefore(removableFrom))) {
            throw PlatformException.conflict("credit.listing.removalTooEarly", removableFrom == null ? "—" : removableFrom);
        }
        this.removalGround = ground;
        this.removedOn = today;
        move(ListingStatus.REMOVED, by, now, ground.label() + "；" + required(reason, "移出理由"));
    }

    /** On the list on {@code day}: published and not removed. */
    public boolean inForce() {
        return status == ListingStatus.PUBLISHED;
    }

    private void require(ListingStatus target) {
        if (!ALLOWED.get(status).contains(target)) {
            throw PlatformException.conflict("credit.listing.transition", status.label(), target.label());
        }
    }

    private void move(ListingStatus to, Actor by, Instant now, String reason) {
        steps.add(new ListingStep(status, to, now, by.user(), by.regionCode(), reason));
        status = to;
        registerEvent(stepped());
    }

    private Stepped stepped() {
        return new Stepped(id == null ? 0 : id, uscc, regionCode, subjectName, status, noticedOn, objectionDue);
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw PlatformException.badRequest("field.required", field);
        }
        if (text.trim().length() > 1000) {
            throw PlatformException.badRequest("credit.field.tooLong", field, 1000);
        }
        return text.trim();
    }

    private static String optionalText(String text) {
        return text == null || text.isBlank() ? null : required(text, "公布链接或文号");
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? "" : "（" + text.trim() + "）";
    }

    public Long id() { return id; }
    public String uscc() { return uscc; }
    public String subjectName() { return subjectName; }
    public String regionCode() { return regionCode; }
    public ListKind listKind() { return listKind; }
    public ListCondition conditionCode() { return conditionCode; }
    public String grounds() { return grounds; }
    public ListingStatus status() { return status; }
    public LocalDate noticedOn() { return noticedOn; }
    public LocalDate objectionDue() { return objectionDue; }
    public String objection() { return objection; }
    public LocalDate decidedOn() { return decidedOn; }
    public LocalDate publishedOn() { return publishedOn; }
    public LocalDate removableFrom() { return removableFrom; }
    public LocalDate removedOn() { return removedOn; }
    public RemovalGround removalGround() { return removalGround; }
    public int version() { return version; }
    public List<ListingStep> steps() { return List.copyOf(steps); }
    public List<Publication> publications() { return List.copyOf(publications); }
}
