package org.eldercare.oversight.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.identity.Role;

/**
 * Who may call, where the registry's services are narrower than the controller's {@code @PreAuthorize} (which admits the
 * readers too): REG-1 archive changes (supervisors), REG-2 filing (the institution itself or a supervisor on its behalf;
 * the bureau's decision by supervisors), REG-3 discovery (supervisors and townships), REG-4 import (supervisors) and the
 * filing decisions for the registrars (supervisors and the partner departments). The 书面信用承诺 (issue #8 item 3) is
 * signed only by the institution's own account — a person's act, so never by a partner system's token either — and a
 * supervisor enters a paper original as 代录. The full 公民身份号码 of an employee (WRK-1) is revealed to a person's
 * account that states why, never to a partner system's token. An endpoint not listed is held to its {@code @PreAuthorize} alone; "an
 * institution only its own institution" is the data-scope rule of the matrix.
 */
final class ServiceRules {

    private static final Set<Role> SUPERVISOR = EnumSet.of(Role.SUPERVISOR);
    private static final Set<Role> INSTITUTION = EnumSet.of(Role.INSTITUTION);
    private static final Set<Role> SUPERVISOR_OR_INSTITUTION = EnumSet.of(Role.SUPERVISOR, Role.INSTITUTION);
    private static final Set<Role> SUPERVISOR_OR_TOWNSHIP = EnumSet.of(Role.SUPERVISOR, Role.TOWNSHIP);
    private static final Map<String, Set<Role>> WRITERS = Map.ofEntries(
            Map.entry("POST /api/v1/institutions", SUPERVISOR),
            Map.entry("POST /registry/institutions", SUPERVISOR),
            Map.entry("PUT /api/v1/institutions/{uscc}", SUPERVISOR),
            Map.entry("POST /registry/institutions/{id}", SUPERVISOR),
            Map.entry("PUT /api/v1/institutions/{uscc}/self-report", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /registry/institutions/{id}/self-report", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /api/v1/institutions/{uscc}/unfiled-discovery", SUPERVISOR_OR_TOWNSHIP),
            Map.entry("POST /registry/institutions/{id}/discovery", SUPERVISOR_OR_TOWNSHIP),
            Map.entry("POST /api/v1/institutions/{uscc}/filings", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /registry/institutions/{id}/filings", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /api/v1/filings/{id}/attachments", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /registry/filings/{id}/attachments", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /registry/filings/{id}/attachments/{attachmentId}/delete", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /api/v1/filings/{id}/commitment", INSTITUTION),
            Map.entry("POST /registry/filings/{id}/commitment", INSTITUTION),
            Map.entry("POST /api/v1/filings/{id}/commitment/paper", SUPERVISOR),
            Map.entry("POST /registry/filings/{id}/commitment/paper", SUPERVISOR),
            Map.entry("PUT /api/v1/filings/{id}/premises", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /registry/filings/{id}/premises", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /api/v1/filings/{id}/submit", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /registry/filings/{id}/submit", SUPERVISOR_OR_INSTITUTION),
            Map.entry("POST /api/v1/filings/{id}/accept", SUPERVISOR),
            Map.entry("POST /registry/filings/{id}/accept", SUPERVISOR),
            Map.entry("POST /api/v1/filings/{id}/return", SUPERVISOR),
            Map.entry("POST /registry/filings/{id}/return", SUPERVISOR),
            Map.entry("POST /api/v1/filings/{id}/revoke", SUPERVISOR),
            Map.entry("POST /registry/filings/{id}/revoke", SUPERVISOR),
            Map.entry("POST /api/v1/registrations/imports", SUPERVISOR),
            Map.entry("POST /registry/imports", SUPERVISOR),
            Map.entry("GET /api/v1/filings/decisions", EnumSet.of(Role.SUPERVISOR, Role.DEPARTMENT)),
            Map.entry("GET /registry/filing-decisions.xlsx", EnumSet.of(Role.SUPERVISOR, Role.DEPARTMENT)),
            // CMP-1: the complaint's steps are the county bureau's; an objection is the referred department's
            Map.entry("POST /complaints/{id}/object", EnumSet.of(Role.DEPARTMENT)),
            Map.entry("POST /api/v1/complaints/{id}/object", EnumSet.of(Role.DEPARTMENT)));

    /** Acts of a person through his own account: a partner system's API token is refused whatever its role. */
    private static final Set<String> ACCOUNTS_ONLY = Set.of("POST /api/v1/filings/{id}/commitment",
            "POST /registry/filings/{id}/commitment", "POST /api/v1/staff/{id}/id-number/reveal",
            "POST /complaints/{id}/contact/reveal");

    private ServiceRules() {
    }

    static boolean accountsOnly(MatrixEndpoint e) {
        return ACCOUNTS_ONLY.contains(e.key());
    }

    /** The roles that may call {@code e}, narrowed by the service's rule when there is one. */
    static Set<Role> narrow(MatrixEndpoint e, Set<Role> roles) {
        Set<Role> writers = WRITERS.get(e.key());
        if (writers == null || roles.isEmpty()) {
            return roles;
        }
        EnumSet<Role> narrowed = EnumSet.copyOf(roles);
        narrowed.retainAll(writers);
        return narrowed;
    }
}
