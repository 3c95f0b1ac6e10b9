package org.eldercare.oversight.credit.listing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.credit.record.CreditCodes;
import org.eldercare.oversight.credit.record.RuleBook;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CRD-3 use cases, one per step of the procedure. Supervisors of a county or city bureau (谁监管、谁列入) act on the codes
 * whose sites lie in their scope; the 陈述申辩 period is counted in working days from the notice (a setting, preset 5).
 */
@Service
public class ListingService {

    private final ListingRepository listings;
    private final CreditCodes codes;
    private final RuleBook rules;
    private final WorkingDayCalendar calendar;
    private final DataScope scope;
    private final Clock clock;

    ListingService(ListingRepository listings, CreditCodes codes, RuleBook rules, WorkingDayCalendar calendar, DataScope scope,
                   Clock clock) {
        this.listings = listings;
        this.codes = codes;
        this.rules = rules;
        this.calendar = calendar;
        this.scope = scope;
        this.clock = clock;
    }

    public record Proposal(String uscc, String listKind, String condition, String grounds) {
    }

    @Transactional
    public Listing propose(Proposal p) {
        CreditCodes.Code code = codes.requireVisible(p.uscc());
        ListKind kind = Labelled.parse(ListKind.class, p.listKind(), "名单类别");
        ListCondition condition = Labelled.parse(ListCondition.class, p.condition(), "列入情形");
        if (listings.anyActive(code.uscc(), kind.name())) {
            throw PlatformException.conflict("credit.listing.active", kind.label());
        }
        return save(Listing.propose(code.uscc(), code.name(), code.filingRegion(), kind, condition, p.grounds(), actor(), now()));
    }

    @Transactional
    public Listing notifySubject(long id, LocalDate noticedOn, String how) {
        Listing l = load(id);
        int days = rules.settings(l.regionCode()).objectionDays();
        LocalDate due = noticedOn == null ? null : calendar.deadline(noticedOn, days).deadline();
        l.notifySubject(noticedOn, due, how, actor(), now());
        return save(l);
    }

    @Transactional
    public Listing recordObjection(long id, String statement, LocalDate receivedOn) {
        Listing l = load(id);
        l.recordObjection(statement, receivedOn == null ? today() : receivedOn, actor(), now());
        return save(l);
    }

    @Transactional
    public Listing reviewObjection(long id, boolean upheld, String reason) {
        Listing l = load(id);
        l.reviewObjection(upheld, reason, actor(), now());
        return save(l);
    }

    @Transactional
    public Listing decide(long id, boolean include, String reason, String legalReview) {
        Listing l = load(id);
        Region bureau = scope.currentRegion().orElseThrow(() -> PlatformException.forbidden("credit.listing.deciderLevel"));
        if (bureau.level() < 2 || bureau.level() > Region.COUNTY) {
            throw PlatformException.forbidden("credit.listing.deciderLevel");
        }
        l.decide(include, reason, legalReview, today(), actor(), now());
        return save(l);
    }

    @Transactional
    public Listing publish(long id, String channel, LocalDate on, String reference) {
        Listing l = load(id);
        Channel c = Labelled.parse(Channel.class, channel, "公布渠道");
        l.publish(c, on == null ? today() : on, reference, rules.settings(l.regionCode()).removalYears(), actor(), now());
        return save(l);
    }

    @Transactional
    public Listing remove(long id, String ground, String reason) {
        Listing l = load(id);
        l.remove(Labelled.parse(RemovalGround.class, ground, "移出情形"), reason, today(), actor(), now());
        return save(l);
    }

    /** The calendar moved the tracked 陈述申辩 deadline of procedure {@code id} (a holiday year was loaded); no caller. */
    @Transactional
    public void objectionDueRecomputed(long id, LocalDate due) {
        listings.findById(id).ifPresent(l -> {
            if (l.moveObjectionDue(due, now())) {
                save(l);
            }
        });
    }

    /** The procedure, or 404 when the code lies outside the caller's scope. */
    public Listing load(long id) {
        Listing l = listings.findById(id).orElseThrow(() -> PlatformException.notFound("credit.listing.notFound", String.valueOf(id)));
        codes.requireVisible(l.uscc());
        return l;
    }

    private Listing save(Listing l) {
        try {
            return listings.save(l);
        } catch (RuntimeException e) {
            if (Failures.isDuplicateKey(e) || Failures.isOptimisticLock(e)) { // another request took a step meanwhile
                throw PlatformException.conflict("credit.listing.concurrent");
            }
            throw e;
        }
    }

    private static Listing.Actor actor() {
        PlatformUser u = PlatformUser.current();
        return new Listing.Actor(u.username(), u.regionCode());
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
