package org.eldercare.oversight;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.identity.AccountAdministration;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.identity.ScopedAccounts;
import org.eldercare.oversight.identity.SystemUser;
import org.eldercare.oversight.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Base of the integration tests: one shared Spring context on embedded PostgreSQL (or on the server named
 * by SPRING_DATASOURCE_URL in CI), with the demo profile's accounts and a movable clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eldercare.embedded-db.data-dir=")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "Demo@2026pass";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    protected MockMvc mvc;
    @LocalServerPort
    protected int port;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected AccountAdministration users;
    @Autowired
    protected ScopedAccounts accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A unique name so tests never collide, also on a reused database. */
    protected static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQ.incrementAndGet();
    }

    /** Creates an account with a known password that need not be changed. */
    protected String createUser(String prefix, String region, Set<Role> roles, String password) {
        String username = unique(prefix);
        SystemUser.runAsRoot(() -> users.createWithPassword(new AccountAdministration.NewUser(username, "测试用户", region, roles,
                roles.contains(Role.DEPARTMENT) ? "FIRE_RESCUE" : null, null, null, null), password, false, "test"));
        return username;
    }

    /** Links an account to an institution, as the system administrator does on the user page. */
    protected void linkInstitution(String username, long institutionId) {
        SystemUser.runAsRoot(() -> {
            UserSummary u = accounts.search(username, PageCursor.first(1)).items().get(0);
            users.update(u.id(), u.displayName(), u.regionCode(), u.roles(), u.departmentCode(), institutionId, null, null);
        });
    }

    /** Logs in through the real login form and returns the session. */
    protected MockHttpSession login(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        if (session == null || result.getResponse().getRedirectedUrl() == null
                || result.getResponse().getRedirectedUrl().contains("error")) {
            throw new AssertionError("login failed for " + username + ": " + result.getResponse().getRedirectedUrl());
        }
        return session;
    }

    protected Clock clock() {
        return clock;
    }

    /** A real HTTP request to the running server (error pages are rendered by the servlet container, not MockMvc). */
    protected HttpResponse<String> http(String path, String basicUser, String accept) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
        if (basicUser != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
