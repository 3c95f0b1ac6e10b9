package org.eldercare.oversight.registry.filing;

import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.archive.Institution;
import org.eldercare.oversight.registry.archive.InstitutionService;
import org.springframework.stereotype.Component;

/**
 * Who may act on a filing (REG-2): anyone who may read its institution reads it; the institution's own account or a
 * supervisor works on it; only supervisors decide; only the institution's own account signs its commitment.
 */
@Component
class FilingAccess {

    private final FilingRepository filings;
    private final InstitutionService institutions;

    FilingAccess(FilingRepository filings, InstitutionService institutions) {
        this.filings = filings;
        this.institutions = institutions;
    }

    Filing loadReadable(long filingId) {
        Filing f = filings.findById(filingId).orElseThrow(() -> PlatformException.notFound("filing.notFound"));
        institutions.loadReadable(f.institutionId()); // scope and own-institution check
        return f;
    }

    Institution institutionOf(Filing f) {
        return institutions.loadReadable(f.institutionId());
    }

    Filing loadEditable(Caller caller, long filingId) {
        Filing f = loadReadable(filingId);
        requireActor(caller, institutions.loadReadable(f.institutionId()));
        f.requireEditable();
        return f;
    }

    static boolean ownAccount(Caller caller, Institution inst) {
        return ownAccount(caller, inst.id());
    }

    /** Whether the caller is an account of that institution itself (the only one that signs its commitment). */
    static boolean ownAccount(Caller caller, long institutionId) {
        return caller.institutionId() != null && caller.institutionId() == institutionId && caller.user().has(Role.INSTITUTION);
    }

    static void requireActor(Caller caller, Institution inst) {
        if (!ownAccount(caller, inst) && !caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
    }

    static Caller requireSupervisor() {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("filing.decision.supervisorOnly");
        }
        return caller;
    }
}
