package org.eldercare.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.security.AccessOracle.Access;
import org.eldercare.oversight.security.FixtureRules.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/** How the matrix treats an endpoint a new module adds: it joins by itself, and what the matrix cannot judge fails. */
class MatrixRulesTest {

    /** A controller of a new business module (its package is not a platform module). */
    static class NewModuleController {
        String undeclared() {
            return "";
        }

        @PreAuthorize("hasAnyRole('SUPERVISOR','SYSADMIN')")
        String grantsAnAdministrator() {
            return "";
        }

        @PreAuthorize("isAuthenticated() and @guard.check()")
        String unreadable() {
            return "";
        }

        @PreAuthorize("hasRole('SUPERVISOR')")
        String supervisors() {
            return "";
        }
    }

    private static MatrixEndpoint endpoint(HttpMethod method, String pattern, String handler) throws Exception {
        return new MatrixEndpoint(method, pattern, new HandlerMethod(new NewModuleController(),
                NewModuleController.class.getDeclaredMethod(handler)), false, List.of(), Map.of());
    }

    @Test
    @DisplayName("A path variable the matrix cannot fill is a finding that says to add a fixture")
    void unknownVariableAsksForAFixture() throws Exception {
        List<String> problems = new ArrayList<>();
        assertThat(MatrixCases.kinds(endpoint(HttpMethod.GET, "/inspection/tasks/{taskId}", "supervisors"), problems)).isEmpty();
        assertThat(problems).containsExactly("FIXTURE GET /inspection/tasks/{taskId}: the matrix cannot fill path variable {taskId};"
                + " add a rule to FixtureRules and create the resource in MatrixFixtures, once in the own region and once in the"
                + " other region");
    }

    @Test
    @DisplayName("A new endpoint under a known path gets that path's resource; a filing action gets a filing in the state it needs")
    void longestPrefixWins() throws Exception {
        assertThat(FixtureRules.kindOf(endpoint(HttpMethod.POST, "/registry/filings/{id}/withdraw", "supervisors"), "id"))
                .contains(Kind.DRAFT_FILING);
        assertThat(FixtureRules.kindOf(endpoint(HttpMethod.POST, "/api/v1/filings/{id}/accept", "supervisors"), "id"))
                .contains(Kind.SUBMITTED_FILING);
        assertThat(FixtureRules.kindOf(endpoint(HttpMethod.GET, "/registry/imports/{id:\\d+}", "supervisors"), "id"))
                .contains(Kind.IMPORT);
        assertThat(FixtureRules.kindOf(endpoint(HttpMethod.GET, "/registry/filingsx/{id}", "supervisors"), "id")).isEmpty();
    }

    @Test
    @DisplayName("A business endpoint must declare its roles, may not grant an administrator, and must be readable by the matrix")
    void businessDeclarations() throws Exception {
        List<String> problems = new ArrayList<>();
        AccessOracle.of(endpoint(HttpMethod.GET, "/inspection/plans", "undeclared"), problems);
        Access granted = AccessOracle.of(endpoint(HttpMethod.GET, "/inspection/tasks", "grantsAnAdministrator"), problems);
        Access unreadable = AccessOracle.of(endpoint(HttpMethod.GET, "/inspection/findings", "unreadable"), problems);
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("DECLARATION GET /inspection/plans: no @PreAuthorize and no path rule");
        assertThat(problems.get(1)).isEqualTo("DECLARATION GET /inspection/tasks: a business endpoint grants an administrator role");
        assertThat(problems.get(2)).contains("cannot read @PreAuthorize(\"isAuthenticated() and @guard.check()\")");
        assertThat(granted.roles()).isEqualTo(Set.of(Role.SUPERVISOR));
        assertThat(unreadable.roles()).isEmpty();
    }

    @Test
    @DisplayName("An administrators' endpoint may not grant a business role; the administrators' areas follow 三员分立")
    void administrationDeclarations() throws Exception {
        List<String> problems = new ArrayList<>();
        Access access = AccessOracle.of(endpoint(HttpMethod.GET, "/admin/things", "supervisors"), problems);
        assertThat(problems).containsExactly("DECLARATION GET /admin/things: an administrators' endpoint grants a business role");
        assertThat(access.roles()).isEmpty();
        assertThat(AccessOracle.of(endpoint(HttpMethod.GET, "/audit/new-report", "undeclared"), problems).roles())
                .containsExactly(Role.AUDITADMIN);
        assertThat(AccessOracle.of(endpoint(HttpMethod.GET, "/actuator/new-endpoint", "undeclared"), problems).roles())
                .containsExactly(Role.SYSADMIN);
        assertThat(AccessOracle.of(endpoint(HttpMethod.POST, "/api/v1/admin/administrators/{id}/new-action", "undeclared"), problems)
                .roles()).containsExactly(Role.SECADMIN);
        assertThat(AccessOracle.of(endpoint(HttpMethod.GET, "/public/new-page", "undeclared"), problems).everybody()).isTrue();
        assertThat(problems).hasSize(1);
    }
}
