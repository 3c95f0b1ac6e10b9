package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #8 items 8 and 14: partner systems call in parallel with HTTP Basic under one account; parallel wrong passwords
 * are all counted and audited, and the lock falls at exactly the policy's limit. Real HTTP against the running server.
 */
class ParallelLoginTests extends IntegrationTest {

    private static final String PW = "Parallel#Test2026";

    /** Sends {@code n} Basic-auth requests to /api/v1/me at once and returns their status codes. */
    private List<Integer> parallel(int n, String username, String password) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Accept", "application/json").header("Authorization", basic).timeout(Duration.ofSeconds(120)).build();
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).orTimeout(180, TimeUnit.SECONDS).join();
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    @DisplayName("20 parallel HTTP Basic requests under one account all succeed, and the last login is recorded")
    void parallelBasicRequestsAllSucceed() {
        String user = createUser("parallel", "532301", Set.of(Role.SUPERVISOR), PW);
        assertThat(parallel(20, user, PW)).hasSize(20).containsOnly(200);
        assertThat(count("select count(*) from user_account where username = ? and last_login_at is not null", user)).isOne();
        assertThat(count("select count(*) from audit_log where username = ? and action = 'LOGIN BASIC' and outcome = 'SUCCESS'", user))
                .isEqualTo(20);
    }

    @Test
    @DisplayName("30 parallel wrong passwords: every one audited, exactly 5 counted, the account locked at exactly 5")
    void parallelWrongPasswordsLockAtExactlyTheLimit() {
        String user = createUser("brute", "532301", Set.of(Role.SUPERVISOR), PW);
        assertThat(parallel(30, user, "Wrong#Guess2026")).hasSize(30).containsOnly(401);
        assertThat(count("select count(*) from user_account where username = ? and locked_until is not null", user)).isOne();
        assertThat(count("select failed_attempts from user_account where username = ?", user)).isEqualTo(5);
        assertThat(count("select count(*) from audit_log where username = ? and action = 'LOGIN BASIC' and outcome = 'FAILURE'", user))
                .isEqualTo(30);
        assertThat(count("select count(*) from audit_log where username = ? and detail = 'BAD_CREDENTIALS'", user)).isEqualTo(5);
        assertThat(count("select count(*) from audit_log where username = ? and detail = 'LOCKED'", user)).isEqualTo(25);
        assertThat(parallel(1, user, PW)).containsOnly(401); // locked: even the right password is refused
    }
}
