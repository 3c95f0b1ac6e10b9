package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Item 12: X-Forwarded-For is believed only from configured proxies (none by default). */
class ForgedForwardedForTests extends IntegrationTest {

    @Test
    @DisplayName("A forged X-Forwarded-For from a client that is no configured proxy is audited with the real address")
    void forgedForwardedForIsIgnored() throws Exception {
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
        String basic = Base64.getEncoder().encodeToString(("sysadmin:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        // over real HTTP from loopback (a private address Tomcat's default would trust), through the servlet container
        HttpRequest put = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/admin/security-policy"))
                .header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", "203.0.113.77")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403); // the system administrator may not set the security policy

        var rows = jdbc.sql("select action, client_ip from audit_log where id > ? and username = 'sysadmin' order by id")
                .param(before).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("action"))
                .contains("LOGIN BASIC", "PUT /api/v1/admin/security-policy");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("client_ip")).isEqualTo("127.0.0.1"));
    }
}
