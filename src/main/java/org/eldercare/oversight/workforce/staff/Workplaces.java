package org.eldercare.oversight.workforce.staff;

import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.eldercare.oversight.workforce.access.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may see and maintain the staff of an institution and of an employment (WRK-1): an institution account only its own
 * institution; everyone else the institutions of their region and below. Maintaining (hiring, ending, training records) is
 * for the institution's own account or a supervisor on its behalf. Out of reach is 404, readable but not one's to change 403.
 */
@Component
public class Workplaces {

    private final InstitutionRoster roster;
    private final EmploymentRepository employments;
    private final DataScope scope;

    Workplaces(InstitutionRoster roster, EmploymentRepository employments, DataScope scope) {
        this.roster = roster;
        this.employments = employments;
        this.scope = scope;
    }

    /**
     * The institution with this 统一社会信用代码, when the caller may maintain its staff; for an institution account a blank code
     * means its own institution.
     */
    public InstitutionRoster.Entry maintainable(String uscc) {
        Caller caller = Caller.current();
        if ((uscc == null || uscc.isBlank()) && caller.institutionOnly() && caller.institutionId() != null) {
            InstitutionRoster.Entry own = institution(caller.institutionId());
            requireMaintainer(caller, own.id(), own.regionCode());
            return own;
        }
        if (uscc == null || uscc.isBlank()) {
            throw PlatformException.badRequest("field.required", "机构统一社会信用代码");
        }
        InstitutionRoster.Entry i = roster.findByUscc(uscc).orElseThrow(Workplaces::notFound);
        requireMaintainer(Caller.current(), i.id(), i.regionCode());
        return i;
    }

    /** The institution, when the caller may read its staff. */
    public InstitutionRoster.Entry readable(long institutionId) {
        InstitutionRoster.Entry i = roster.find(institutionId).orElseThrow(Workplaces::notFound);
        if (!reaches(Caller.current(), i.id(), i.regionCode())) {
            throw PlatformException.notFound("workforce.institution.notFound");
        }
        return i;
    }

    /** An employment the caller may read. */
    public Employment readableEmployment(long employmentId) {
        Employment e = employments.findById(employmentId).orElseThrow(() -> PlatformException.notFound("workforce.employment.notFound"));
        if (!reaches(Caller.current(), e.institutionId(), e.regionCode())) {
            throw PlatformException.notFound("workforce.employment.notFound");
        }
        return e;
    }

    /** An employment whose institution's staff the caller maintains. */
    public Employment maintainableEmployment(long employmentId) {
        Employment e = readableEmployment(employmentId);
        requireMaintainer(Caller.current(), e.institutionId(), e.regionCode());
        return e;
    }

    public InstitutionRoster.Entry institution(long institutionId) {
        return roster.find(institutionId).orElseThrow(Workplaces::notFound);
    }

    /** Whether the caller reaches an institution's staff: its own institution, or the institution's region is in scope. */
    public boolean reaches(Caller caller, long institutionId, String regionCode) {
        return caller.institutionOnly() ? caller.ownInstitution(institutionId) : scope.contains(regionCode);
    }

    private static PlatformException notFound() {
        return PlatformException.notFound("workforce.institution.notFound");
    }

    private void requireMaintainer(Caller caller, long institutionId, String regionCode) {
        if (!reaches(caller, institutionId, regionCode)) {
            throw PlatformException.notFound("workforce.institution.notFound");
        }
        if (!caller.ownInstitution(institutionId) && !caller.supervisor()) {
            throw PlatformException.forbidden("workforce.staff.maintainerOnly");
        }
    }
}
