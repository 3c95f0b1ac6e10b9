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

    /** A filing with its institution, each loaded once. */
    record Readable(Filing filing, Institution institution) {
    }

    /** The filing and its institution, when the caller may read the institution (scope, own institution); 404 otherwise. */
    Readable load(long filingId) {
        Filing f = filings.findById(filingId).orElseThrow(() -> PlatformException.notFound("filing.notFound"));
        return new Readable(f, institutions.loadReadable(f.institutionId()));
    }

    Filing loadReadable(long filingId) {
        return load(filingId).filing();
    }

    Readable loadEditable(Caller caller, long filingId) {
        Readable r = load(filingId);
        requireActor(caller, r.institution());
        r.filing().requireEditable();
        return r;
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
