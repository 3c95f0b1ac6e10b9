package org.eldercare.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.security.MatrixCases.MatrixCase;
import org.eldercare.oversight.security.MatrixFixtures.Side;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;

/**
 * Issue #8 acceptance: the endpoints of the running application (read from its handler mappings, so every new endpoint
 * joins by itself) called by anonymous, each business role in the own region (楚雄市) and in another region (禄丰市), two
 * institution accounts, two partner-system tokens and the administrators, against resources of both regions. No call that
 * the specification ({@link AccessOracle}, {@link ScopeOracle}) refuses may succeed, and no successful response may show
 * data outside the caller's scope. All findings are collected and reported together.
 */
class EndpointMatrixTests extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(EndpointMatrixTests.class);
    @Autowired
    ApplicationContext context;

    @Test
    @DisplayName("Every endpoint has an access rule the matrix can read and a fixture for each of its path variables")
    void everyEndpointIsCovered() {
        List<MatrixEndpoint> endpoints = EndpointCatalog.of(context);
        List<String> problems = new ArrayList<>();
        for (MatrixEndpoint e : endpoints) {
            AccessOracle.of(e, problems);
            MatrixCases.kinds(e, problems);
        }
        assertThat(endpoints).as("endpoints read from the handler mappings").hasSizeGreaterThan(80)
                .anyMatch(e -> e.key().equals("POST /api/v1/filings/{id}/accept"))
                .anyMatch(e -> e.key().equals("GET /actuator/prometheus"));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    @DisplayName("Every role × endpoint × own/other region: no unauthorized read or write, no other scope's data in a response")
    void noUnauthorizedReadOrWrite() throws Exception {
        MatrixIdentities identities = new MatrixIdentities(desk(), jdbc, mvc);
        MatrixFixtures fixtures = new MatrixFixtures();
        FixtureBuilder builder = new FixtureBuilder(mvc, jdbc, fixtures, clock());
        for (Side side : List.of(Side.OWN, Side.OTHER)) {
            String supervisor = "SUPERVISOR@" + (side == Side.OWN ? "own" : "other");
            builder.registry(side, identities.basic(supervisor), identities.session(identities.get(supervisor)));
            builder.workforce(side, identities.basic(supervisor));
            builder.disclosure(side, identities.basic(supervisor));
            builder.credit(side, identities.basic(supervisor));
            builder.spotChecks(side, identities.basic(supervisor));
            ComplaintMatrixFixtures.build(mvc, jdbc, fixtures, side, identities.basic(supervisor), builder.tag());
            builder.inspection(side, identities.basic(supervisor));
        }
        identities.linkAndIssue(fixtures);
        identities.administrationFixtures(fixtures, builder.tag());
        ScopeOracle scope = new ScopeOracle(jdbc);
        List<String> problems = new ArrayList<>();
        List<MatrixCase> cases = MatrixCases.build(EndpointCatalog.of(context), identities.all(), fixtures, scope, problems);
        MatrixRun run = new MatrixRun(new MatrixProbe(mvc, identities), scope, fixtures.markers());
        long start = System.nanoTime();
        run.run(cases);
        log.info("Endpoint matrix: {} calls in {} ms, {} identities; successful calls per identity: {}", run.calls(),
                (System.nanoTime() - start) / 1_000_000, identities.all().size(), run.successes());
        List<String> findings = new ArrayList<>(problems);
        findings.addAll(run.violations());
        assertThat(findings).as("%d findings:%n%s", findings.size(), String.join("\n", findings)).isEmpty();
        assertThat(run.successes().keySet()).as("every logged-in identity got through somewhere (else its login is broken)")
                .containsAll(identities.all().stream().filter(i -> !i.anonymous()).map(MatrixIdentity::label).toList());
    }

    private MatrixIdentities.AccountDesk desk() {
        return new MatrixIdentities.AccountDesk() {
            @Override
            public String create(String prefix, String region, Set<Role> roles, String password) {
                return createUser(prefix, region, roles, password);
            }

            @Override
            public void link(String username, long institutionId) {
                linkInstitution(username, institutionId);
            }

            @Override
            public MockHttpSession login(String username, String password) {
                try {
                    return EndpointMatrixTests.this.login(username, password);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
