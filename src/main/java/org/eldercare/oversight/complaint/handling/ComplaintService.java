package org.eldercare.oversight.complaint.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling use cases (CMP-1, #13 item 2), one method each: the county bureau's supervisors accept or refuse, handle,
 * extend, answer, conclude after the 回访 and record reviews; the department's liaison objects to a referral. A complaint of
 * another region is a 404; a change made meanwhile by someone else a 409.
 */
@Service
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final ComplaintSettings settings;
    private final InstitutionRoster roster;
    private final DataScope scope;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, ComplaintSettings settings, InstitutionRoster roster, DataScope scope,
                     Clock clock) {
        this.complaints = complaints;
        this.settings = settings;
        this.roster = roster;
        this.scope = scope;
        this.clock = clock;
    }

    /** A complaint in the caller's region or below; a department's liaison sees the ones referred to his department now. */
    public Complaint load(long id) {
        Complaint c = complaints.findById(id).orElseThrow(() -> PlatformException.notFound("complaint.notFound"));
        PlatformUser user = PlatformUser.current();
        boolean department = user.has(Role.DEPARTMENT) && !user.has(Role.SUPERVISOR) && !user.has(Role.TOWNSHIP);
        boolean inScope = scope.contains(c.regionCode()) || scope.contains(c.place().placeRegionCode());
        if (!inScope || department && !java.util.Objects.equals(user.departmentCode(), c.departmentCode())) {
            throw PlatformException.notFound("complaint.notFound");
        }
        return c;
    }

    @Transactional
    public Complaint accept(long id) {
        return bureau(id, (c) -> c.accept(settings.value(c.regionCode(), ComplaintSettings.HANDLING), by(), now(), today()));
    }

    @Transactional
    public Complaint refuse(long id, String reason) {
        return bureau(id, c -> c.refuse(reason, by(), now(), today()));
    }

    @Transactional
    public Complaint start(long id) {
        return bureau(id, c -> c.start(by(), now()));
    }

    @Transactional
    public Complaint extend(long id, int days, String reason) {
        return bureau(id, c -> c.extend(days, reason, settings.value(c.regionCode(), ComplaintSettings.EXTENSION), by(), now()));
    }

    @Transactional
    public Complaint answer(long id, String text, boolean upheld) {
        return bureau(id, c -> c.answer(text, upheld, by(), now(), today()));
    }

    @Transactional
    public Complaint conclude(long id, String visitNote, Satisfaction rating) {
        return bureau(id, c -> c.conclude(visitNote, rating, uscc(c), by(), now(), today()));
    }

    @Transactional
    public Complaint requestReview(long id) {
        return bureau(id, c -> c.requestReview(settings.value(c.regionCode(), ComplaintSettings.REVIEW_REQUEST),
                settings.value(c.regionCode(), ComplaintSettings.REVIEW_ANSWER), by(), now(), today()));
    }

    @Transactional
    public Complaint answerReview(long id, String text) {
        return bureau(id, c -> c.answerReview(text, by(), now(), today()));
    }

    /** The department's liaison objects to the referral (信访工作条例 第二十三条): the complaint returns to the bureau. */
    @Transactional
    public Complaint object(long id, String reason) {
        PlatformUser user = PlatformUser.current();
        if (!user.has(Role.DEPARTMENT) || user.departmentCode() == null) {
            throw PlatformException.forbidden("complaint.objection.liaisonOnly");
        }
        Complaint c = load(id);
        c.object(reason, user.departmentCode(), user.username(), now(), today());
        return save(c);
    }

    /** Records the inspection task a complaint opened (投诉核查). */
    @Transactional
    public Complaint linkInspection(long id, long taskId) {
        return bureau(id, c -> c.linkInspection(taskId, by(), now()));
    }

    private Complaint bureau(long id, Consumer<Complaint> action) {
        if (!PlatformUser.current().has(Role.SUPERVISOR)) {
            throw PlatformException.forbidden("complaint.supervisorOnly");
        }
        Complaint c = load(id);
        if (!scope.contains(c.regionCode())) {
            throw PlatformException.notFound("complaint.notFound");
        }
        action.accept(c);
        return save(c);
    }

    Complaint save(Complaint c) {
        try {
            return complaints.save(c);
        } catch (DataAccessException e) {
            throw Failures.isOptimisticLock(e) ? PlatformException.conflict("complaint.changed") : e;
        }
    }

    private String uscc(Complaint c) {
        Long site = c.place().institutionId();
        return site == null ? null : roster.find(site).map(InstitutionRoster.Entry::uscc).orElse(null);
    }

    private static String by() {
        return PlatformUser.current().username();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
