package org.eldercare.oversight.registry.archive;

import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.common.PlatformException;

/**
 * A service site's life-cycle facts (REG-12, REG-13): its end by 撤并 or 转型 with the successor site that continues its
 * work, and the land/building transition period (过渡期, seed 002-15: 5 years of the land's former use) with when its end
 * was announced.
 */
record LifeCycle(LifeEvent lifeEvent, LocalDate lifeEventDate, String lifeEventReason, Long successorId,
                 LocalDate transitionStartsOn, LocalDate transitionEndsOn, Instant transitionWarnedAt) {

    /** Seed 002-15: 「可在5年内实行继续按照土地原用途和权利类型适用过渡期政策」. */
    static final int TRANSITION_YEARS = 5;
    static final LifeCycle NONE = new LifeCycle(null, null, null, null, null, null, null);

    boolean ended() {
        return lifeEvent != null;
    }

    /**
     * The life cycle of {@code site} ended by {@code event} into {@code successor}: refused for a site that has ended
     * already, for itself or an ended successor; a 转型 successor is a 日间照料中心 or a 农村互助养老服务站.
     */
    static LifeCycle ending(Institution site, Institution successor, LifeEvent event, LocalDate date, String reason, Instant now) {
        if (site.life().ended() || site.operatingStatus() == OperatingStatus.TERMINATED) {
            throw PlatformException.conflict("registry.life.ended", site.name());
        }
        if (successor.id().equals(site.id()) || successor.life().ended()
                || successor.operatingStatus() == OperatingStatus.TERMINATED) {
            throw PlatformException.badRequest("registry.life.successor", successor.name());
        }
        if (event == LifeEvent.TRANSFORMED && successor.kind() != InstitutionKind.DAY_CARE
                && successor.kind() != InstitutionKind.RURAL_MUTUAL_AID) {
            throw PlatformException.badRequest("registry.life.transformKind");
        }
        return site.life().end(event, date, reason, successor.id(), now);
    }

    /** Ended by {@code event} on {@code date} (required, not in the future) for {@code reason} (required, ≤ 300). */
    LifeCycle end(LifeEvent event, LocalDate date, String reason, long successor, Instant now) {
        if (date == null) {
            throw PlatformException.badRequest("registry.field.required", "撤并/转型日期");
        }
        LocalDate on = FieldRules.notFuture(date, now, "撤并/转型日期");
        String why = FieldRules.required(reason, "撤并/转型原因", 300);
        return new LifeCycle(event, on, why, successor, transitionStartsOn, transitionEndsOn, transitionWarnedAt);
    }

    /** A transition period from {@code startsOn}; its end is announced again. */
    LifeCycle transitionFrom(LocalDate startsOn) {
        return new LifeCycle(lifeEvent, lifeEventDate, lifeEventReason, successorId, startsOn,
                startsOn == null ? null : startsOn.plusYears(TRANSITION_YEARS), null);
    }

    LifeCycle warned(Instant at) {
        return new LifeCycle(lifeEvent, lifeEventDate, lifeEventReason, successorId, transitionStartsOn, transitionEndsOn, at);
    }
}
