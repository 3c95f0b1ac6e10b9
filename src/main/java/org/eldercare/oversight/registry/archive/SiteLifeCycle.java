package org.eldercare.oversight.registry.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REG-13 a service site's end by 撤并 or 转型 with the site that carries its work on, and REG-12 its land/building
 * transition period; supervisors of the site's region record both, each in the site's history.
 */
@Service
public class SiteLifeCycle {

    private final InstitutionRepository institutions;
    private final InstitutionService archive;
    private final InstitutionHistory history;
    private final Clock clock;

    SiteLifeCycle(InstitutionRepository institutions, InstitutionService archive, InstitutionHistory history, Clock clock) {
        this.institutions = institutions;
        this.archive = archive;
        this.history = history;
        this.clock = clock;
    }

    /** What a supervisor enters: 撤并 (MERGED) or 转型 (TRANSFORMED), the successor as {@code 代码} or {@code 代码/n}. */
    public record Ending(String event, String successor, LocalDate date, String reason) {
    }

    /** A site and the sites it came from (撤并 into it, or 转型 into it), for the archive page. */
    public record Lineage(Long successorId, String successorName, List<Predecessor> predecessors) {
    }

    public record Predecessor(long id, String name, String eventLabel, LocalDate date) {
    }

    @Transactional
    public void end(long id, Ending ending) {
        Caller caller = requireSupervisor();
        Institution site = archive.loadReadable(id);
        LifeEvent event = Labelled.parse(LifeEvent.class, ending.event(), "撤并/转型");
        SiteCode code = SiteCode.parse(ending.successor());
        Institution successor = institutions.findByUsccOrderBySiteNo(code.uscc()).stream()
                .filter(i -> i.siteNo() == code.siteNo() && archive.readable(i)).findFirst()
                .orElseThrow(() -> PlatformException.badRequest("registry.life.successorUnknown", ending.successor()));
        Instant now = Instant.now(clock);
        Map<String, Object[]> changes = new LinkedHashMap<>(site.end(event, successor, ending.date(), ending.reason(),
                caller.name(), now));
        changes.put("承继场所", new Object[] {null, successor.name() + "（" + SiteCode.format(successor.uscc(), successor.siteNo()) + "）"});
        institutions.save(site);
        history.record(id, ChangeAction.LIFE_EVENT, changes, caller.name(), now);
    }

    /** REG-12: the transition period starts on {@code startsOn} and ends five years later; null removes it. */
    @Transactional
    public LocalDate startTransition(long id, LocalDate startsOn) {
        Caller caller = requireSupervisor();
        Institution site = archive.loadReadable(id);
        Instant now = Instant.now(clock);
        Map<String, Object[]> changes = site.startTransition(startsOn, caller.name(), now);
        institutions.save(site);
        if (!changes.isEmpty()) {
            history.record(id, ChangeAction.TRANSITION, changes, caller.name(), now);
        }
        return site.life().transitionEndsOn();
    }

    /** Where the site's work went and which ended sites' work it carries on. */
    public Lineage lineage(Institution site) {
        Long successor = site.life().successorId();
        String successorName = successor == null ? null : institutions.findById(successor).map(Institution::name).orElse(null);
        List<Predecessor> predecessors = institutions.findBySuccessorId(site.id()).stream()
                .map(p -> new Predecessor(p.id(), p.name(), p.life().lifeEvent().label(), p.life().lifeEventDate())).toList();
        return new Lineage(successor, successorName, predecessors);
    }

    private static Caller requireSupervisor() {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        return caller;
    }
}
