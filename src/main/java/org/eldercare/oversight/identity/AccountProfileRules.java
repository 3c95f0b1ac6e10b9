package org.eldercare.oversight.identity;

import java.util.Set;
import org.eldercare.oversight.codes.MobilePhone;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.RegionService;
import org.springframework.stereotype.Component;

/**
 * What an account's profile must satisfy before it is stored: a well-formed username and name, an allowed role
 * combination (三员分立), a region within the administrator's scope, a department for 协同部门联络员, a valid mobile
 * number, and a linked institution that exists within the account's region.
 */
@Component
class AccountProfileRules {

    private final RegionService regions;
    private final DataScope scope;
    private final Departments departments;
    private final LinkedInstitutions institutions;

    AccountProfileRules(RegionService regions, DataScope scope, Departments departments, LinkedInstitutions institutions) {
        this.regions = regions;
        this.scope = scope;
        this.departments = departments;
        this.institutions = institutions;
    }

    /** Refuses the first rule the profile breaks, with its Chinese reason. */
    void check(String username, String displayName, String regionCode, Set<Role> roles, String departmentCode, String phone) {
        if (username == null || !username.trim().matches("[A-Za-z0-9._-]{3,64}")) {
            throw PlatformException.badRequest("user.username.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 64) {
            throw PlatformException.badRequest("user.displayName.invalid");
        }
        if (roles == null || Role.violation(roles) != null) {
            throw PlatformException.badRequest(roles == null ? "user.roles.empty" : Role.violation(roles));
        }
        if (regions.find(regionCode).isEmpty()) {
            throw PlatformException.badRequest("user.region.invalid", regionCode);
        }
        if (!scope.contains(regionCode)) {
            throw PlatformException.badRequest("user.region.outOfScope", regionCode);
        }
        checkDepartment(roles, departmentCode);
        if (phone != null && !phone.isBlank()) {
            MobilePhone.parse(phone);
        }
    }

    private void checkDepartment(Set<Role> roles, String departmentCode) {
        boolean blank = departmentCode == null || departmentCode.isBlank();
        if (roles.contains(Role.DEPARTMENT) && blank) {
            throw PlatformException.badRequest("user.department.required");
        }
        if (!blank && !departments.exists(departmentCode)) {
            throw PlatformException.badRequest("user.department.invalid");
        }
    }

    /** A new account, or one moved to another region, may not be given a retired (撤销) region; one that stays keeps it. */
    void checkRegionChange(String regionCode, String previousRegionCode) {
        regions.refuseRetired(regionCode, previousRegionCode);
    }

    /** A linked institution must exist and lie within the account's region. */
    void checkInstitution(Long institutionId, String regionCode) {
        checkInstitution(institutionId, regionCode, "user.institution.outOfRegion");
    }

    /** An institution named by an account or a token must exist and lie within its region ({@code outOfRegionKey} if not). */
    void checkInstitution(Long institutionId, String regionCode, String outOfRegionKey) {
        if (institutionId == null) {
            return;
        }
        InstitutionDirectory.Entry e = institutions.find(institutionId)
                .orElseThrow(() -> PlatformException.badRequest("user.institution.invalid", String.valueOf(institutionId)));
        boolean within = regions.find(e.regionCode())
                .flatMap(r -> regions.find(regionCode).map(mine -> mine.isAncestorOrSelfOf(r)))
                .orElse(false);
        if (!within) {
            throw PlatformException.badRequest(outOfRegionKey, e.name());
        }
    }

    /** The stored form of a mobile number; blank → none. */
    static String phone(String raw) {
        return raw == null || raw.isBlank() ? null : MobilePhone.parse(raw).value();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
