package org.eldercare.oversight.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.security.FixtureRules.Kind;
import org.eldercare.oversight.security.MatrixFixtures.Shown;
import org.eldercare.oversight.security.MatrixFixtures.Side;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The callers of the matrix, created for it: each business role in the own and in the other region, two institution
 * accounts of the own region (each linked to its own institution), two partner-system API tokens (approved by the own
 * region's supervisor), the three administrators (the system administrator also for the own region only), and anonymous.
 */
final class MatrixIdentities {

    /** Creates, links and logs in accounts (the integration test's helpers). */
    interface AccountDesk {
        String create(String prefix, String region, Set<Role> roles, String password);

        void link(String username, long institutionId);

        MockHttpSession login(String username, String password);
    }

    static final String PASSWORD = "Matrix#Pass2026";
    /** HTTP Basic runs the real password check on every call: a low bcrypt work factor keeps ~1,000 calls fast. */
    private static final String CHEAP_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
    private final AccountDesk desk;
    private final JdbcClient jdbc;
    private final MockMvc mvc;
    private final Map<String, MatrixIdentity> byLabel = new LinkedHashMap<>();
    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    MatrixIdentities(AccountDesk desk, JdbcClient jdbc, MockMvc mvc) {
        this.desk = desk;
        this.jdbc = jdbc;
        this.mvc = mvc;
        byLabel.put(MatrixIdentity.ANONYMOUS.label(), MatrixIdentity.ANONYMOUS);
        for (Side side : List.of(Side.OWN, Side.OTHER)) {
            String s = side == Side.OWN ? "own" : "other";
            account("SUPERVISOR@" + s, side.county, Role.SUPERVISOR);
            account("TOWNSHIP@" + s, side.township, Role.TOWNSHIP);
            account("INSPECTOR@" + s, side.county, Role.INSPECTOR);
            account("DEPARTMENT@" + s, side.county, Role.DEPARTMENT);
        }
        account("INSTITUTION@own", Side.OWN.county, Role.INSTITUTION);
        account("INSTITUTION-neighbour@own", Side.OWN.county, Role.INSTITUTION);
        account("SYSADMIN", "000000", Role.SYSADMIN);
        account("SYSADMIN@own", Side.OWN.county, Role.SYSADMIN);
        account("SECADMIN", "000000", Role.SECADMIN);
        account("AUDITADMIN", "000000", Role.AUDITADMIN);
    }

    private void account(String label, String region, Role role) {
        String username = desk.create("mx-" + role.name().toLowerCase(), region, Set.of(role), PASSWORD);
        jdbc.sql("update user_account set password_hash = ? where username = ?").params(CHEAP_HASH, username).update();
        byLabel.put(label, MatrixIdentity.account(label, username, Set.of(role), region));
    }

    MatrixIdentity get(String label) {
        return byLabel.get(label);
    }

    RequestPostProcessor basic(String label) {
        return httpBasic(get(label).username(), PASSWORD);
    }

    MockHttpSession session(MatrixIdentity identity) {
        return sessions.computeIfAbsent(identity.username(), u -> login(u));
    }

    private MockHttpSession login(String username) {
        try {
            return desk.login(username, PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException("login failed for " + username, e);
        }
    }

    /** Links the institution accounts and issues the partner-system tokens, once the registry resources exist. */
    void linkAndIssue(MatrixFixtures fixtures) throws Exception {
        long own = fixtures.resource(Kind.INSTITUTION_ID, Side.OWN).institutionId();
        long neighbour = fixtures.resource(Kind.FRESH_INSTITUTION_ID, Side.OWN).institutionId();
        link("INSTITUTION@own", own);
        link("INSTITUTION-neighbour@own", neighbour);
        String department = issue("矩阵部门令牌", "\"departmentCode\":\"HEALTH\"", Side.OWN).token();
        byLabel.put("TOKEN-DEPARTMENT@own", new MatrixIdentity("TOKEN-DEPARTMENT@own", null, department, Set.of(Role.DEPARTMENT),
                Side.OWN.county, null));
        String institution = issue("矩阵机构令牌", "\"institutionId\":" + own, Side.OWN).token();
        byLabel.put("TOKEN-INSTITUTION@own", new MatrixIdentity("TOKEN-INSTITUTION@own", null, institution,
                Set.of(Role.INSTITUTION), Side.OWN.county, own));
    }

    private void link(String label, long institution) {
        MatrixIdentity i = get(label);
        desk.link(i.username(), institution);
        byLabel.put(label, i.linkedTo(institution));
    }

    record Issued(long id, String token) {
    }

    /**
     * A working token for the side's county (三员分立): requested by the system administrator, approved by the side's
     * supervisor, who receives the secret; {@code binding} is the JSON of its department or institution.
     */
    Issued issue(String name, String binding, Side side) throws Exception {
        long id = request(name, binding, side.county);
        String supervisor = "SUPERVISOR@" + (side == Side.OWN ? "own" : "other");
        String json = expect(200, mvc.perform(post("/api/v1/token-approvals/" + id + "/approve").with(basic(supervisor))));
        return new Issued(id, JsonPath.read(json, "$.token"));
    }

    /** A token request of the system administrator, waiting for a supervisor's approval; its number. */
    private long request(String name, String binding, String region) throws Exception {
        String json = expect(201, mvc.perform(post("/api/v1/admin/api-tokens").with(basic("SYSADMIN"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\"," + binding + ",\"regionCode\":\"" + region + "\",\"validDays\":30}")));
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static String expect(int status, ResultActions call) throws Exception {
        MockHttpServletResponse response = call.andReturn().getResponse();
        if (response.getStatus() != status) {
            throw new IllegalStateException("fixture step failed: " + response.getStatus() + " " + response.getContentAsString());
        }
        return response.getContentAsString();
    }

    /**
     * What the administration endpoints act on, never one of the callers: a business account, an administrator's account,
     * an approved token and a token request waiting for approval, in each region.
     */
    void administrationFixtures(MatrixFixtures fixtures, String tag) throws Exception {
        for (Side side : List.of(Side.OWN, Side.OTHER)) {
            String s = side.name().toLowerCase();
            target(fixtures, Kind.USER, side, desk.create("mx-target-" + s, side.county, Set.of(Role.INSPECTOR), PASSWORD),
                    Shown.ACCOUNT);
            target(fixtures, Kind.ADMINISTRATOR, side,
                    desk.create("mx-admin-target-" + s, side.county, Set.of(Role.AUDITADMIN), PASSWORD), Shown.ADMINISTRATOR);
            String name = "矩阵令牌" + side.townshipName + tag;
            MatrixResource token = new MatrixResource(String.valueOf(issue(name, "\"departmentCode\":\"HEALTH\"", side).id()),
                    side.county, null);
            fixtures.put(Kind.TOKEN, side, token);
            fixtures.mark(name, token, Shown.TOKEN);
            String requested = "矩阵待批令牌" + side.townshipName + tag;
            MatrixResource request = new MatrixResource(String.valueOf(request(requested, "\"departmentCode\":\"HEALTH\"",
                    side.county)), side.county, null);
            fixtures.put(Kind.TOKEN_REQUEST, side, request);
            fixtures.mark(requested, request, Shown.TOKEN);
        }
    }

    private void target(MatrixFixtures fixtures, Kind kind, Side side, String username, Shown shown) {
        long id = jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
        MatrixResource account = new MatrixResource(String.valueOf(id), side.county, null);
        fixtures.put(kind, side, account);
        fixtures.mark(username, account, shown);
    }

    List<MatrixIdentity> all() {
        return new ArrayList<>(byLabel.values());
    }
}
